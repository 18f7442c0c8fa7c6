// Building blocks shared by the pages: badges, links, tables and the provenance section.
import { h, joinWith, type Child } from './dom';
import { kindBadge } from './search';
import { dataTable, type Column, type Facet } from './table';
import { NetworkError, GraphQLError } from './api';
import { BASE, listHref, searchHref } from './router';
import {
  effectSizeText,
  CLAIM_KIND,
  EFFECT,
  KINDS,
  MATURITY,
  STANCE,
  authorList,
  authorDisplay,
  humanize,
  kindOfId,
  verb,
  type ClaimKind,
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

export function claimKindBadge(k: ClaimKind): HTMLElement {
  return h('span', { class: `badge claim-kind claim-kind-${k.toLowerCase()}`, title: CLAIM_KIND[k].description }, CLAIM_KIND[k].badge);
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

/** A study's table row: the study with what it examined (strains, conditions) when asked for. */
export type StudyTableRow = StudyRow & { doi?: string | null; findings?: FindingValues[]; via?: string };

const entityNames = (xs: EntityRef[] | undefined, kind?: NodeKind) => (xs ?? []).filter((x) => !kind || x.kind === kind);

/** A compact list of entity links for a table cell. */
export function entityLinks(xs: EntityRef[]): Child {
  return xs.length ? h('span', { class: 'cell-list' }, joinWith(xs.map((x) => entityLink(x.id, x.label, x.kind)))) : h('span', { class: 'muted' }, '—');
}

/** The sample size, or (when the study gives none) the participants its pooled findings report. */
export function sampleSizeOf(s: { sampleSize: number | null; findings?: FindingValues[] }): { n: number | null; pooled: boolean } {
  if (s.sampleSize !== null && s.sampleSize !== undefined) return { n: s.sampleSize, pooled: false };
  const pooled = Math.max(0, ...(s.findings ?? []).map((f) => f.participants ?? 0));
  return pooled > 0 ? { n: pooled, pooled: true } : { n: null, pooled: false };
}

export function sampleSizeCell(s: { sampleSize: number | null; findings?: FindingValues[] }): Child {
  const { n, pooled } = sampleSizeOf(s);
  if (n === null) return h('span', { class: 'muted', title: 'The source gives no sample size' }, 'not given');
  return pooled ? h('span', { title: 'Participants pooled across the trials of this review' }, n.toLocaleString('en'), h('span', { class: 'sub' }, 'pooled')) : n.toLocaleString('en');
}

/** Sortable, filterable table of studies (design, size, year, strains, conditions). */
export function studyTable(studies: StudyTableRow[], caption: string, opts: { via?: string } = {}): HTMLElement {
  if (!studies.length) return empty('No studies.');
  const cols: Column<StudyTableRow>[] = [
    {
      key: 'study',
      label: 'Study',
      sort: (s) => s.title,
      cell: (s) => [entityLink(s.id, s.title, 'STUDY'), h('span', { class: 'sub' }, authorList(authorDisplay(s))), s.via ? h('span', { class: 'sub via' }, s.via) : null],
    },
    { key: 'design', label: 'Design', sort: (s) => humanize(s.design), cell: (s) => humanize(s.design) },
    { key: 'n', label: 'Sample size', numeric: true, sort: (s) => sampleSizeOf(s).n, cell: sampleSizeCell },
    { key: 'year', label: 'Year', numeric: true, sort: (s) => s.year, cell: (s) => s.year },
  ];
  const hasStrains = studies.some((s) => s.strains?.length);
  const hasConditions = studies.some((s) => entityNames(s.topics, 'CONDITION').length);
  if (hasStrains) cols.push({ key: 'strains', label: 'Strains', cell: (s) => entityLinks(entityNames(s.strains)) });
  if (hasConditions) cols.push({ key: 'conditions', label: 'Conditions', cell: (s) => entityLinks(entityNames(s.topics, 'CONDITION')) });
  cols.push({ key: 'link', label: 'Link', cell: (s) => studyLink(s) });
  return dataTable<StudyTableRow>({
    caption,
    noun: ['study', 'studies'],
    columns: cols,
    rows: studies,
    text: (s) => [s.title, authorDisplay(s).join(' '), humanize(s.design), s.year, s.via, ...(s.strains ?? []).map((x) => x.label), ...(s.topics ?? []).map((x) => x.label)].join(' '),
    facets: studyFacets<StudyTableRow>((s) => s),
    initialSort: { key: 'year', descending: true },
    compareId: (s) => s.id,
    rowLabel: (s) => s.title,
    cls: opts.via ? 'study-table' : 'study-table',
  }).element;
}

/** Choices shared by every table of studies: design, strain, condition. */
export function studyFacets<T>(study: (row: T) => { design: string; strains?: EntityRef[]; topics?: EntityRef[] }): Facet<T>[] {
  const labels = new Map<string, string>();
  const remember = (xs: EntityRef[]) => xs.map((x) => (labels.set(x.id, x.label), x.id));
  return [
    { key: 'design', label: 'Design', values: (r) => [study(r).design], labelOf: humanize },
    { key: 'strain', label: 'Strain', values: (r) => remember(entityNames(study(r).strains, 'STRAIN')), labelOf: (v) => labels.get(v) ?? v },
    { key: 'condition', label: 'Condition', values: (r) => remember(entityNames(study(r).topics, 'CONDITION')), labelOf: (v) => labels.get(v) ?? v },
  ];
}

export function claimTable(claims: (ClaimRow & { via?: string })[], caption: string, stances?: Map<string, { stance: Stance; note: string | null }>): HTMLElement {
  if (!claims.length) return empty('No claims.');
  type Row = ClaimRow & { via?: string };
  const cols: Column<Row>[] = [
    { key: 'claim', label: 'Claim', sort: (c) => c.statement, cell: (c) => [entityLink(c.id, c.statement, 'CLAIM'), c.via ? h('span', { class: 'sub via' }, c.via) : null] },
  ];
  if (stances) {
    cols.push({
      key: 'stance',
      label: 'Stance of this study',
      sort: (c) => (stances.get(c.id) ? STANCE_RANK[stances.get(c.id)!.stance] : null),
      cell: (c) => {
        const st = stances.get(c.id);
        return st ? [stanceBadge(st.stance), st.note ? h('span', { class: 'sub' }, st.note) : null] : '—';
      },
    });
  }
  cols.push(
    { key: 'maturity', label: 'Evidence maturity', sort: (c) => MATURITY[c.maturity]?.rank, cell: (c) => maturityBadge(c.maturity) },
    { key: 'kind', label: 'Kind', sort: (c) => c.claimKind, cell: (c) => CLAIM_KIND[c.claimKind].label },
  );
  const facets: Facet<Row>[] = [
    { key: 'maturity', label: 'Maturity', values: (c) => [c.maturity], labelOf: (v) => MATURITY[v as Maturity]?.label ?? v },
    { key: 'kind', label: 'Kind', values: (c) => [c.claimKind], labelOf: humanize },
    ...subjectFacets<Row>((c) => c.subjects),
  ];
  if (stances) facets.unshift({ key: 'stance', label: 'Stance', values: (c) => (stances.get(c.id) ? [stances.get(c.id)!.stance] : []), labelOf: (v) => STANCE[v as Stance] ?? v });
  return dataTable<Row>({
    caption,
    noun: ['claim', 'claims'],
    columns: cols,
    rows: claims,
    text: (c) => [c.statement, MATURITY[c.maturity]?.label, c.claimKind, c.via, stances?.get(c.id)?.stance, stances?.get(c.id)?.note, ...(c.subjects ?? []).map((x) => x.label)].join(' '),
    facets,
    initialSort: { key: 'maturity', descending: false },
    compareId: (c) => c.id,
    rowLabel: (c) => c.statement,
    cls: 'claim-table',
  }).element;
}

/** Choices of the strains and conditions that claims are about. */
export function subjectFacets<T>(subjects: (row: T) => EntityRef[] | undefined): Facet<T>[] {
  const labels = new Map<string, string>();
  const of = (r: T, kind: NodeKind) => (subjects(r) ?? []).filter((x) => x.kind === kind).map((x) => (labels.set(x.id, x.label), x.id));
  return [
    { key: 'strain', label: 'Strain', values: (r) => of(r, 'STRAIN'), labelOf: (v) => labels.get(v) ?? v },
    { key: 'condition', label: 'Condition', values: (r) => of(r, 'CONDITION'), labelOf: (v) => labels.get(v) ?? v },
  ];
}

export const STANCE_RANK: Record<Stance, number> = { SUPPORTS: 0, QUALIFIES: 1, CONTRADICTS: 2 };

/** The numbers of a finding, as the evidence tables show them (the FindingValues fragment). */
export type FindingValues = FindingValuesFragment;

const num = (x: number) => x.toLocaleString('en', { maximumSignificantDigits: 4 }).replace('-', '−');

/** A finding's effect size with its metric and interval, as the API records them (model.ts). */
export { effectSizeText };

/** A finding as structured values (measure, effect, value, effect size, p, I², time point), its prose on demand. */
export function findingValues(f: FindingValues): HTMLElement {
  const vals: Child[] = [];
  const v = (label: string, value: string, title?: string) => vals.push(h('span', { class: 'fv', title }, h('span', { class: 'fv-k' }, label), ' ', h('span', { class: 'fv-v' }, value)));
  if (f.value !== null && f.value !== undefined) v('value', `${num(f.value)}${f.unit ? (f.unit === '%' ? '%' : ` ${f.unit}`) : ''}`);
  const es = effectSizeText(f);
  if (es) vals.push(h('span', { class: 'fv fv-es' }, h('span', { class: 'fv-k' }, es.label), ' ', h('span', { class: 'fv-v' }, es.value), ' ', h('span', { class: 'fv-note' }, `(${es.note})`)));
  if (f.pValue !== null && f.pValue !== undefined) v('p', num(f.pValue), 'p-value');
  if (f.heterogeneityI2 !== null && f.heterogeneityI2 !== undefined) v('I²', `${num(f.heterogeneityI2)}%`, 'Heterogeneity between trials');
  if (f.timepoint) v('at', f.timepoint, 'Time point');
  if (f.trials) v('trials', String(f.trials));
  if (f.participants) v('n', f.participants.toLocaleString('en'), 'Participants');
  const sig = f.significant === true ? h('span', { class: 'sig sig-yes' }, 'significant') : f.significant === false ? h('span', { class: 'sig sig-no' }, 'not significant') : null;
  return h(
    'div',
    { class: 'finding-values' },
    h('div', { class: 'fv-head' }, h('span', { class: 'fv-measure' }, f.measure ?? ''), ' ', h('span', { class: 'fv-effect' }, effectText(f.effect)), sig ? [' ', sig] : null),
    vals.length ? h('div', { class: 'fv-list' }, vals) : null,
    h('details', { class: 'fv-prose' }, h('summary', null, 'What was found'), h('p', null, f.summary, ' ', entityLink(f.id, 'Open the finding', 'FINDING'))),
  );
}

export function findingsCell(findings: FindingValues[] | undefined): Child {
  return findings?.length ? h('div', { class: 'findings-cell' }, findings.map(findingValues)) : h('span', { class: 'muted' }, 'none recorded');
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
        r.maturity ? maturityBadge(r.maturity) : h('span', { class: 'muted', title: 'A curator linked this evidence without grading the link' }, 'Not graded'),
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
          prov.map((p) => h('li', p.curated ? { class: 'curated' } : null, ...provenanceEntry(p))),
        )
      : empty('No provenance recorded.'),
  );
}

/** One provenance entry: a curator's reading is labelled as such, with who, when and what was read. */
function provenanceEntry(p: Provenance): (HTMLElement | null)[] {
  const curated = p.curated
    ? h(
        'div',
        { class: 'prov-curated' },
        h('span', { class: 'badge curated-badge' }, 'Curated'),
        ` by ${p.curator ?? 'a curator'}${p.date ? ` on ${p.date}` : ''}`,
        p.publication ? h('span', null, ', reading ', publicationLink(p.publication)) : null,
      )
    : null;
  if (!p.source) return [curated];
  return [
    curated,
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
  ];
}

/** A publication CURIE as a link to its resolver (doi.org or PubMed). */
function publicationLink(curie: string): HTMLElement {
  const href = curie.startsWith('doi:')
    ? `https://doi.org/${curie.slice(4)}`
    : `https://pubmed.ncbi.nlm.nih.gov/${curie.replace(/^PMID:/, '')}/`;
  return h('a', { href, rel: 'noopener' }, curie);
}

export function loading(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/**
 * What went wrong, said plainly: an unreachable server offers a retry (and retries by itself
 * when the browser comes back online); an answer the API refuses offers ways onward instead.
 */
export function errorBox(err: unknown, retry?: () => void): HTMLElement {
  if (err instanceof NetworkError) {
    const box = h(
      'div',
      { class: 'error error-offline', role: 'alert' },
      h('p', null, h('strong', null, 'Cannot reach the knowledge graph. '), navigator.onLine ? 'The server did not answer; it may be restarting, or your connection dropped.' : 'You appear to be offline.'),
      h('p', null, 'Nothing you chose is lost: this page will try again when you press the button', retry ? ' or when your connection comes back' : '', '.'),
      retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, 'Try again') : null,
    );
    if (retry) {
      const again = () => {
        window.removeEventListener('online', again);
        if (box.isConnected) retry();
      };
      window.addEventListener('online', again);
    }
    return box;
  }
  if (err instanceof GraphQLError && (err.badInput || err.notFound)) {
    return h(
      'div',
      { class: 'error', role: 'alert' },
      h('p', null, h('strong', null, 'The graph cannot answer this request. '), err.message.charAt(0).toUpperCase() + err.message.slice(1), '.'),
      h('p', null, 'Check the address, or ', h('a', { href: BASE }, 'start from the home page'), '.'),
    );
  }
  const transient = err instanceof GraphQLError && (err.code === 'SERVICE_UNAVAILABLE' || err.code === 'TIMEOUT' || err.code === undefined);
  const msg = err instanceof Error ? err.message : String(err);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('p', null, h('strong', null, transient ? 'The knowledge graph is not answering right now. ' : 'Something went wrong. '), transient ? 'Please try again in a moment.' : msg),
    retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, 'Try again') : null,
  );
}

/** A page that says what was not found and where to go instead. */
export function notFoundView(what: Child, onward: [string, string][]): HTMLElement {
  return h(
    'div',
    { class: 'notfound' },
    h('h1', { tabindex: '-1' }, 'Not found'),
    h('p', null, what),
    h('p', null, 'You could:'),
    h(
      'ul',
      { class: 'onward' },
      onward.map(([href, text]) => h('li', null, h('a', { href }, text))),
      h('li', null, h('a', { href: BASE }, 'start from the home page')),
    ),
  );
}

/** Ways onward from a missing entity: search its words, its kind's list. */
export function onwardFor(id: string, kind?: NodeKind): [string, string][] {
  const words = id.replace(/^[a-z]+:/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const out: [string, string][] = [];
  if (words) out.push([searchHref(words), `search for “${words}”`]);
  const list = kind ? KINDS[kind].list : undefined;
  if (list) out.push([listHref(list), `browse all ${KINDS[kind!].plural.toLowerCase()}`]);
  return out;
}

export function kindLabel(kind: NodeKind): string {
  return KINDS[kind]?.singular ?? humanize(kind);
}

import type { PositionKind } from './model';
import type { FindingValuesFragment } from '../generated/graphql';
export type { PositionKind };
/** A source's position, coloured as the stance it resembles (endorses green, rejects red). */
export const POSITION: Record<PositionKind, { label: string; cls: string }> = {
  ENDORSES: { label: 'Endorses', cls: 'stance-supports' },
  HEDGES: { label: 'Hedges', cls: 'stance-qualifies' },
  REJECTS: { label: 'Rejects', cls: 'stance-contradicts' },
};

export function positionBadge(p: PositionKind): HTMLElement {
  return h('span', { class: `badge stance position position-${p.toLowerCase()} ${POSITION[p]?.cls ?? ''}` }, POSITION[p]?.label ?? humanize(p));
}
