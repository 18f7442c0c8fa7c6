// Building blocks shared by the pages: badges, links, tables and the provenance section.
import { h, joinWith, type Child } from './dom';
import { kindBadge } from './search';
import {
  EFFECT,
  KINDS,
  MATURITY,
  STANCE,
  authorList,
  humanize,
  kindOfId,
  verb,
  type ClaimRow,
  type Effect,
  type EntityRef,
  type Maturity,
  type NodeKind,
  type Provenance,
  type Relation,
  type Stance,
  type StudyRow,
} from './model';
import { entityHref } from './router';

export function maturityBadge(m: Maturity): HTMLElement {
  const info = MATURITY[m];
  return h('span', { class: `badge maturity maturity-${m.toLowerCase().replace('_', '-')}`, title: info?.description }, info?.label ?? humanize(m));
}

export function stanceBadge(s: Stance): HTMLElement {
  return h('span', { class: `badge stance stance-${s.toLowerCase()}` }, STANCE[s] ?? humanize(s));
}

export function claimKindBadge(k: string): HTMLElement {
  return h('span', { class: `badge claim-kind claim-kind-${k.toLowerCase()}`, title: k === 'MARKETING' ? 'A popular marketing promise, graded' : 'A scientific statement' }, k === 'MARKETING' ? 'Marketing claim' : 'Scientific claim');
}

export function effectText(e: Effect | null | undefined): string {
  return e ? (EFFECT[e] ?? humanize(e)) : '';
}

/** A link to an entity's page. */
export function entityLink(id: string, label: string, kind?: NodeKind): HTMLAnchorElement {
  return h('a', { href: entityHref(id, kind ?? kindOfId(id)) }, label);
}

/** A link with the entity's kind badge in front. */
export function entityChip(e: EntityRef): HTMLElement {
  return h('span', { class: 'chip' }, kindBadge(e.kind), ' ', entityLink(e.id, e.label, e.kind));
}

export function externalLink(href: string, text: string, cls = 'ext'): HTMLAnchorElement {
  return h('a', { href, class: cls, rel: 'noopener noreferrer', target: '_blank' }, text, h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
}

/** The DOI (or URL) link of a study. */
export function studyLink(s: { link: string | null; doi?: string | null }): Child {
  if (!s.link) return h('span', { class: 'muted' }, '—');
  const text = s.link.startsWith('https://doi.org/') ? `doi:${decodeURIComponent(s.link.slice('https://doi.org/'.length))}` : s.doi ? `doi:${s.doi}` : 'link';
  return externalLink(s.link, text, 'ext doi');
}

export function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'section', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...children);
}

/** A definition list; empty values are left out. */
export function facts(rows: [string, Child][]): HTMLElement {
  const kept = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  return h('dl', { class: 'facts' }, kept.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

export function names(list: string[]): Child {
  return list.length ? joinWith(list.map((n) => h('span', { class: 'name' }, n))) : null;
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'muted empty' }, text);
}

/** A table that becomes stacked cards at phone width (cells carry their column name). */
export function table(caption: string | null, headers: string[], rows: Child[][], cls = ''): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `table stack ${cls}` },
      caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
      h('thead', null, h('tr', null, headers.map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map((r) => h('tr', null, r.map((c, i) => h('td', { 'data-label': headers[i] }, c))))),
    ),
  );
}

export function studyTable(studies: StudyRow[], caption: string): HTMLElement {
  if (!studies.length) return empty('No studies.');
  const sorted = [...studies].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title));
  return table(
    caption,
    ['Study', 'Design', 'Sample size', 'Year', 'Link'],
    sorted.map((s) => [
      h('span', null, entityLink(s.id, s.title, 'STUDY'), h('span', { class: 'sub' }, authorList(s.authors))),
      humanize(s.design),
      s.sampleSize ?? '—',
      s.year,
      studyLink(s),
    ]),
  );
}

export function claimTable(claims: ClaimRow[], caption: string, stances?: Map<string, { stance: Stance; note: string | null }>): HTMLElement {
  if (!claims.length) return empty('No claims.');
  const headers = stances ? ['Claim', 'Stance of this study', 'Evidence maturity', 'Kind'] : ['Claim', 'Evidence maturity', 'Kind'];
  return table(
    caption,
    headers,
    claims.map((c) => {
      const st = stances?.get(c.id);
      const cells: Child[] = [entityLink(c.id, c.statement, 'CLAIM')];
      if (stances) cells.push(st ? [stanceBadge(st.stance), st.note ? h('span', { class: 'sub' }, st.note) : null] : '—');
      cells.push(maturityBadge(c.maturity), c.claimKind === 'MARKETING' ? 'Marketing' : 'Scientific');
      return cells;
    }),
  );
}

/** Relationships seen from `selfId`: the other end, what the link is, effect, maturity, studies. */
export function relationTable(relations: Relation[], selfId: string, caption: string): HTMLElement {
  if (!relations.length) return empty('None recorded.');
  return table(
    caption,
    ['Related', 'Relationship', 'Effect', 'Evidence maturity', 'Studies'],
    relations.map((r) => {
      const outgoing = r.from.id === selfId;
      const other = outgoing ? r.to : r.from;
      const rel = outgoing ? `${verb(r.kind)} →` : `← ${verb(r.kind)}`;
      return [
        [entityChip(other), r.note ? h('span', { class: 'sub' }, r.note) : null],
        h('span', { class: 'rel', title: outgoing ? `This ${verb(r.kind)} the related entity` : `The related entity ${verb(r.kind)} this` }, rel),
        effectText(r.effect) || '—',
        maturityBadge(r.maturity),
        r.studies.length ? h('ul', { class: 'plain' }, r.studies.map((s) => h('li', null, entityLink(s.id, `${s.title} (${s.year})`, 'STUDY')))) : '—',
      ];
    }),
  );
}

/** Where the entity is stated: source, section, citation numbers and the studies behind them. */
export function provenanceSection(prov: Provenance[]): HTMLElement {
  return section(
    'Provenance',
    'provenance',
    prov.length
      ? h(
          'ul',
          { class: 'provenance' },
          prov.map((p) =>
            h(
              'li',
              null,
              h('div', null, entityLink(p.source.id, p.source.title, 'SOURCE')),
              h('div', { class: 'prov-section' }, h('span', { class: 'muted' }, 'Section: '), p.section || '—'),
              p.citations.length
                ? h(
                    'div',
                    { class: 'prov-cites' },
                    h('span', { class: 'muted' }, p.citations.length === 1 ? 'Citation: ' : 'Citations: '),
                    joinWith(p.citations.map((n) => h('span', { class: 'cite-num' }, `[${n}]`)), ' '),
                    p.citedStudies.length
                      ? h('ul', { class: 'plain cited' }, p.citedStudies.map((s) => h('li', null, entityLink(s.id, `${s.title} (${s.year})`, 'STUDY'))))
                      : null,
                  )
                : h('div', { class: 'prov-cites muted' }, 'No citation numbers at this point.'),
            ),
          ),
        )
      : empty('No provenance recorded.'),
  );
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  const msg = err instanceof Error ? err.message : String(err);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('p', null, h('strong', null, 'Something went wrong. '), msg),
    retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, 'Try again') : null,
  );
}

export function kindLabel(kind: NodeKind): string {
  return KINDS[kind]?.singular ?? humanize(kind);
}
