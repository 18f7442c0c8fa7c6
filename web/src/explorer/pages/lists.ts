// The list pages (/explore/claims, /studies, /strains, /mechanisms, /conditions, /factors,
// /sources): one page of a connection at a time, keyset-paginated with "Load more"
// (first/after). Filters live in the URL, so a filtered list can be shared.
import { gql } from '../api';
import { h, replace, type Child } from '../dom';
import {
  CLAIM_KIND,
  CLAIM_KINDS,
  CONDITION_KINDS,
  FACTOR_KINDS,
  MATURITY,
  MATURITY_ORDER,
  MECHANISM_CATEGORIES,
  STRAIN_KINDS,
  STUDY_DESIGNS,
  authorList,
  authorDisplay,
  countLabel,
  humanize,
  type Maturity,
  type NodeKind,
  type PageInfo,
} from '../model';
import type { PageContext } from '../page';
import { entityHref, listHref, navigate } from '../router';
import { dataTable, type Column, type DataTable, type Facet } from '../table';
import {
  claimKindBadge,
  empty,
  entityLink,
  entityLinks,
  errorBox,
  loading,
  maturityBadge,
  names,
  sampleSizeCell,
  sampleSizeOf,
  studyLink,
} from '../ui';
import { MATURITY as M } from '../model';
import { bibliographyControl } from '../cite';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  type ClaimCountsQuery,
  type ClaimKind,
  type ClaimOrderField,
  type ClaimsQuery,
  type ConditionsQuery,
  type FactorsQuery,
  type MechanismsQuery,
  type OrderDirection,
  type StrainsQuery,
  type StudiesQuery,
  type StrainKind,
  type StudyOrderField,
  ClaimCountsDocument as CLAIM_COUNTS,
  ClaimsDocument as CLAIMS,
  ConditionsDocument as CONDITIONS,
  FactorsDocument as FACTORS,
  FilterOptionsDocument as FILTER_OPTIONS,
  MechanismsDocument as MECHANISMS,
  StrainsDocument as STRAINS,
  StudiesDocument as STUDIES,
} from '../../generated/graphql';
import { contestedPage } from './contested';
import { sourcesPage } from './sources';

export const PAGE_SIZE = 25;

interface Connection<T> {
  totalCount: number;
  totalCountIsExact?: boolean;
  pageInfo: PageInfo;
  nodes: T[];
}

interface Filter {
  /** URL parameter. */
  param: string;
  label: string;
  options: [string, string][];
  /** Options that come from the graph itself (conditions, strains), loaded with the page. */
  dynamic?: 'conditions' | 'strains' | 'subjects';
}

/** The variables every list query takes for its pages. */
interface PageVariables {
  first?: number | null;
  after?: string | null;
}

/** A list page: its query (a connection in the answer's `field`), filters and table. */
interface ListConfig<T, V extends PageVariables = PageVariables> {
  title: string;
  intro: string;
  /** One page of the connection after the cursor. */
  load(variables: V, first: number, after: string | null, signal: AbortSignal): Promise<Connection<T>>;
  filters: Filter[];
  variables(p: URLSearchParams): V;
  /** What a row is: ['claim', 'claims']. */
  noun: [string, string];
  columns: Column<T>[];
  text(node: T): string;
  facets?: Facet<T>[];
  compare?: boolean;
  /** Something above the filters (e.g. maturity tabs). */
  extra?(ctx: PageContext): Child;
  /** The /cite query of the listed rows, for "Download bibliography". */
  cite?(p: URLSearchParams): string;
}

const opt = <T extends string>(values: readonly T[]): [T, string][] => values.map((v) => [v, humanize(v)]);
const valid = <T extends string>(v: string | null, allowed: readonly T[]): T | undefined => (v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined);

/**
 * The one filter of a list by a value of its own (a strain's kind, a mechanism's category):
 * the URL parameter, its options, and the field of the query's filter that a valid one sets.
 */
function enumFilter<T extends string, F extends string>(param: string, label: string, options: [T, string][], field: F): { filters: Filter[]; variables(p: URLSearchParams): { filter: Record<F, T> | null } } {
  const values = options.map(([v]) => v);
  return {
    filters: [{ param, label, options }],
    variables(p) {
      const v = valid(p.get(param), values);
      return { filter: v ? ({ [field]: v } as Record<F, T>) : null };
    },
  };
}

/** The column that names each row, linked to its page. */
function nameColumn<T extends { id: string; name: string }>(label: string, kind: NodeKind): Column<T> {
  return { key: 'name', label, sort: (x) => x.name, cell: (x) => entityLink(x.id, x.name, kind) };
}

/** A column of a value from a fixed set (a kind, a category), in words. */
function enumColumn<T>(key: string, label: string, value: (row: T) => string): Column<T> {
  return { key, label, sort: value, cell: (x) => humanize(value(x)) };
}

/** The column of the other names a row goes by. */
function akaColumn<T>(label: string, aka: (row: T) => string[]): Column<T> {
  return { key: 'aka', label, cell: (x) => names(aka(x)) ?? '—' };
}

export type NodeOf<C> = C extends { nodes: (infer N)[] } ? N : never;

/**
 * A list page of a typed query: `field` names the connection in its answer, and the columns,
 * text and facets get exactly the type of the connection's nodes. The config's type is then
 * forgotten, so that the pages of every kind fit in one table.
 */
function listOf<R, V extends PageVariables, K extends keyof R>(doc: DocumentTypeDecoration<R, V>, field: K, cfg: Omit<ListConfig<NodeOf<R[K]>, V>, 'load'>): ListConfig<unknown> {
  const typed: ListConfig<NodeOf<R[K]>, V> = {
    ...cfg,
    async load(variables, first, after, signal) {
      const data = await gql(doc as DocumentTypeDecoration<R, V & PageVariables>, { ...variables, first, after }, signal);
      return data[field] as Connection<NodeOf<R[K]>>;
    },
  };
  return typed as unknown as ListConfig<unknown>;
}

type ClaimListRow = NodeOf<ClaimsQuery['claims']>;

const STUDY_ORDERS: Record<string, { field: StudyOrderField; direction: OrderDirection; label: string }> = {
  newest: { field: 'YEAR', direction: 'DESC', label: 'Newest first' },
  oldest: { field: 'YEAR', direction: 'ASC', label: 'Oldest first' },
  title: { field: 'TITLE', direction: 'ASC', label: 'Title' },
  largest: { field: 'SAMPLE_SIZE', direction: 'DESC', label: 'Largest sample first' },
};

const CLAIM_ORDERS: Record<string, { field: ClaimOrderField; direction: OrderDirection; label: string }> = {
  // The API orders maturity from weakest (ASC) to strongest (DESC).
  strongest: { field: 'MATURITY', direction: 'DESC', label: 'Strongest evidence first' },
  weakest: { field: 'MATURITY', direction: 'ASC', label: 'Weakest evidence first' },
  statement: { field: 'STATEMENT', direction: 'ASC', label: 'Statement (A–Z)' },
};

type CountsData = ClaimCountsQuery;

export const COUNT_KEYS: Record<Maturity, Exclude<keyof CountsData, 'all' | 'marketing'>> = {
  ESTABLISHED: 'established',
  PLAUSIBLE: 'plausible',
  EMERGING: 'emerging',
  EARLY: 'early',
  NOT_SUPPORTED: 'notSupported',
};

/** Claims per maturity; of one kind (scientific or marketing) when `kind` is given. */
export function loadClaimCounts(signal?: AbortSignal, kind?: ClaimKind): Promise<CountsData> {
  return gql(CLAIM_COUNTS, { kind: kind ?? null }, signal);
}

/** Tabs of claims by maturity, with counts. */
function maturityTabs(ctx: PageContext): Child {
  const current = ctx.params.get('maturity');
  const kind = ctx.params.get('kind') ?? undefined;
  const order = ctx.params.get('order') ?? undefined;
  const counts = new Map<string, HTMLElement>();
  const tab = (value: string | undefined, label: string, cls = '') => {
    const count = h('span', { class: 'count' });
    counts.set(value ?? 'all', count);
    return h(
      'li',
      null,
      h('a', { href: listHref('claims', { maturity: value, kind, order }), class: `tab ${cls}`, 'aria-current': (current ?? undefined) === value ? 'page' : undefined }, label, count),
    );
  };
  const claimKind = valid(kind ?? null, CLAIM_KINDS);
  const nav = h(
    'nav',
    { class: 'tabs', 'aria-label': claimKind ? `${CLAIM_KIND[claimKind].label} claims by evidence maturity` : 'Claims by evidence maturity', 'aria-busy': 'true' },
    h('ul', null, tab(undefined, 'All'), MATURITY_ORDER.map((m) => tab(m, MATURITY[m].label, `tab-${m.toLowerCase().replace('_', '-')}`))),
  );
  loadClaimCounts(ctx.signal, claimKind)
    .then((c) => {
      counts.get('all')!.textContent = ` ${c.all.totalCount}`;
      for (const m of MATURITY_ORDER) counts.get(m)!.textContent = ` ${c[COUNT_KEYS[m]].totalCount}`;
    })
    .catch(() => {})
    .finally(() => nav.removeAttribute('aria-busy'));
  return nav;
}

/** "3" with "2 support · 1 qualify" under it (zero counts left out). */
function evidenceCell(e: ClaimListRow['evidenceSummary']): Child {
  if (!e.total) return h('span', { class: 'muted' }, 'none');
  const parts = [
    [e.supports, 'support'],
    [e.qualifies, 'qualify'],
    [e.contradicts, 'contradict'],
  ]
    .filter(([n]) => n)
    .map(([n, w]) => `${n} ${w}`);
  return h('span', null, `${e.total} ${e.total === 1 ? 'study' : 'studies'}`, h('span', { class: 'sub' }, parts.join(' · ')));
}

type ListStudy = NodeOf<StudiesQuery['studies']>;
type ListStrain = NodeOf<StrainsQuery['strains']>;
type ListMechanism = NodeOf<MechanismsQuery['mechanisms']>;
type ListCondition = NodeOf<ConditionsQuery['conditions']>;
type ListFactor = NodeOf<FactorsQuery['factors']>;

/** "1 contradicts · 2 qualify", or nothing against. */
function againstCell(c: ClaimListRow): Child {
  const e = c.evidenceSummary;
  if (!e.contradicts && !e.qualifies) return h('span', { class: 'muted' }, '—');
  return h('a', { href: `${entityHref(c.id, 'CLAIM')}#against`, class: 'against-count' }, [e.contradicts ? `${e.contradicts} contradict${e.contradicts === 1 ? 's' : ''}` : null, e.qualifies ? `${e.qualifies} qualif${e.qualifies === 1 ? 'ies' : 'y'}` : null].filter(Boolean).join(' · '));
}

const LISTS: Record<string, ListConfig<unknown>> = {
  claims: listOf(CLAIMS, 'claims', {
    title: 'Claims',
    intro: 'Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.',
    extra: maturityTabs,
    filters: [
      { param: 'kind', label: 'Kind', options: CLAIM_KINDS.map((k) => [k, CLAIM_KIND[k].label]) },
      { param: 'about', label: 'About', options: [], dynamic: 'subjects' },
      { param: 'order', label: 'Order', options: Object.entries(CLAIM_ORDERS).map(([k, v]) => [k, v.label]) },
    ],
    variables(p) {
      const maturity = valid(p.get('maturity'), MATURITY_ORDER);
      const kind = valid(p.get('kind'), CLAIM_KINDS);
      const about = p.get('about') || undefined;
      const order = CLAIM_ORDERS[p.get('order') ?? 'strongest'] ?? CLAIM_ORDERS.strongest;
      return {
        filter: { ...(maturity ? { maturities: [maturity] } : {}), ...(kind ? { claimKind: kind } : {}), ...(about ? { subject: about } : {}) },
        orderBy: { field: order.field, direction: order.direction },
      };
    },
    noun: ['claim', 'claims'],
    compare: true,
    columns: [
      { key: 'claim', label: 'Claim', sort: (c: ClaimListRow) => c.statement, cell: (c: ClaimListRow) => entityLink(c.id, c.statement, 'CLAIM') },
      { key: 'maturity', label: 'Evidence maturity', sort: (c: ClaimListRow) => M[c.maturity]?.rank, cell: (c: ClaimListRow) => maturityBadge(c.maturity) },
      { key: 'kind', label: 'Kind', sort: (c: ClaimListRow) => c.claimKind, cell: (c: ClaimListRow) => claimKindBadge(c.claimKind) },
      { key: 'studies', label: 'Studies', numeric: true, sort: (c: ClaimListRow) => c.evidenceSummary.total, cell: (c: ClaimListRow) => evidenceCell(c.evidenceSummary) },
      { key: 'against', label: 'Against', numeric: true, sort: (c: ClaimListRow) => c.evidenceSummary.contradicts * 10 + c.evidenceSummary.qualifies, cell: (c: ClaimListRow) => againstCell(c) },
      { key: 'about', label: 'About', cell: (c: ClaimListRow) => entityLinks((c.subjects ?? []).filter((x) => x.kind === 'STRAIN' || x.kind === 'CONDITION')) },
      { key: 'source', label: 'Source', sort: (c: ClaimListRow) => c.source.title, cell: (c: ClaimListRow) => entityLink(c.source.id, c.source.title, 'SOURCE') },
    ],
    text: (c: ClaimListRow) => [c.statement, M[c.maturity]?.label, c.claimKind, c.source.title, ...(c.subjects ?? []).map((x) => x.label)].join(' '),
  }),
  studies: listOf(STUDIES, 'studies', {
    title: 'Studies',
    intro: 'The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.',
    filters: [
      { param: 'design', label: 'Design', options: opt(STUDY_DESIGNS) },
      { param: 'condition', label: 'Condition', options: [], dynamic: 'conditions' },
      { param: 'strain', label: 'Strain', options: [], dynamic: 'strains' },
      { param: 'order', label: 'Order', options: Object.entries(STUDY_ORDERS).map(([k, v]) => [k, v.label]) },
    ],
    variables(p) {
      const design = valid(p.get('design'), STUDY_DESIGNS);
      const condition = p.get('condition') || undefined;
      const strain = p.get('strain') || undefined;
      const order = STUDY_ORDERS[p.get('order') ?? 'newest'] ?? STUDY_ORDERS.newest;
      const filter = { ...(design ? { designs: [design] } : {}), ...(condition ? { condition } : {}), ...(strain ? { strain } : {}) };
      return { filter: Object.keys(filter).length ? filter : null, orderBy: { field: order.field, direction: order.direction } };
    },
    noun: ['study', 'studies'],
    compare: true,
    cite(p) {
      const q = new URLSearchParams();
      const design = valid(p.get('design'), STUDY_DESIGNS);
      if (design) q.set('design', design);
      for (const k of ['condition', 'strain']) if (p.get(k)) q.set(k, p.get(k)!);
      const order = STUDY_ORDERS[p.get('order') ?? 'newest'] ?? STUDY_ORDERS.newest;
      q.set('order', ({ YEAR: 'year', TITLE: 'title', SAMPLE_SIZE: 'sampleSize' } as Record<string, string>)[order.field]);
      q.set('direction', order.direction.toLowerCase());
      return q.toString();
    },
    columns: [
      {
        key: 'study',
        label: 'Study',
        sort: (s: ListStudy) => s.title,
        cell: (s: ListStudy) => h('span', null, entityLink(s.id, s.title, 'STUDY'), h('span', { class: 'sub' }, [authorList(authorDisplay(s)), s.journal].filter(Boolean).join(' — '))),
      },
      { key: 'design', label: 'Design', sort: (s: ListStudy) => humanize(s.design), cell: (s: ListStudy) => humanize(s.design) },
      { key: 'n', label: 'Sample size', numeric: true, sort: (s: ListStudy) => sampleSizeOf(s).n, cell: (s: ListStudy) => sampleSizeCell(s) },
      { key: 'year', label: 'Year', numeric: true, sort: (s: ListStudy) => s.year, cell: (s: ListStudy) => s.year },
      { key: 'strains', label: 'Strains', cell: (s: ListStudy) => entityLinks(s.strains ?? []) },
      { key: 'conditions', label: 'Conditions', cell: (s: ListStudy) => entityLinks((s.topics ?? []).filter((x) => x.kind === 'CONDITION')) },
      { key: 'link', label: 'Link', cell: (s: ListStudy) => studyLink(s) },
    ],
    text: (s: ListStudy) => [s.title, authorDisplay(s).join(' '), s.journal, humanize(s.design), s.year, ...(s.strains ?? []).map((x) => x.label), ...(s.topics ?? []).map((x) => x.label)].join(' '),
  }),
  strains: listOf(STRAINS, 'strains', {
    title: 'Strains and products',
    intro: 'Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.',
    ...enumFilter('kind', 'Kind', Object.entries(STRAIN_KINDS) as [StrainKind, string][], 'strainKind'),
    noun: ['strain', 'strains'],
    columns: [
      { key: 'strain', label: 'Strain', sort: (s: ListStrain) => s.fullName || s.name, cell: (s: ListStrain) => entityLink(s.id, s.fullName || s.name, 'STRAIN') },
      { key: 'species', label: 'Species', sort: (s: ListStrain) => s.species?.name, cell: (s: ListStrain) => (s.species ? entityLink(s.species.id, s.species.name, 'SPECIES') : '—') },
      enumColumn('kind', 'Kind', (s: ListStrain) => s.strainKind),
      akaColumn('Also known as', (s: ListStrain) => [...s.formerNames, ...s.synonyms]),
    ],
    text: (s: ListStrain) => [s.name, s.fullName, s.species?.name, ...s.formerNames, ...s.synonyms].join(' '),
  }),
  mechanisms: listOf(MECHANISMS, 'mechanisms', {
    title: 'Mechanisms',
    intro: 'How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.',
    ...enumFilter('category', 'Category', opt(MECHANISM_CATEGORIES), 'category'),
    noun: ['mechanism', 'mechanisms'],
    columns: [nameColumn('Mechanism', 'MECHANISM'), enumColumn('category', 'Category', (m: ListMechanism) => m.category), akaColumn('Also called', (m: ListMechanism) => m.synonyms)],
    text: (m: ListMechanism) => [m.name, m.category, ...m.synonyms].join(' '),
  }),
  conditions: listOf(CONDITIONS, 'conditions', {
    title: 'Conditions',
    intro: 'Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.',
    ...enumFilter('kind', 'Kind', opt(CONDITION_KINDS), 'conditionKind'),
    noun: ['condition', 'conditions'],
    columns: [
      nameColumn('Condition', 'CONDITION'),
      enumColumn('kind', 'Kind', (c: ListCondition) => c.conditionKind),
      { key: 'parent', label: 'A form of', sort: (c: ListCondition) => c.subtypeOf?.name, cell: (c: ListCondition) => (c.subtypeOf ? entityLink(c.subtypeOf.id, c.subtypeOf.name, 'CONDITION') : '—') },
      akaColumn('Also called', (c: ListCondition) => c.synonyms),
    ],
    text: (c: ListCondition) => [c.name, c.conditionKind, c.subtypeOf?.name, ...c.synonyms].join(' '),
  }),
  factors: listOf(FACTORS, 'factors', {
    title: 'Factors',
    intro: 'Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.',
    ...enumFilter('kind', 'Kind', opt(FACTOR_KINDS), 'factorKind'),
    noun: ['factor', 'factors'],
    columns: [nameColumn('Factor', 'FACTOR'), enumColumn('kind', 'Kind', (f: ListFactor) => f.factorKind), akaColumn('Also called', (f: ListFactor) => f.synonyms)],
    text: (f: ListFactor) => [f.name, f.factorKind, ...f.synonyms].join(' '),
  }),
};

interface FilterOptionsData {
  conditions: { nodes: { id: string; name: string }[] };
  strains: { nodes: { id: string; name: string; fullName: string }[] };
}

let filterOptions: Promise<FilterOptionsData> | null = null;

/** Conditions and strains to filter by (fetched once per visit). */
function loadFilterOptions(signal: AbortSignal): Promise<FilterOptionsData> {
  if (!filterOptions) {
    filterOptions = gql(FILTER_OPTIONS, {}, signal);
    filterOptions.catch(() => (filterOptions = null));
  }
  return filterOptions;
}

function filterForm(ctx: PageContext, list: string, cfg: ListConfig<unknown>): Child {
  if (!cfg.filters.length) return null;
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': `Filter ${cfg.title.toLowerCase()}` });
  const apply = () => {
    const params: Record<string, string | undefined> = {};
    for (const [k, v] of ctx.params) params[k] = v;
    for (const f of cfg.filters) {
      const el = form.querySelector<HTMLSelectElement>(`[name="${f.param}"]`);
      params[f.param] = el?.value || undefined;
    }
    navigate(listHref(list, params));
  };
  for (const f of cfg.filters) {
    const id = `filter-${f.param}`;
    const current = ctx.params.get(f.param) ?? '';
    const isOrder = f.param === 'order';
    const select = h(
      'select',
      { id, name: f.param, onchange: apply },
      isOrder ? null : h('option', { value: '' }, 'Any'),
      f.options.map(([v, label]) => h('option', { value: v, selected: current === v }, label)),
      // Until the graph's own options arrive, the current choice stays selectable.
      f.dynamic && current ? h('option', { value: current, selected: true }, current) : null,
    );
    if (f.dynamic) {
      loadFilterOptions(ctx.signal)
        .then((o) => {
          const group = (label: string, items: [string, string][]) => h('optgroup', { label }, items.map(([v, t]) => h('option', { value: v, selected: current === v }, t)));
          const conditions = o.conditions.nodes.map((c) => [c.id, c.name] as [string, string]);
          const strains = o.strains.nodes.map((st) => [st.id, st.fullName || st.name] as [string, string]);
          replace(
            select,
            h('option', { value: '' }, 'Any'),
            f.dynamic === 'conditions' ? conditions.map(([v, t]) => h('option', { value: v, selected: current === v }, t)) : null,
            f.dynamic === 'strains' ? strains.map(([v, t]) => h('option', { value: v, selected: current === v }, t)) : null,
            f.dynamic === 'subjects' ? [group('Conditions', conditions), group('Strains and products', strains)] : null,
          );
        })
        .catch(() => {});
    }
    form.appendChild(h('div', { class: 'inline-field' }, h('label', { for: id }, f.label), select));
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply();
  });
  return form;
}

export async function listPage(ctx: PageContext, list: string): Promise<void> {
  if (list === 'sources') return sourcesPage(ctx);
  if (list === 'contested') return contestedPage(ctx);
  const cfg = LISTS[list];
  ctx.setTitle(cfg.title);
  const more = h('button', { type: 'button', class: 'btn load-more', hidden: true }, 'Load more');
  const status = h('div', { class: 'list-status' }, loading());
  const tableHolder = h('div', { class: 'list-table-holder' });
  replace(
    ctx.main,
    h(
      'div',
      { class: `list-page list-${list}` },
      h('h1', { tabindex: '-1' }, cfg.title),
      h('p', { class: 'lead' }, cfg.intro),
      cfg.extra?.(ctx),
      filterForm(ctx, list, cfg),
      cfg.cite ? bibliographyControl(cfg.cite(ctx.params), ctx.params.toString() ? 'the studies these filters match' : 'every study') : null,
      tableHolder,
      status,
      h('p', { class: 'more' }, more),
    ),
  );

  const vars = cfg.variables(ctx.params);
  let after: string | null = null;
  let rows: unknown[] = [];
  let table: DataTable<unknown> | null = null;
  const loadPage = async () => {
    more.disabled = true;
    replace(status, loading());
    try {
      const conn = await cfg.load(vars, PAGE_SIZE, after, ctx.signal);
      if (!ctx.current()) return;
      const firstNew = rows.length;
      rows = [...rows, ...conn.nodes];
      after = conn.pageInfo.endCursor;
      const partial = conn.pageInfo.hasNextPage ? `loaded of ${countLabel(conn.totalCount, conn.totalCountIsExact)}; sorting and the filter box apply to these until you load more` : undefined;
      status.replaceChildren();
      if (rows.length === 0) {
        status.appendChild(empty(ctx.params.toString() ? 'Nothing matches these filters.' : 'Nothing here yet.'));
      } else if (!table) {
        table = dataTable<unknown>({
          caption: cfg.title,
          noun: cfg.noun,
          columns: cfg.columns,
          rows,
          text: cfg.text,
          facets: cfg.facets,
          compareId: cfg.compare ? (r) => (r as { id: string }).id : undefined,
          rowLabel: (r) => ((r as { statement?: string; title?: string }).statement ?? (r as { title?: string }).title ?? ''),
          cls: 'list-table',
          partial,
        });
        tableHolder.appendChild(table.element);
      } else {
        table.setRows(rows, partial);
      }
      // "Load more" only while there is more.
      more.hidden = !conn.pageInfo.hasNextPage;
      more.disabled = false;
      // After "Load more", move the focus to the first new row's link for keyboard readers.
      if (firstNew > 0) {
        const newId = (conn.nodes[0] as { id?: string })?.id;
        const link = newId ? tableHolder.querySelector<HTMLElement>(`tbody a[href$="${CSS.escape(newId.split(':').pop() ?? '')}"]`) : null;
        (link ?? more).focus();
      }
    } catch (err) {
      if ((err as Error).name === 'AbortError' || !ctx.current()) return;
      more.hidden = true;
      replace(status, errorBox(err, () => void loadPage()));
    }
  };
  more.addEventListener('click', () => void loadPage());
  await loadPage();
}
