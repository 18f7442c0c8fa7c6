// What goes against the claims (/explore/contested): the propositions the sources disagree on,
// and the claims with contradicting studies.
import { gql } from '../api';
import { h, replace } from '../dom';
import { MATURITY, type Maturity } from '../model';
import type { PageContext } from '../page';
import { dataTable } from '../table';
import { STANCE_RANK, empty, entityLink, errorBox, loading, maturityBadge, positionBadge } from '../ui';
import { type ContestedQuery, ContestedDocument as CONTESTED } from '../../generated/graphql';
import type { NodeOf } from './lists';

type ContestedClaim = NodeOf<ContestedQuery['claims']>;
type Disputed = ContestedQuery['disputed'];

/** The propositions on which the source documents take different positions, each source's position under it. */
function disagreementSection(d: Disputed): HTMLElement {
  const more = d.totalCount > d.nodes.length ? h('p', { class: 'muted' }, `The first ${d.nodes.length} of ${d.totalCount}.`) : null;
  return h(
    'section',
    { class: 'disagree', 'aria-labelledby': 'disagree-h' },
    h('h2', { id: 'disagree-h' }, 'Where the sources disagree'),
    h('p', { class: 'muted' }, 'Propositions on which the source documents take different positions: one endorses what another hedges or rejects. The grade is the graph’s verdict on the proposition.'),
    d.nodes.length
      ? h(
          'ul',
          { class: 'plain disagree-list' },
          d.nodes.map((c) =>
            h(
              'li',
              { class: 'disagree-item' },
              h('p', { class: 'disagree-claim' }, entityLink(c.id, c.statement, 'CLAIM'), ' ', maturityBadge(c.maturity)),
              h(
                'ul',
                { class: 'plain positions-list' },
                c.positions.map((p) => h('li', { class: `position-item position-item-${p.position.toLowerCase()}` }, positionBadge(p.position), ' ', entityLink(p.source.id, p.source.title, 'SOURCE'), h('p', { class: 'position-note' }, p.note))),
              ),
            ),
          ),
        )
      : empty('The sources agree on every proposition they both take a position on.'),
    more,
  );
}

/** Every claim with contradicting or qualifying evidence, the studies against it first. */
export async function contestedPage(ctx: PageContext): Promise<void> {
  ctx.setTitle('What goes against the claims');
  const body = h('div', null, loading());
  replace(
    ctx.main,
    h(
      'div',
      { class: 'list-page' },
      h('h1', { tabindex: '-1' }, 'What goes against the claims'),
      h('p', { class: 'lead' }, 'Claims that at least one linked study contradicts or qualifies (limits, or supports only in part), with what each of those studies says. Claims with no study against them are not listed; that does not make them true. Below them: ', h('a', { href: '#disagree-h' }, 'where the sources disagree'), '.'),
      body,
    ),
  );
  try {
    const data = await gql(CONTESTED, {}, ctx.signal);
    if (!ctx.current()) return;
    const rows = data.claims.nodes.filter((c) => c.evidenceSummary.contradicts + c.evidenceSummary.qualifies > 0);
    const note = data.claims.pageInfo.hasNextPage ? h('p', { class: 'muted' }, `Looked through the first ${data.claims.nodes.length} of ${data.claims.totalCount} claims.`) : null;
    const disagree = disagreementSection(data.disputed);
    if (!rows.length) {
      replace(body, empty('No claim has contradicting or qualifying evidence.'), note, disagree);
      return;
    }
    const t = dataTable<ContestedClaim>({
      caption: 'Claims with contradicting or qualifying evidence',
      noun: ['claim', 'claims'],
      columns: [
        { key: 'claim', label: 'Claim', sort: (c) => c.statement, cell: (c) => [entityLink(c.id, c.statement, 'CLAIM'), ' ', maturityBadge(c.maturity)] },
        { key: 'contradicts', label: 'Contradict', numeric: true, sort: (c) => c.evidenceSummary.contradicts, cell: (c) => c.evidenceSummary.contradicts },
        { key: 'qualifies', label: 'Qualify', numeric: true, sort: (c) => c.evidenceSummary.qualifies, cell: (c) => c.evidenceSummary.qualifies },
        { key: 'supports', label: 'Support', numeric: true, sort: (c) => c.evidenceSummary.supports, cell: (c) => c.evidenceSummary.supports },
        {
          key: 'what',
          label: 'What the studies against it say',
          cell: (c) =>
            h(
              'ul',
              { class: 'plain against-list' },
              c.evidence
                .filter((e) => e.stance !== 'SUPPORTS')
                .sort((a, b) => STANCE_RANK[b.stance] - STANCE_RANK[a.stance])
                .map((e) => h('li', null, h('span', { class: `badge stance stance-${e.stance.toLowerCase()}` }, e.stance === 'CONTRADICTS' ? 'Contradicts' : 'Qualifies'), ' ', entityLink(e.study.id, `${e.study.title} (${e.study.year})`, 'STUDY'), e.note ? h('span', { class: 'sub' }, e.note) : null)),
            ),
        },
      ],
      rows,
      text: (c) => [c.statement, ...c.evidence.map((e) => `${e.study.title} ${e.note ?? ''}`)].join(' '),
      facets: [{ key: 'maturity', label: 'Maturity', values: (c) => [c.maturity], labelOf: (v) => MATURITY[v as Maturity]?.label ?? v }],
      initialSort: { key: 'contradicts', descending: true },
      compareId: (c) => c.id,
      rowLabel: (c) => c.statement,
    });
    replace(body, note, t.element, disagree);
    // The page is drawn again when the address's #place changes; go to the place once drawn.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(body, errorBox(err, () => void contestedPage(ctx)));
  }
}
