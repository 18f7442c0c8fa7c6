// The list pages (/explore/claims, /studies, /strains, /mechanisms, /conditions, /factors,
// /sources): one page of a connection at a time, keyset-paginated with "Load more"
// (first/after). Filters live in the URL, so a filtered list can be shared.
import { gql } from '../api';
import { h, replace, type Child } from '../dom';
import { MATURITY, MATURITY_ORDER, STUDY_DESIGNS, authorList, humanize, type ClaimRow, type Maturity, type PageInfo, type StudyRow } from '../model';
import type { PageContext } from '../page';
import { listHref, navigate } from '../router';
import { claimKindBadge, empty, entityLink, errorBox, loading, maturityBadge, names, studyLink } from '../ui';

import CLAIMS from '../../queries/claims.graphql?raw';
import CLAIM_COUNTS from '../../queries/claimCounts.graphql?raw';
import CONDITIONS from '../../queries/conditions.graphql?raw';
import FACTORS from '../../queries/factors.graphql?raw';
import MECHANISMS from '../../queries/mechanisms.graphql?raw';
import SOURCES from '../../queries/sources.graphql?raw';
import STRAINS from '../../queries/strains.graphql?raw';
import STUDIES from '../../queries/studies.graphql?raw';

export const PAGE_SIZE = 20;

interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: T[];
}

interface Filter {
  /** URL parameter. */
  param: string;
  label: string;
  options: [string, string][];
}

interface ListConfig {
  title: string;
  intro: string;
  query: string;
  field: string;
  filters: Filter[];
  variables(p: URLSearchParams): Record<string, unknown>;
  headers: string[];
  row(node: any): Child[];
  /** Something above the filters (e.g. maturity tabs). */
  extra?(ctx: PageContext): Child;
}

const opt = (values: string[]): [string, string][] => values.map((v) => [v, humanize(v)]);
const valid = (v: string | null, allowed: string[]) => (v && allowed.includes(v) ? v : undefined);

interface ClaimListRow extends ClaimRow {
  maturityBasis: string;
  source: { id: string; title: string };
  evidenceSummary: { total: number; supports: number; qualifies: number; contradicts: number };
}

const STUDY_ORDERS: Record<string, { field: string; direction: string; label: string }> = {
  newest: { field: 'YEAR', direction: 'DESC', label: 'Newest first' },
  oldest: { field: 'YEAR', direction: 'ASC', label: 'Oldest first' },
  title: { field: 'TITLE', direction: 'ASC', label: 'Title' },
  largest: { field: 'SAMPLE_SIZE', direction: 'DESC', label: 'Largest sample first' },
};

const CLAIM_ORDERS: Record<string, { field: string; direction: string; label: string }> = {
  // The API orders maturity from weakest (ASC) to strongest (DESC).
  strongest: { field: 'MATURITY', direction: 'DESC', label: 'Strongest evidence first' },
  weakest: { field: 'MATURITY', direction: 'ASC', label: 'Weakest evidence first' },
  statement: { field: 'STATEMENT', direction: 'ASC', label: 'Statement (A–Z)' },
};

interface CountsData {
  all: { totalCount: number };
  established: { totalCount: number };
  plausible: { totalCount: number };
  emerging: { totalCount: number };
  early: { totalCount: number };
  notSupported: { totalCount: number };
  marketing: { totalCount: number };
}

export const COUNT_KEYS: Record<Maturity, keyof CountsData> = {
  ESTABLISHED: 'established',
  PLAUSIBLE: 'plausible',
  EMERGING: 'emerging',
  EARLY: 'early',
  NOT_SUPPORTED: 'notSupported',
};

export function loadClaimCounts(signal?: AbortSignal): Promise<CountsData> {
  return gql<CountsData>(CLAIM_COUNTS, {}, signal);
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
  const nav = h(
    'nav',
    { class: 'tabs', 'aria-label': 'Claims by evidence maturity', 'aria-busy': 'true' },
    h('ul', null, tab(undefined, 'All'), MATURITY_ORDER.map((m) => tab(m, MATURITY[m].label, `tab-${m.toLowerCase().replace('_', '-')}`))),
  );
  loadClaimCounts(ctx.signal)
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

const LISTS: Record<string, ListConfig> = {
  claims: {
    title: 'Claims',
    intro: 'Claims the source documents make or grade, with how mature the evidence behind each one is. Marketing claims are popular promises, graded honestly.',
    query: CLAIMS,
    field: 'claims',
    extra: maturityTabs,
    filters: [
      { param: 'kind', label: 'Kind', options: [['SCIENTIFIC', 'Scientific'], ['MARKETING', 'Marketing']] },
      { param: 'order', label: 'Order', options: Object.entries(CLAIM_ORDERS).map(([k, v]) => [k, v.label]) },
    ],
    variables(p) {
      const maturity = valid(p.get('maturity'), MATURITY_ORDER);
      const kind = valid(p.get('kind'), ['SCIENTIFIC', 'MARKETING']);
      const order = CLAIM_ORDERS[p.get('order') ?? 'strongest'] ?? CLAIM_ORDERS.strongest;
      return {
        filter: { ...(maturity ? { maturities: [maturity] } : {}), ...(kind ? { claimKind: kind } : {}) },
        orderBy: { field: order.field, direction: order.direction },
      };
    },
    headers: ['Claim', 'Evidence maturity', 'Kind', 'Studies', 'Source'],
    row: (c: ClaimListRow) => [
      entityLink(c.id, c.statement, 'CLAIM'),
      maturityBadge(c.maturity),
      claimKindBadge(c.claimKind),
      evidenceCell(c.evidenceSummary),
      entityLink(c.source.id, c.source.title, 'SOURCE'),
    ],
  },
  studies: {
    title: 'Studies',
    intro: 'The studies the source documents cite: trials, reviews, meta-analyses, animal studies and more.',
    query: STUDIES,
    field: 'studies',
    filters: [
      { param: 'design', label: 'Design', options: opt(STUDY_DESIGNS) },
      { param: 'order', label: 'Order', options: Object.entries(STUDY_ORDERS).map(([k, v]) => [k, v.label]) },
    ],
    variables(p) {
      const design = valid(p.get('design'), STUDY_DESIGNS);
      const order = STUDY_ORDERS[p.get('order') ?? 'newest'] ?? STUDY_ORDERS.newest;
      return { filter: design ? { designs: [design] } : null, orderBy: { field: order.field, direction: order.direction } };
    },
    headers: ['Study', 'Design', 'Sample size', 'Year', 'Link'],
    row: (s: StudyRow & { journal: string | null }) => [
      h('span', null, entityLink(s.id, s.title, 'STUDY'), h('span', { class: 'sub' }, [authorList(s.authors), s.journal].filter(Boolean).join(' — '))),
      humanize(s.design),
      s.sampleSize ?? '—',
      s.year,
      studyLink(s),
    ],
  },
  strains: {
    title: 'Strains and products',
    intro: 'Probiotic strains and multi-species products. A strain is never collapsed into its species: effects are strain-specific.',
    query: STRAINS,
    field: 'strains',
    filters: [{ param: 'kind', label: 'Kind', options: [['STRAIN', 'Strain'], ['PRODUCT', 'Product']] }],
    variables(p) {
      const kind = valid(p.get('kind'), ['STRAIN', 'PRODUCT']);
      return { filter: kind ? { strainKind: kind } : null };
    },
    headers: ['Strain', 'Species', 'Kind', 'Also known as'],
    row: (s: { id: string; name: string; fullName: string; strainKind: string; formerNames: string[]; synonyms: string[]; species: { id: string; name: string } | null }) => [
      entityLink(s.id, s.fullName || s.name, 'STRAIN'),
      s.species ? entityLink(s.species.id, s.species.name, 'SPECIES') : '—',
      humanize(s.strainKind),
      names([...s.formerNames, ...s.synonyms]) ?? '—',
    ],
  },
  mechanisms: {
    title: 'Mechanisms',
    intro: 'How the gut may talk to the skin: barrier integrity, short-chain fatty acids, immune signalling and more.',
    query: MECHANISMS,
    field: 'mechanisms',
    filters: [{ param: 'category', label: 'Category', options: opt(['BARRIER', 'METABOLITE', 'IMMUNE', 'NEURAL', 'NUTRIENT', 'MICROBIAL_BALANCE', 'INFLAMMATION', 'SKIN_BARRIER']) }],
    variables(p) {
      const c = p.get('category');
      return { filter: c ? { category: c } : null };
    },
    headers: ['Mechanism', 'Category', 'Also called'],
    row: (m: { id: string; name: string; category: string; synonyms: string[] }) => [entityLink(m.id, m.name, 'MECHANISM'), humanize(m.category), names(m.synonyms) ?? '—'],
  },
  conditions: {
    title: 'Conditions',
    intro: 'Skin conditions such as acne and atopic dermatitis, skin outcomes in healthy people, and gut conditions.',
    query: CONDITIONS,
    field: 'conditions',
    filters: [{ param: 'kind', label: 'Kind', options: opt(['SKIN_CONDITION', 'SKIN_OUTCOME', 'GUT_CONDITION', 'INFECTION', 'OTHER']) }],
    variables(p) {
      const k = p.get('kind');
      return { filter: k ? { conditionKind: k } : null };
    },
    headers: ['Condition', 'Kind', 'A form of', 'Also called'],
    row: (c: { id: string; name: string; conditionKind: string; synonyms: string[]; subtypeOf: { id: string; name: string } | null }) => [
      entityLink(c.id, c.name, 'CONDITION'),
      humanize(c.conditionKind),
      c.subtypeOf ? entityLink(c.subtypeOf.id, c.subtypeOf.name, 'CONDITION') : '—',
      names(c.synonyms) ?? '—',
    ],
  },
  factors: {
    title: 'Factors',
    intro: 'Diet, lifestyle, medication and other factors that may disturb or support the gut–skin axis.',
    query: FACTORS,
    field: 'factors',
    filters: [{ param: 'kind', label: 'Kind', options: opt(['DIET', 'LIFESTYLE', 'MEDICATION', 'ILLNESS', 'SKINCARE', 'TOPICAL_ACTIVE', 'SUPPLEMENT']) }],
    variables(p) {
      const k = p.get('kind');
      return { filter: k ? { factorKind: k } : null };
    },
    headers: ['Factor', 'Kind', 'Also called'],
    row: (f: { id: string; name: string; factorKind: string; synonyms: string[] }) => [entityLink(f.id, f.name, 'FACTOR'), humanize(f.factorKind), names(f.synonyms) ?? '—'],
  },
};

function filterForm(ctx: PageContext, list: string, cfg: ListConfig): Child {
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
    form.appendChild(
      h(
        'div',
        { class: 'inline-field' },
        h('label', { for: id }, f.label),
        h(
          'select',
          { id, name: f.param, onchange: apply },
          isOrder ? null : h('option', { value: '' }, 'Any'),
          f.options.map(([v, label]) => h('option', { value: v, selected: current === v }, label)),
        ),
      ),
    );
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    apply();
  });
  return form;
}

export async function listPage(ctx: PageContext, list: string): Promise<void> {
  if (list === 'sources') return sourcesPage(ctx);
  const cfg = LISTS[list];
  ctx.setTitle(cfg.title);
  const countLine = h('p', { class: 'muted count-line', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'btn load-more', hidden: true }, 'Load more');
  const status = h('div', { class: 'list-status' }, loading());
  const tableEl = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'table stack list-table' },
      h('caption', { class: 'visually-hidden' }, cfg.title),
      h('thead', null, h('tr', null, cfg.headers.map((t) => h('th', { scope: 'col' }, t)))),
      tbody,
    ),
  );
  replace(
    ctx.main,
    h(
      'div',
      { class: 'list-page' },
      h('h1', { tabindex: '-1' }, cfg.title),
      h('p', { class: 'lead' }, cfg.intro),
      cfg.extra?.(ctx),
      filterForm(ctx, list, cfg),
      countLine,
      tableEl,
      status,
      h('p', { class: 'more' }, more),
    ),
  );

  const vars = cfg.variables(ctx.params);
  let after: string | null = null;
  let shown = 0;
  const loadPage = async () => {
    more.disabled = true;
    replace(status, loading());
    try {
      const data = await gql<Record<string, Connection<unknown>>>(cfg.query, { ...vars, first: PAGE_SIZE, after }, ctx.signal);
      if (!ctx.current()) return;
      const conn = data[cfg.field];
      const firstRowIndex = shown;
      for (const node of conn.nodes) {
        const cells = cfg.row(node);
        tbody.appendChild(h('tr', null, cells.map((c, i) => h('td', { 'data-label': cfg.headers[i] }, c))));
      }
      shown += conn.nodes.length;
      after = conn.pageInfo.endCursor;
      countLine.textContent = conn.totalCount ? `Showing ${shown} of ${conn.totalCount}` : '';
      status.replaceChildren();
      if (shown === 0) status.appendChild(empty('Nothing matches these filters.'));
      tableEl.hidden = shown === 0;
      more.hidden = !conn.pageInfo.hasNextPage;
      more.disabled = false;
      // After "Load more", move the focus to the first new row's link for keyboard readers.
      if (firstRowIndex > 0) tbody.rows[firstRowIndex]?.querySelector<HTMLElement>('a')?.focus();
    } catch (err) {
      if ((err as Error).name === 'AbortError' || !ctx.current()) return;
      replace(status, errorBox(err, () => void loadPage()));
      more.disabled = false;
    }
  };
  more.addEventListener('click', () => void loadPage());
  await loadPage();
}

async function sourcesPage(ctx: PageContext): Promise<void> {
  ctx.setTitle('Sources');
  const body = h('div', null, loading());
  replace(ctx.main, h('div', { class: 'list-page' }, h('h1', { tabindex: '-1' }, 'Sources'), h('p', { class: 'lead' }, 'The documents the knowledge graph was built from. Every entity and relationship records where in them it is stated.'), body));
  try {
    const data = await gql<{ sources: { id: string; title: string; publisher: string | null; documentKind: string; description: string }[] }>(SOURCES, {}, ctx.signal);
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
