// Side by side: /explore/compare?ids=<id>,<id>,... (up to six studies or claims). One column per
// item, one row per attribute, and the same table as a CSV file to download. Loaded on demand.
import { gql } from '../api';
import { h, joinWith, replace, type Child } from '../dom';
import { MATURITY, authorList, authorDisplay, humanize, type PersonName, type EntityRef, type Maturity } from '../model';
import type { PageContext } from '../page';
import { listHref } from '../router';
import { MAX_COMPARE, compareHref } from '../table';
import { effectText, empty, entityLink, entityLinks, errorBox, findingValues, loading, maturityBadge, sampleSizeOf, studyLink, type FindingValues } from '../ui';

import COMPARE from '../../queries/compare.graphql?raw';
import { plural } from '../cite';

interface StudyItem {
  id: string;
  kind: 'STUDY';
  label: string;
  title: string;
  authorNames: PersonName[];
  year: number;
  journal: string | null;
  doi: string | null;
  link: string | null;
  design: string;
  population: string | null;
  sampleSize: number | null;
  duration: string | null;
  strains: EntityRef[];
  topics: EntityRef[];
  findings: FindingValues[];
}

interface ClaimItem {
  id: string;
  kind: 'CLAIM';
  label: string;
  statement: string;
  maturity: Maturity;
  maturityBasis: string;
  claimKind: string;
  assessment: string;
  source: { id: string; title: string };
  section: string;
  subjects: EntityRef[];
  evidenceSummary: { total: number; supports: number; qualifies: number; contradicts: number };
}

type Item = StudyItem | ClaimItem;

interface Attribute<T> {
  label: string;
  /** Plain text, for the CSV file. */
  text(item: T): string;
  cell(item: T): Child;
}

const none = () => h('span', { class: 'muted' }, 'not given');
const orNone = (v: Child) => (v === null || v === undefined || v === '' ? none() : v);

/** A finding's numbers as one line of text. */
function findingText(f: FindingValues): string {
  const parts = [`${f.measure ?? ''}: ${effectText(f.effect)}`];
  if (f.value !== null && f.value !== undefined) parts.push(`value ${f.value}${f.unit ?? ''}`);
  if (f.effectSize !== null && f.effectSize !== undefined) parts.push(`effect size ${f.effectSize}`);
  if (f.pValue !== null && f.pValue !== undefined) parts.push(`p ${f.pValue}`);
  if (f.heterogeneityI2 !== null && f.heterogeneityI2 !== undefined) parts.push(`I² ${f.heterogeneityI2}%`);
  if (f.timepoint) parts.push(`at ${f.timepoint}`);
  if (f.significant !== null) parts.push(f.significant ? 'significant' : 'not significant');
  return parts.join('; ');
}

const STUDY_ATTRS: Attribute<StudyItem>[] = [
  { label: 'Study', text: (s) => s.title, cell: (s) => entityLink(s.id, s.title, 'STUDY') },
  { label: 'Authors', text: (s) => authorDisplay(s).join(', '), cell: (s) => orNone(authorList(authorDisplay(s))) },
  { label: 'Year', text: (s) => String(s.year), cell: (s) => s.year },
  { label: 'Journal', text: (s) => s.journal ?? '', cell: (s) => orNone(s.journal) },
  { label: 'Design', text: (s) => humanize(s.design), cell: (s) => humanize(s.design) },
  { label: 'Population', text: (s) => s.population ?? '', cell: (s) => orNone(s.population) },
  {
    label: 'Sample size',
    text: (s) => {
      const { n, pooled } = sampleSizeOf(s);
      return n === null ? '' : `${n}${pooled ? ' (pooled)' : ''}`;
    },
    cell: (s) => {
      const { n, pooled } = sampleSizeOf(s);
      return n === null ? none() : `${n.toLocaleString('en')}${pooled ? ' (pooled)' : ''}`;
    },
  },
  { label: 'Duration', text: (s) => s.duration ?? '', cell: (s) => orNone(s.duration) },
  { label: 'Strains', text: (s) => s.strains.map((x) => x.label).join('; '), cell: (s) => entityLinks(s.strains) },
  {
    label: 'Conditions',
    text: (s) => s.topics.filter((x) => x.kind === 'CONDITION').map((x) => x.label).join('; '),
    cell: (s) => entityLinks(s.topics.filter((x) => x.kind === 'CONDITION')),
  },
  { label: 'Outcomes, effects and significance', text: (s) => s.findings.map(findingText).join(' | '), cell: (s) => (s.findings.length ? s.findings.map(findingValues) : none()) },
  { label: 'DOI or link', text: (s) => s.link ?? '', cell: (s) => studyLink(s) },
];

const CLAIM_ATTRS: Attribute<ClaimItem>[] = [
  { label: 'Claim', text: (c) => c.statement, cell: (c) => entityLink(c.id, c.statement, 'CLAIM') },
  { label: 'Evidence maturity', text: (c) => MATURITY[c.maturity]?.label ?? c.maturity, cell: (c) => maturityBadge(c.maturity) },
  { label: 'Graded', text: (c) => (c.maturityBasis === 'GRADED_BY_SOURCE' ? 'by the source' : 'assessed'), cell: (c) => (c.maturityBasis === 'GRADED_BY_SOURCE' ? 'By the source document' : 'Assessed from the source') },
  { label: 'Kind', text: (c) => humanize(c.claimKind), cell: (c) => humanize(c.claimKind) },
  { label: 'Studies', text: (c) => String(c.evidenceSummary.total), cell: (c) => c.evidenceSummary.total },
  { label: 'Support', text: (c) => String(c.evidenceSummary.supports), cell: (c) => c.evidenceSummary.supports },
  { label: 'Qualify', text: (c) => String(c.evidenceSummary.qualifies), cell: (c) => c.evidenceSummary.qualifies },
  { label: 'Contradict', text: (c) => String(c.evidenceSummary.contradicts), cell: (c) => c.evidenceSummary.contradicts },
  { label: 'About', text: (c) => c.subjects.map((x) => x.label).join('; '), cell: (c) => entityLinks(c.subjects) },
  { label: 'Source', text: (c) => `${c.source.title}, ${c.section}`, cell: (c) => [entityLink(c.source.id, c.source.title, 'SOURCE'), h('span', { class: 'sub' }, c.section)] },
  { label: 'Assessment', text: (c) => c.assessment, cell: (c) => h('span', { class: 'prose-cell' }, c.assessment) },
];

/** One field of a CSV file (RFC 4180 quoting). */
function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV<T extends { id: string }>(items: T[], attrs: Attribute<T>[]): string {
  const lines = [['Attribute', ...items.map((i) => i.id)], ...attrs.map((a) => [a.label, ...items.map((i) => a.text(i))])];
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function comparison<T extends Item>(items: T[], attrs: Attribute<T>[], noun: string, allIds: string[]): HTMLElement {
  const csv = toCSV(items, attrs);
  const url = URL.createObjectURL(new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }));
  const remove = (id: string) => compareHref(allIds.filter((x) => x !== id));
  return h(
    'section',
    { class: 'section compare', 'aria-label': `Comparison of ${items.length} ${noun}` },
    h('p', { class: 'compare-actions' }, h('a', { href: url, download: `compare-${noun}.csv`, class: 'btn btn-small', 'data-csv': 'true' }, `Download CSV (${plural(items.length, noun.replace(/s$/, ''), noun)})`)),
    h(
      'div',
      { class: 'table-wrap compare-wrap' },
      h(
        'table',
        { class: 'table compare-table' },
        h('caption', { class: 'visually-hidden' }, `${items.length} ${noun} side by side`),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Attribute')),
            items.map((it, i) =>
              h('th', { scope: 'col' }, `${i + 1}. `, it.label.length > 60 ? `${it.label.slice(0, 58)}…` : it.label, ' ', h('a', { href: remove(it.id), class: 'compare-remove', 'aria-label': `Remove “${it.label}” from the comparison` }, 'remove')),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          attrs.map((a) => h('tr', null, h('th', { scope: 'row' }, a.label), items.map((it) => h('td', null, a.cell(it))))),
        ),
      ),
    ),
  );
}

export async function comparePage(ctx: PageContext): Promise<void> {
  const all = (ctx.params.get('ids') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ids = [...new Set(all)].slice(0, MAX_COMPARE);
  ctx.setTitle('Compare');
  const body = h('div', null, loading('Loading the comparison…'));
  replace(
    ctx.main,
    h(
      'div',
      { class: 'compare-page' },
      h('h1', { tabindex: '-1' }, 'Compare'),
      h('p', { class: 'lead' }, 'Studies or claims side by side. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.'),
      body,
    ),
  );
  if (ids.length === 0) {
    replace(body, empty('Nothing chosen to compare yet.'), h('p', null, 'Start from ', h('a', { href: listHref('studies') }, 'the studies'), ' or ', h('a', { href: listHref('claims') }, 'the claims'), '.'));
    return;
  }
  try {
    const data = await gql<{ nodes: (Item | { id: string } | null)[] }>(COMPARE, { ids }, ctx.signal);
    if (!ctx.current()) return;
    const found = data.nodes.filter((n): n is Item => !!n && 'kind' in n && (n.kind === 'STUDY' || n.kind === 'CLAIM'));
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    const studies = found.filter((n): n is StudyItem => n.kind === 'STUDY');
    const claims = found.filter((n): n is ClaimItem => n.kind === 'CLAIM');
    const heading = [studies.length ? `${studies.length} ${studies.length === 1 ? 'study' : 'studies'}` : null, claims.length ? `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}` : null].filter(Boolean).join(' and ');
    ctx.setTitle(`Compare ${heading}`);
    ctx.main.querySelector('h1')!.textContent = heading ? `Compare ${heading}` : 'Compare';
    replace(
      body,
      all.length > MAX_COMPARE ? h('p', { class: 'muted' }, `Only the first ${MAX_COMPARE} of the ${all.length} items in the address are shown.`) : null,
      missing.length ? h('p', { class: 'error', role: 'alert' }, 'Not found, so left out: ', joinWith(missing.map((m) => h('code', null, m))), '. Only studies and claims can be compared.') : null,
      studies.length ? comparison(studies, STUDY_ATTRS, 'studies', ids) : null,
      claims.length ? comparison(claims, CLAIM_ATTRS, 'claims', ids) : null,
      !found.length ? empty('None of these can be compared.') : null,
    );
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(body, errorBox(err, () => void comparePage(ctx)));
  }
}
