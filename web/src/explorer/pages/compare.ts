// Side by side: /explore/compare?ids=<id>,<id>,... (up to six entities of any kind). One table
// per kind, one column per item, one row per attribute of that kind, and each table as a CSV
// file to download. Loaded on demand.
import { gql } from '../api';
import { h, joinWith, replace, type Child } from '../dom';
import { MATURITY, MATURITY_ORDER, authorList, authorDisplay, humanize, verb, type EntityRef, type NodeKind } from '../model';
import type { PageContext } from '../page';
import { listHref } from '../router';
import { MAX_COMPARE, compareHref } from '../table';
import { effectSizeText, effectText, empty, entityLink, entityLinks, errorBox, findingValues, loading, maturityBadge, sampleSizeOf, studyLink, type FindingValues } from '../ui';

import { plural } from '../cite';
import { CompareDocument as COMPARE, type CompareQuery, type CompareRelationFragment } from '../../generated/graphql';

/** One entity of the answer; each kind is told apart by a field only its selection has. */
type CompareNode = NonNullable<CompareQuery['nodes'][number]>;
type ItemOf<K extends NodeKind, Field extends string> = Extract<CompareNode, Record<Field, unknown>> & { kind: K };
type StudyItem = ItemOf<'STUDY', 'doi'>;
type ClaimItem = ItemOf<'CLAIM', 'statement'>;
type StrainItem = ItemOf<'STRAIN', 'strainKind'>;
type SpeciesItem = ItemOf<'SPECIES', 'speciesKind'>;
type MechanismItem = ItemOf<'MECHANISM', 'category'>;
type ConditionItem = ItemOf<'CONDITION', 'conditionKind'>;
type FactorItem = ItemOf<'FACTOR', 'factorKind'>;
type FindingItem = ItemOf<'FINDING', 'measures'>;
type SourceItem = ItemOf<'SOURCE', 'documentKind'>;
type CompareRelation = CompareRelationFragment;
/** The claims an entity has, each with its grade (every kind's selection asks the same). */
type Graded = StrainItem['claims'][number];

type Item = StudyItem | ClaimItem | StrainItem | SpeciesItem | MechanismItem | ConditionItem | FactorItem | FindingItem | SourceItem;

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
  const es = effectSizeText(f);
  if (es) parts.push(es.text);
  if (f.pValue !== null && f.pValue !== undefined) parts.push(`p ${f.pValue}`);
  if (f.heterogeneityI2 !== null && f.heterogeneityI2 !== undefined) parts.push(`I² ${f.heterogeneityI2}%`);
  if (f.timepoint) parts.push(`at ${f.timepoint}`);
  if (f.significant !== null) parts.push(f.significant ? 'significant' : 'not significant');
  return parts.join('; ');
}

/** A row of a value from a fixed set (a kind, a category), in words: in the table as in the file. */
function enumRow<T>(label: string, value: (item: T) => string): Attribute<T> {
  return { label, text: (x) => humanize(value(x)), cell: (x) => humanize(value(x)) };
}

const STUDY_ATTRS: Attribute<StudyItem>[] = [
  { label: 'Study', text: (s) => s.title, cell: (s) => entityLink(s.id, s.title, 'STUDY') },
  { label: 'Authors', text: (s) => authorDisplay(s).join(', '), cell: (s) => orNone(authorList(authorDisplay(s))) },
  { label: 'Year', text: (s) => String(s.year), cell: (s) => s.year },
  { label: 'Journal', text: (s) => s.journal ?? '', cell: (s) => orNone(s.journal) },
  enumRow('Design', (s) => s.design),
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
  enumRow('Kind', (c) => c.claimKind),
  { label: 'Studies', text: (c) => String(c.evidenceSummary.total), cell: (c) => c.evidenceSummary.total },
  { label: 'Support', text: (c) => String(c.evidenceSummary.supports), cell: (c) => c.evidenceSummary.supports },
  { label: 'Qualify', text: (c) => String(c.evidenceSummary.qualifies), cell: (c) => c.evidenceSummary.qualifies },
  { label: 'Contradict', text: (c) => String(c.evidenceSummary.contradicts), cell: (c) => c.evidenceSummary.contradicts },
  { label: 'About', text: (c) => c.subjects.map((x) => x.label).join('; '), cell: (c) => entityLinks(c.subjects) },
  { label: 'Source', text: (c) => `${c.source.title}, ${c.section}`, cell: (c) => [entityLink(c.source.id, c.source.title, 'SOURCE'), h('span', { class: 'sub' }, c.section)] },
  { label: 'Assessment', text: (c) => c.assessment, cell: (c) => h('span', { class: 'prose-cell' }, c.assessment) },
];

/** Relationships seen from one end: "verb → other end" (or "← verb" for incoming), with effect and grade. */
function relationsText(rels: CompareRelation[], selfId: string): string {
  return rels.map((r) => (r.from.id === selfId ? `${verb(r.kind)} ${r.to.label}` : `${r.from.label} ${verb(r.kind)}`) + (r.effect ? ` (${effectText(r.effect)})` : '')).join('; ');
}

function relationsCell(rels: CompareRelation[], selfId: string): Child {
  if (!rels.length) return h('span', { class: 'muted' }, 'none recorded');
  return h(
    'ul',
    { class: 'plain compare-rels' },
    rels.map((r) => {
      const out = r.from.id === selfId;
      const other = out ? r.to : r.from;
      return h('li', null, h('span', { class: 'sub' }, out ? `${verb(r.kind)} →` : `← ${verb(r.kind)}`), ' ', entityLink(other.id, other.label, other.kind), r.effect ? h('span', { class: 'sub' }, effectText(r.effect)) : null, r.maturity ? [' ', maturityBadge(r.maturity)] : null);
    }),
  );
}

/** How many claims, and the strongest grade among them. */
function claimsText(cs: Graded[]): string {
  if (!cs.length) return '0';
  const best = [...cs].sort((a, b) => MATURITY_ORDER.indexOf(a.maturity) - MATURITY_ORDER.indexOf(b.maturity))[0];
  return `${cs.length} (strongest: ${MATURITY[best.maturity]?.label.toLowerCase() ?? best.maturity})`;
}

function claimsCell(cs: Graded[]): Child {
  if (!cs.length) return h('span', { class: 'muted' }, 'none');
  const best = [...cs].sort((a, b) => MATURITY_ORDER.indexOf(a.maturity) - MATURITY_ORDER.indexOf(b.maturity))[0];
  return [plural(cs.length, 'claim', 'claims'), ', strongest ', maturityBadge(best.maturity)];
}

function studiesText(ss: { design: string }[]): string {
  if (!ss.length) return '0';
  const byDesign = new Map<string, number>();
  for (const s of ss) byDesign.set(s.design, (byDesign.get(s.design) ?? 0) + 1);
  const designs = [...byDesign].map(([d, n]) => `${n} ${humanize(d).toLowerCase()}`).join(', ');
  return byDesign.size === 1 ? designs : `${plural(ss.length, 'study', 'studies')}: ${designs}`;
}

const refText = (e: EntityRef | null) => e?.label ?? '';
const refCell = (e: EntityRef | null) => (e ? entityLink(e.id, e.label, e.kind) : none());
const linksText = (xs: EntityRef[]) => xs.map((x) => x.label).join('; ');
const linksCell = (xs: EntityRef[]) => (xs.length ? entityLinks(xs) : h('span', { class: 'muted' }, 'none'));
const prose = (s: string) => h('span', { class: 'prose-cell' }, s);

function nameRow<T extends { id: string; label: string; kind: NodeKind }>(title: string): Attribute<T> {
  return { label: title, text: (x) => x.label, cell: (x) => entityLink(x.id, x.label, x.kind) };
}

/** A row of the relationships an item has on one side. */
function relationsRow<T extends { id: string }>(label: string, rels: (item: T) => CompareRelation[]): Attribute<T> {
  return { label, text: (x) => relationsText(rels(x), x.id), cell: (x) => relationsCell(rels(x), x.id) };
}

/** A row of links to other entities ("none" when there are none). */
function linksRow<T>(label: string, links: (item: T) => EntityRef[]): Attribute<T> {
  return { label, text: (x) => linksText(links(x)), cell: (x) => linksCell(links(x)) };
}

function studiesRow<T extends { studies: { design: string }[] }>(): Attribute<T> {
  return { label: 'Studies', text: (x) => studiesText(x.studies), cell: (x) => studiesText(x.studies) };
}

function claimsRow<T extends { claims: Graded[] }>(label: string): Attribute<T> {
  return { label, text: (x) => claimsText(x.claims), cell: (x) => claimsCell(x.claims) };
}

function descriptionRow<T extends { description: string }>(): Attribute<T> {
  return { label: 'Description', text: (x) => x.description, cell: (x) => prose(x.description) };
}

const STRAIN_ATTRS: Attribute<StrainItem>[] = [
  nameRow('Strain'),
  enumRow('Kind', (s) => s.strainKind),
  { label: 'Species', text: (s) => refText(s.species), cell: (s) => refCell(s.species) },
  relationsRow('Mechanisms it acts on', (s) => s.mechanisms),
  studiesRow(),
  claimsRow('Claims about it'),
  descriptionRow(),
];

const SPECIES_ATTRS: Attribute<SpeciesItem>[] = [
  nameRow('Species'),
  enumRow('Kind', (s) => s.speciesKind),
  linksRow('Strains', (s) => s.strains),
  relationsRow('Relationships', (s) => s.relations),
  descriptionRow(),
];

const MECHANISM_ATTRS: Attribute<MechanismItem>[] = [
  nameRow('Mechanism'),
  enumRow('Category', (m) => m.category),
  relationsRow('Acts on', (m) => m.influences),
  relationsRow('Acted on by', (m) => m.influencedBy),
  studiesRow(),
  claimsRow('Claims about it'),
  descriptionRow(),
];

const CONDITION_ATTRS: Attribute<ConditionItem>[] = [
  nameRow('Condition'),
  enumRow('Kind', (c) => c.conditionKind),
  { label: 'A form of', text: (c) => refText(c.subtypeOf), cell: (c) => (c.subtypeOf ? refCell(c.subtypeOf) : h('span', { class: 'muted' }, 'none')) },
  linksRow('Narrower forms', (c) => c.subtypes),
  relationsRow('Acted on by', (c) => c.influencedBy),
  studiesRow(),
  { label: 'Findings', text: (c) => String(c.findings.length), cell: (c) => plural(c.findings.length, 'finding', 'findings') },
  claimsRow('Claims about it'),
  descriptionRow(),
];

const FACTOR_ATTRS: Attribute<FactorItem>[] = [nameRow('Factor'), enumRow('Kind', (f) => f.factorKind), relationsRow('Acts on', (f) => f.affects), claimsRow('Claims about it'), descriptionRow()];

const FINDING_ATTRS: Attribute<FindingItem>[] = [
  nameRow('Finding'),
  { label: 'Study', text: (f) => f.study.label, cell: (f) => refCell(f.study) },
  linksRow('About', (f) => f.measures),
  { label: 'Result and statistics', text: (f) => findingText(f), cell: (f) => findingValues(f) },
];

const SOURCE_ATTRS: Attribute<SourceItem>[] = [
  nameRow('Source'),
  enumRow('Kind of document', (s) => s.documentKind),
  { label: 'Publisher', text: (s) => s.publisher ?? '', cell: (s) => orNone(s.publisher) },
  { label: 'Authors', text: (s) => s.authors.join('; '), cell: (s) => (s.authors.length ? s.authors.join(', ') : none()) },
  { label: 'Citations', text: (s) => String(s.citations.length), cell: (s) => plural(s.citations.length, 'citation', 'citations') },
  claimsRow('Claims it makes'),
];

/** Per kind: its rows and its noun (singular, plural) for headings and file names. */
const BY_KIND: { kind: NodeKind; attrs: Attribute<never>[]; one: string; many: string }[] = [
  { kind: 'STUDY', attrs: STUDY_ATTRS as Attribute<never>[], one: 'study', many: 'studies' },
  { kind: 'CLAIM', attrs: CLAIM_ATTRS as Attribute<never>[], one: 'claim', many: 'claims' },
  { kind: 'STRAIN', attrs: STRAIN_ATTRS as Attribute<never>[], one: 'strain', many: 'strains' },
  { kind: 'SPECIES', attrs: SPECIES_ATTRS as Attribute<never>[], one: 'species', many: 'species' },
  { kind: 'MECHANISM', attrs: MECHANISM_ATTRS as Attribute<never>[], one: 'mechanism', many: 'mechanisms' },
  { kind: 'CONDITION', attrs: CONDITION_ATTRS as Attribute<never>[], one: 'condition', many: 'conditions' },
  { kind: 'FACTOR', attrs: FACTOR_ATTRS as Attribute<never>[], one: 'factor', many: 'factors' },
  { kind: 'FINDING', attrs: FINDING_ATTRS as Attribute<never>[], one: 'finding', many: 'findings' },
  { kind: 'SOURCE', attrs: SOURCE_ATTRS as Attribute<never>[], one: 'source', many: 'sources' },
];

/** One field of a CSV file (RFC 4180 quoting). */
function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCSV<T extends { id: string }>(items: T[], attrs: Attribute<T>[]): string {
  const lines = [['Attribute', ...items.map((i) => i.id)], ...attrs.map((a) => [a.label, ...items.map((i) => a.text(i))])];
  return lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function comparison<T extends Item>(items: T[], attrs: Attribute<T>[], one: string, noun: string, allIds: string[]): HTMLElement {
  const csv = toCSV(items, attrs);
  const url = URL.createObjectURL(new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' }));
  const remove = (id: string) => compareHref(allIds.filter((x) => x !== id));
  return h(
    'section',
    { class: 'section compare', 'aria-label': `Comparison of ${items.length} ${noun}` },
    h('p', { class: 'compare-actions' }, h('a', { href: url, download: `compare-${noun}.csv`, class: 'btn btn-small', 'data-csv': 'true' }, `Download CSV (${plural(items.length, one, noun)})`)),
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
      h('p', { class: 'lead' }, 'Entities side by side: studies, claims, strains or any other kind. Tick up to six rows in any table of studies or claims, then choose “Compare selected”; this page’s address keeps the choice, so it can be shared.'),
      body,
    ),
  );
  if (ids.length === 0) {
    replace(body, empty('Nothing chosen to compare yet.'), h('p', null, 'Start from ', h('a', { href: listHref('studies') }, 'the studies'), ' or ', h('a', { href: listHref('claims') }, 'the claims'), '.'));
    return;
  }
  try {
    const data = await gql(COMPARE, { ids }, ctx.signal);
    if (!ctx.current()) return;
    const found = data.nodes.filter((n): n is Item => !!n && 'kind' in n && BY_KIND.some((k) => k.kind === n.kind));
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    const groups = BY_KIND.map((k) => ({ ...k, items: found.filter((n) => n.kind === k.kind) })).filter((g) => g.items.length);
    const counts = groups.map((g) => plural(g.items.length, g.one, g.many));
    const heading = counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}` : (counts[0] ?? '');
    ctx.setTitle(`Compare ${heading}`);
    ctx.main.querySelector('h1')!.textContent = heading ? `Compare ${heading}` : 'Compare';
    replace(
      body,
      all.length > MAX_COMPARE ? h('p', { class: 'muted' }, `Only the first ${MAX_COMPARE} of the ${all.length} items in the address are shown.`) : null,
      missing.length ? h('p', { class: 'error', role: 'alert' }, 'Not found, so left out: ', joinWith(missing.map((m) => h('code', null, m))), '. The graph has nothing with ', missing.length === 1 ? 'this id.' : 'these ids.') : null,
      groups.length > 1 ? h('p', { class: 'muted' }, 'Each kind is compared in a table of its own, as each has rows of its own.') : null,
      groups.map((g) => comparison(g.items, g.attrs as Attribute<Item>[], g.one, g.many, ids)),
      !found.length ? empty('None of these can be compared.') : null,
    );
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(body, errorBox(err, () => void comparePage(ctx)));
  }
}
