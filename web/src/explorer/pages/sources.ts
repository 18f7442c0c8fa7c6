// The source documents (/explore/sources): the documents the graph was read from.
import { gql } from '../api';
import { h, replace } from '../dom';
import { humanize } from '../model';
import type { PageContext } from '../page';
import { entityLink, errorBox, loading } from '../ui';
import { SourcesDocument as SOURCES } from '../../generated/graphql';

export async function sourcesPage(ctx: PageContext): Promise<void> {
  ctx.setTitle('Sources');
  const body = h('div', null, loading());
  replace(ctx.main, h('div', { class: 'list-page' }, h('h1', { tabindex: '-1' }, 'Sources'), h('p', { class: 'lead' }, 'The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.'), body));
  try {
    const data = await gql(SOURCES, {}, ctx.signal);
    if (!ctx.current()) return;
    replace(
      body,
      h(
        'ul',
        { class: 'cards' },
        data.sources.map((s) =>
          h('li', { class: 'card' }, h('h2', { class: 'card-title' }, entityLink(s.id, s.title, 'SOURCE')), h('p', { class: 'muted' }, [humanize(s.documentKind), s.publisher].filter(Boolean).join(' · ')), h('p', null, s.description)),
        ),
      ),
    );
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(body, errorBox(err, () => void sourcesPage(ctx)));
  }
}
