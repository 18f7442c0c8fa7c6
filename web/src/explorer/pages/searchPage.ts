// Full search results: /explore/search?q=...&kind=...
import { gql } from '../api';
import { h, replace } from '../dom';
import { KIND_ORDER, KINDS, countLabel, type NodeKind } from '../model';
import type { PageContext } from '../page';
import { navigate } from '../router';
import { hitGrade, kindBadge } from '../search';
import { empty, entityLink, errorBox, loading } from '../ui';
import { SearchDocument as SEARCH } from '../../generated/graphql';


export async function searchPage(ctx: PageContext): Promise<void> {
  const q = (ctx.params.get('q') ?? '').trim();
  const kind = KIND_ORDER.includes(ctx.params.get('kind') as NodeKind) ? (ctx.params.get('kind') as NodeKind) : null;
  ctx.setTitle(q ? `Search: ${q}` : 'Search');

  const input = h('input', { id: 'search-page-q', type: 'search', name: 'q', value: q, autocomplete: 'off' });
  const kindSelect = h('select', { id: 'search-page-kind', name: 'kind' }, h('option', { value: '' }, 'Everything'), KIND_ORDER.map((k) => h('option', { value: k, selected: k === kind }, KINDS[k].plural)));
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', { class: 'inline-field grow' }, h('label', { for: 'search-page-q' }, 'Search for'), input),
    h('div', { class: 'inline-field' }, h('label', { for: 'search-page-kind' }, 'in'), kindSelect),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Search'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (kindSelect.value) p.set('kind', kindSelect.value);
    navigate(`/explore/search${p.size ? `?${p}` : ''}`);
  });
  kindSelect.addEventListener('change', () => form.requestSubmit());

  const list = h('ol', { class: 'results' });
  const status = h('div', null);
  const countLine = h('p', { class: 'muted', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn load-more', hidden: true }, 'Load more');
  replace(ctx.main, h('div', { class: 'search-page' }, h('h1', { tabindex: '-1' }, q ? `Results for “${q}”` : 'Search'), form, countLine, list, status, h('p', { class: 'more' }, more)));
  if (!q) return;

  let after: string | null = null;
  let shown = 0;
  const load = async () => {
    replace(status, loading('Searching…'));
    more.disabled = true;
    try {
      const data = await gql(SEARCH, { query: q, kinds: kind ? [kind] : null, first: 20, after }, ctx.signal);
      if (!ctx.current()) return;
      const first = shown;
      for (const e of data.search.edges) {
        const showMatched = e.matched && e.matched.toLowerCase() !== e.node.label.toLowerCase();
        list.appendChild(h('li', { class: 'result' }, kindBadge(e.node.kind), ' ', entityLink(e.node.id, e.node.label, e.node.kind), ' ', hitGrade(e), showMatched ? h('span', { class: 'sub' }, `matched “${e.matched}”`) : null));
      }
      shown += data.search.edges.length;
      after = data.search.pageInfo.endCursor;
      countLine.textContent = resultCount(data.search.totalCount, data.search.totalCountIsExact);
      status.replaceChildren(shown ? '' : empty(`Nothing matches “${q}”.`));
      more.hidden = !data.search.pageInfo.hasNextPage;
      more.disabled = false;
      if (first > 0) list.children[first]?.querySelector<HTMLElement>('a')?.focus();
    } catch (err) {
      if ((err as Error).name === 'AbortError' || !ctx.current()) return;
      more.hidden = true;
      replace(status, errorBox(err, () => void load()));
    }
  };
  more.addEventListener('click', () => void load());
  await load();
}

/** "1 result", "42 results", or "1,000+ results" when the service stopped counting. */
export function resultCount(total: number, exact: boolean): string {
  if (!total) return '';
  return `${countLabel(total, exact)} result${total === 1 && exact ? '' : 's'}`;
}
