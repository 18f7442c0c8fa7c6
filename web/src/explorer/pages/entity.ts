// The page of one entity: /explore/<kind>/<id>. Each kind has its own query
// (src/queries/<kind>.graphql) and layout; all show the graph neighbourhood and provenance.
import { GraphQLError, gql } from '../api';
import { h, joinWith, replace, type Child } from '../dom';
import type { GraphEdge, GraphView } from '../graph';
import {
  CLAIM_KIND,
  KINDS,
  MATURITY,
  authorList,
  authorDisplay,
  humanize,
  kindFromSlug,
  kindOfId,
  type EntityRef,
  type NodeKind,
  type Provenance,
  type Stance,
  type StudyRow,
} from '../model';
import type { PageContext } from '../page';
import { entityHref, navigate, pathwaysHref } from '../router';
import { kindBadge } from '../search';
import {
  STANCE_RANK,
  claimKindBadge,
  claimTable,
  effectText,
  empty,
  entityChip,
  entityLink,
  entityLinks,
  errorBox,
  facts,
  findingValues,
  findingsCell,
  loading,
  maturityBadge,
  names,
  notFoundView,
  effectSizeText,
  onwardFor,
  provenanceSection,
  relationTable,
  sampleSizeCell,
  sampleSizeOf,
  section,
  positionBadge,
  stanceBadge,
  studyFacets,
  studyLink,
  studyTable,
  table,
  type FindingValues,
  type PositionKind,
  type StudyTableRow,
} from '../ui';
import { dataTable } from '../table';
import { watchEntity } from '../live';
import { curatorHook, retiredHook } from '../curator/hook';
import { STANCE } from '../model';
import { bibliographyControl, citeBox, plural } from '../cite';
import { ClaimDocument as CLAIM, ConditionDocument as CONDITION, EvidenceStancesDocument as EVIDENCE_STANCES, FactorDocument as FACTOR, FindingDocument as FINDING, LiveVersionDocument as LIVE_VERSION, MechanismDocument as MECHANISM, NeighbourhoodDocument as NEIGHBOURHOOD, SourceDocument as SOURCE, SpeciesDocument as SPECIES, StrainDocument as STRAIN, StudyDocument as STUDY,
  type ClaimQuery,
  type ConditionQuery,
  type FactorQuery,
  type FindingQuery,
  type MechanismQuery,
  type SourceQuery,
  type SpeciesQuery,
  type StrainQuery,
  type StudyQuery,
} from '../../generated/graphql';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';


interface Base extends EntityRef {
  provenance: Provenance[];
}

/** What a kind's renderer returns. */
interface Rendered {
  /** The page heading. */
  title: string;
  /** Lines under the heading (badges, subtitles). */
  lead: Child[];
  body: Child[];
}

/** How a kind's page reads its entity (its query, and the field of the answer that holds it) and draws it. */
interface KindPage {
  load(id: string, signal: AbortSignal): Promise<{ entity: Base; render: () => Rendered } | null>;
}

/** A kind's page from its typed query: the renderer gets exactly the type the query answers. */
function kindPage<R, K extends keyof R>(query: DocumentTypeDecoration<R, { id: string }>, field: K, render: (e: NonNullable<R[K]> & Base) => Rendered): KindPage {
  return {
    async load(id, signal) {
      const entity = (await gql(query, { id }, signal))[field] as (NonNullable<R[K]> & Base) | null;
      return entity ? { entity, render: () => render(entity) } : null;
    },
  };
}

const significance = (s: boolean | null | undefined) => (s === true ? 'significant' : s === false ? 'not significant' : null);

function findingsList(findings: (FindingValues & { study?: { id: string; title: string; year: number } })[], withStudy = false): HTMLElement {
  if (!findings.length) return empty('No findings recorded.');
  return h(
    'ul',
    { class: 'findings' },
    findings.map((f) => h('li', null, findingValues(f), withStudy && f.study ? h('span', { class: 'sub' }, 'Reported by ', entityLink(f.study.id, `${f.study.title} (${f.study.year})`, 'STUDY')) : null)),
  );
}

function para(text: string | null | undefined): Child {
  return text ? h('p', { class: 'prose' }, text) : null;
}

// ---------------------------------------------------------------------------------------

type ClaimData = NonNullable<ClaimQuery['claim']>;

/** Where each source document stands on the proposition, with the sections where it says so. */
function positionsSection(c: ClaimData): HTMLElement {
  return section(
    'Where the sources stand',
    'positions',
    c.disputed ? h('p', { class: 'disputed-note' }, 'The sources take different positions on this proposition.') : null,
    h(
      'ul',
      { class: 'positions-list' },
      c.positions.map((p) =>
        h(
          'li',
          { class: `position-item position-item-${p.position.toLowerCase()}` },
          positionBadge(p.position),
          ' ',
          entityLink(p.source.id, p.source.title, 'SOURCE'),
          h('p', { class: 'position-note' }, p.note),
          h('span', { class: 'sub' }, joinWith(p.provenance.map((pr) => (pr.citations.length ? `${pr.section} [${pr.citations.join(', ')}]` : pr.section)), ' · ')),
        ),
      ),
    ),
  );
}

type EvidenceRow = ClaimData['evidence'][number];

/** The studies behind a claim: sortable, filterable, findings as values. */
function evidenceTable(evidence: EvidenceRow[], caption: string): HTMLElement {
  return dataTable<EvidenceRow>({
    caption,
    noun: ['study', 'studies'],
    columns: [
      {
        key: 'study',
        label: 'Study',
        sort: (e) => e.study.title,
        cell: (e) => [entityLink(e.study.id, e.study.title, 'STUDY'), h('span', { class: 'sub' }, authorList(authorDisplay(e.study))), e.note ? h('span', { class: 'note' }, e.note) : null],
      },
      { key: 'stance', label: 'Stance', sort: (e) => STANCE_RANK[e.stance], cell: (e) => stanceBadge(e.stance) },
      { key: 'design', label: 'Design', sort: (e) => humanize(e.study.design), cell: (e) => humanize(e.study.design) },
      { key: 'n', label: 'Sample size', numeric: true, sort: (e) => sampleSizeOf(e.study).n, cell: (e) => sampleSizeCell(e.study) },
      { key: 'year', label: 'Year', numeric: true, sort: (e) => e.study.year, cell: (e) => e.study.year },
      { key: 'strains', label: 'Strains', cell: (e) => entityLinks(e.study.strains ?? []) },
      { key: 'findings', label: 'Findings', cell: (e) => findingsCell(e.study.findings), cls: 'col-findings' },
      { key: 'doi', label: 'DOI', cell: (e) => studyLink(e.study) },
    ],
    rows: evidence,
    text: (e) =>
      [e.study.title, authorDisplay(e.study).join(' '), e.stance, STANCE[e.stance], e.note, humanize(e.study.design), e.study.year, ...(e.study.strains ?? []).map((x) => x.label), ...(e.study.topics ?? []).map((x) => x.label), ...e.study.findings.map((f) => `${f.measure} ${f.summary}`)].join(' '),
    facets: [{ key: 'stance', label: 'Stance', values: (e) => [e.stance], labelOf: (v) => STANCE[v as Stance] ?? v }, ...studyFacets<EvidenceRow>((e) => e.study)],
    initialSort: { key: 'stance', descending: false },
    compareId: (e) => e.study.id,
    rowLabel: (e) => e.study.title,
    cls: 'evidence-table',
  }).element;
}

/** Contradicting and qualifying evidence, each with what the study says against the claim. */
function againstSection(c: ClaimData): HTMLElement {
  const against = c.evidence.filter((e) => e.stance !== 'SUPPORTS').sort((a, b) => STANCE_RANK[b.stance] - STANCE_RANK[a.stance] || b.study.year - a.study.year);
  const s = c.evidenceSummary;
  return section(
    'What goes against this?',
    'against',
    against.length
      ? [
          h('p', null, `${s.contradicts} ${s.contradicts === 1 ? 'study contradicts' : 'studies contradict'} this claim and ${s.qualifies} ${s.qualifies === 1 ? 'qualifies' : 'qualify'} it (limits it, or supports it only in part).`),
          h(
            'ul',
            { class: 'against-list' },
            against.map((e) =>
              h(
                'li',
                { class: `against-${e.stance.toLowerCase()}` },
                stanceBadge(e.stance),
                ' ',
                entityLink(e.study.id, `${e.study.title} (${e.study.year})`, 'STUDY'),
                h('span', { class: 'sub' }, humanize(e.study.design)),
                e.note ? h('p', { class: 'against-note' }, e.note) : null,
              ),
            ),
          ),
        ]
      : empty(s.total ? 'No linked study contradicts or qualifies this claim. That does not make it true: see its grade and the studies above.' : 'No studies are linked to this claim, for or against.'),
    h('p', { class: 'muted' }, h('a', { href: '/explore/contested' }, 'All claims with contradicting or qualifying evidence'), '.'),
  );
}

function claimPage(c: ClaimData): Rendered {
  const s = c.evidenceSummary;
  const basis = c.maturityBasis === 'GRADED_BY_SOURCE' ? 'Graded by the source document' : 'Assessed from the source’s own hedging and the studies it cites';
  return {
    title: c.statement,
    lead: [
      h(
        'p',
        { class: 'badges' },
        h('span', { class: 'verdict-label' }, 'Verdict on this proposition: '),
        maturityBadge(c.maturity),
        ' ',
        claimKindBadge(c.claimKind),
        c.disputed ? [' ', h('a', { href: '#positions', class: 'badge badge-link disputed' }, 'Sources disagree')] : null,
        s.contradicts || s.qualifies ? [' ', h('a', { href: '#against', class: 'badge badge-link' }, `${s.contradicts + s.qualifies} against or qualifying`)] : null,
      ),
    ],
    body: [
      section(
        'Assessment',
        'assessment',
        para(c.assessment),
        facts([
          ['Evidence maturity', [maturityBadge(c.maturity), ' ', h('span', { class: 'muted' }, `The verdict on the proposition as stated. ${MATURITY[c.maturity]?.description ?? ''}`)]],
          ['Maturity basis', basis],
          ['Claim kind', CLAIM_KIND[c.claimKind].detail],
          ['Source', entityLink(c.source.id, c.source.title, 'SOURCE')],
          ['Section', c.section],
          ['About', c.subjects.length ? h('span', { class: 'chips' }, c.subjects.map(entityChip)) : null],
        ]),
      ),
      positionsSection(c),
      section(
        'Evidence',
        'evidence',
        h(
          'p',
          { class: 'evidence-summary' },
          `${plural(s.total, 'study', 'studies')}: `,
          joinWith([`${s.supports} support`, `${s.qualifies} qualify`, `${s.contradicts} contradict`]),
          s.byDesign.length ? h('span', { class: 'sub' }, joinWith(s.byDesign.map((d) => `${d.count} × ${humanize(d.design).toLowerCase()}`), ' · ')) : null,
        ),
        c.evidence.length ? evidenceTable(c.evidence, 'Studies behind this claim') : empty('No studies are linked to this claim.'),
        c.evidence.length ? bibliographyControl(`claim=${encodeURIComponent(c.id)}`, `${plural(new Set(c.evidence.map((e) => e.study.id)).size, 'study', 'studies')} behind this claim, for a reference manager`) : null,
      ),
      againstSection(c),
    ],
  };
}

// ---------------------------------------------------------------------------------------

type StudyData = NonNullable<StudyQuery['study']>;

function bibliography(s: StudyData): HTMLElement {
  const where = [s.journal ? h('i', null, s.journal) : null, s.volume ? ` ${s.volume}` : null, s.issue ? `(${s.issue})` : null, s.pages ? `:${s.pages}` : null].filter(Boolean) as Child[];
  return h(
    'p',
    { class: 'bib' },
    s.authorNames.length ? `${authorDisplay(s).join(', ').replace(/\.$/, '')}. ` : null,
    `(${s.year}). `,
    `${s.title.replace(/\.$/, '')}. `,
    where.length ? [where, '. '] : null,
    s.link ? studyLink(s) : null,
  );
}

function studyPage(s: StudyData): Rendered {
  const stances = new Map(s.claims.map((c) => [c.claim.id, { stance: c.stance, note: c.note }] as const));
  return {
    title: s.title,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(s.design)), ' ', h('span', { class: 'muted' }, `${s.year}`))],
    body: [
      section(
        'Record',
        'record',
        bibliography(s),
        facts([
          ['Authors', authorDisplay(s).join(', ')],
          ['Year', s.year],
          ['Journal', s.journal],
          ['Volume', s.volume],
          ['Issue', s.issue],
          ['Pages', s.pages],
          ['DOI', s.doi && s.link ? studyLink(s) : s.doi],
          ['Link', !s.doi && s.link ? studyLink(s) : null],
          ['Design', humanize(s.design)],
          ['Population', s.population],
          ['Sample size', s.sampleSize],
          ['Duration', s.duration],
          ['Cited by', s.citations.length ? joinWith(s.citations.map((c) => [entityLink(c.source.id, c.source.title, 'SOURCE'), ` [${c.number}]`])) : null],
        ]),
        para(s.summary),
      ),
      section('Cite this study', 'cite', citeBox(s.id)),
      section(
        'Claims resting on this study',
        'claims',
        claimTable(
          s.claims.map((c) => c.claim),
          'Claims that cite this study as evidence',
          stances,
        ),
      ),
      section('Findings', 'findings', findingsList(s.findings)),
      section(
        'What it examined',
        'examined',
        facts([
          ['Strains and species', s.strains.length ? h('span', { class: 'chips' }, s.strains.map(entityChip)) : '—'],
          ['Topics', s.topics.length ? h('span', { class: 'chips' }, s.topics.map(entityChip)) : '—'],
        ]),
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------

type StrainData = NonNullable<StrainQuery['strain']>;

function strainPage(s: StrainData): Rendered {
  return {
    title: s.fullName || s.name,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, s.strainKind === 'PRODUCT' ? 'Product (multi-species)' : 'Strain'), ' ', s.name !== s.fullName ? h('span', { class: 'muted' }, `Designation ${s.name}`) : null)],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Designation', s.name],
          ['Species', s.species ? entityLink(s.species.id, s.species.name, 'SPECIES') : s.strainKind === 'PRODUCT' ? 'A multi-species product' : '—'],
          ['Former names', names(s.formerNames)],
          ['Synonyms', names(s.synonyms)],
        ]),
        para(s.description),
      ),
      section('Mechanisms', 'mechanisms', relationTable(s.mechanisms, s.id, 'Mechanisms this strain modulates')),
      section('Studies', 'studies', studyTable(s.studies, 'Studies that examined this strain')),
      section('Claims', 'claims', claimTable(s.claims, 'Claims about this strain')),
    ],
  };
}

type SpeciesData = NonNullable<SpeciesQuery['species']>;

/** Rows gathered from several places, once each, noting where each came from. */
function gather<T extends { id: string }>(groups: { via: string; rows: T[] }[]): (T & { via: string })[] {
  const out = new Map<string, T & { via: string }>();
  for (const g of groups) {
    for (const r of g.rows) {
      const seen = out.get(r.id);
      if (seen) {
        if (!seen.via.includes(g.via)) seen.via += `, ${g.via}`;
      } else out.set(r.id, { ...r, via: g.via });
    }
  }
  return [...out.values()];
}

function speciesPage(s: SpeciesData): Rendered {
  const studies = gather(s.strains.map((st) => ({ via: `via ${st.fullName || st.name}`, rows: st.studies })));
  const claims = gather(s.strains.map((st) => ({ via: `about ${st.fullName || st.name}`, rows: st.claims })));
  return {
    title: s.name,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(s.speciesKind)))],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Kind', humanize(s.speciesKind)],
          ['Former names', names(s.formerNames)],
          ['Synonyms', names(s.synonyms)],
        ]),
        para(s.description),
      ),
      section(
        'Strains',
        'strains',
        s.strains.length
          ? table(
              'Strains of this species in the graph',
              ['Strain', 'Studies', 'Claims'],
              s.strains.map((st) => [entityLink(st.id, st.fullName || st.name, 'STRAIN'), st.studies.length, st.claims.length]),
            )
          : empty('No strains of this species in the graph.'),
      ),
      section('Studies of its strains', 'studies', h('p', { class: 'muted' }, 'Effects are strain-specific: each study is listed with the strain it examined.'), studyTable(studies, 'Studies that examined strains of this species')),
      section('Claims about its strains', 'claims', claimTable(claims, 'Claims about strains of this species')),
      section('Relationships', 'relations', relationTable(s.relations, s.id, 'Relationships of this species')),
    ],
  };
}

type MechanismData = NonNullable<MechanismQuery['mechanism']>;

function mechanismPage(m: MechanismData): Rendered {
  return {
    title: m.name,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(m.category)))],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Category', humanize(m.category)],
          ['Synonyms', names(m.synonyms)],
        ]),
        para(m.description),
      ),
      section('What acts on it', 'influenced-by', relationTable(m.influencedBy, m.id, 'Strains, factors and mechanisms acting on this mechanism')),
      section('What it influences', 'influences', relationTable(m.influences, m.id, 'What this mechanism influences')),
      section('Studies', 'studies', studyTable(m.studies, 'Studies that addressed this mechanism')),
      section('Claims', 'claims', claimTable(m.claims, 'Claims about this mechanism')),
    ],
  };
}

type ConditionData = NonNullable<ConditionQuery['condition']>;

/** The strains examined by the studies of a condition (and of its narrower forms), with those studies. */
function strainsStudied(studies: (StudyRow & { via: string })[]): HTMLElement {
  const byStrain = new Map<string, { strain: EntityRef; studies: (StudyRow & { via: string })[] }>();
  for (const st of studies) {
    for (const x of st.strains ?? []) {
      if (!byStrain.has(x.id)) byStrain.set(x.id, { strain: x, studies: [] });
      byStrain.get(x.id)!.studies.push(st);
    }
  }
  if (!byStrain.size) return empty('No study of this condition in the graph names a strain.');
  return table(
    'Strains examined by studies of this condition',
    ['Strain', 'Studies', 'Designs'],
    [...byStrain.values()]
      .sort((a, b) => b.studies.length - a.studies.length || a.strain.label.localeCompare(b.strain.label))
      .map((g) => [
        entityChip(g.strain),
        h('ul', { class: 'plain' }, g.studies.map((st) => h('li', null, entityLink(st.id, `${st.title} (${st.year})`, 'STUDY'), st.via !== 'directly' ? h('span', { class: 'sub' }, st.via) : null))),
        [...new Set(g.studies.map((st) => humanize(st.design)))].join(', '),
      ]),
  );
}

function conditionPage(c: ConditionData): Rendered {
  const studies = gather([{ via: 'directly', rows: c.studies }, ...c.subtypes.map((st) => ({ via: `for ${st.name}`, rows: st.studies }))]);
  const studyRows: StudyTableRow[] = studies.map((st) => ({ ...st, via: st.via === 'directly' ? undefined : st.via }));
  const claims = gather([{ via: '', rows: c.claims }, ...c.subtypes.map((st) => ({ via: `about ${st.name}`, rows: st.claims }))]).map((x) => ({ ...x, via: x.via.replace(/^, /, '') || undefined }));
  return {
    title: c.name,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(c.conditionKind)))],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Kind', humanize(c.conditionKind)],
          ['Also called', names(c.synonyms)],
          ['A form of', c.subtypeOf ? entityLink(c.subtypeOf.id, c.subtypeOf.name, 'CONDITION') : null],
          ['Narrower forms', c.subtypes.length ? joinWith(c.subtypes.map((s) => entityLink(s.id, s.name, 'CONDITION'))) : null],
        ]),
        para(c.description),
      ),
      section(
        'Strains studied',
        'strains',
        h('p', { class: 'muted' }, c.subtypes.length ? 'Gathered from the studies of this condition and of its narrower forms.' : 'Gathered from the studies of this condition.'),
        strainsStudied(studies),
      ),
      section('What influences it', 'influenced-by', relationTable(c.influencedBy, c.id, 'Mechanisms, factors and species influencing this condition')),
      section('Claims', 'claims', claimTable(claims, 'Claims about this condition')),
      section('Findings', 'findings', findingsList(c.findings, true)),
      section('Studies', 'studies', studyTable(studyRows, 'Studies that addressed this condition')),
    ],
  };
}

type FactorData = NonNullable<FactorQuery['factor']>;

function factorPage(f: FactorData): Rendered {
  return {
    title: f.name,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(f.factorKind)))],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Kind', humanize(f.factorKind)],
          ['Also called', names(f.synonyms)],
        ]),
        para(f.description),
      ),
      section('What it affects', 'affects', relationTable(f.affects, f.id, 'What this factor affects')),
      section('Claims', 'claims', claimTable(f.claims, 'Claims about this factor')),
    ],
  };
}

type FindingData = NonNullable<FindingQuery['finding']>;

function effectSizeLine(f: FindingData): string | null {
  const es = effectSizeText(f);
  return es ? `${es.value}${es.label === 'effect size' ? '' : ` (${es.label})`}; ${es.note}` : null;
}

function findingPage(f: FindingData): Rendered {
  const value = f.value !== null ? `${f.value}${f.unit ? ` ${f.unit}` : ''}` : null;
  return {
    title: f.summary,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, effectText(f.effect)), ' ', significance(f.significant) ? h('span', { class: 'muted' }, significance(f.significant)) : null)],
    body: [
      section(
        'Result',
        'result',
        facts([
          ['Measure', f.measure],
          ['Effect', effectText(f.effect)],
          ['Value', value],
          ['p-value', f.pValue],
          ['Effect size', effectSizeLine(f)],
          ['Heterogeneity (I²)', f.heterogeneityI2 !== null ? `${f.heterogeneityI2}%` : null],
          ['Trials', f.trials],
          ['Participants', f.participants],
          ['Studies pooled', f.studyCount],
          ['Time point', f.timepoint],
          ['Statistically significant', f.significant === null ? null : f.significant ? 'Yes' : 'No'],
          ['Measures', f.measures.length ? h('span', { class: 'chips' }, f.measures.map(entityChip)) : null],
        ]),
      ),
      section('Study', 'study', studyTable([f.study], 'The study that reported this finding')),
    ],
  };
}

type SourceData = NonNullable<SourceQuery['source']>;

function sourcePage(s: SourceData): Rendered {
  const cites = [...s.citations].sort((a, b) => a.number - b.number);
  return {
    title: s.title,
    lead: [h('p', { class: 'badges' }, h('span', { class: 'badge neutral' }, humanize(s.documentKind)), ' ', s.publisher ? h('span', { class: 'muted' }, s.publisher) : null)],
    body: [
      section(
        'About',
        'about',
        facts([
          ['Publisher', s.publisher],
          ['Kind of document', humanize(s.documentKind)],
          // The API records no address for the source documents yet; say so rather than guess.
          ['Original', h('span', { class: 'muted' }, 'No public address is recorded for this document.')],
          ['Authors', s.authors.join(', ')],
          ['Reviewers', s.reviewers.join(', ')],
        ]),
        para(s.description),
      ),
      section('Claims it makes or grades', 'claims', claimTable(s.claims, 'Claims made or graded by this document')),
      section(
        'References',
        'references',
        cites.length
          ? table(
              'Works this document cites, by citation number',
              ['No.', 'Study', 'Design', 'Year', 'Link'],
              cites.map((c) => [`[${c.number}]`, [entityLink(c.study.id, c.study.title, 'STUDY'), h('span', { class: 'sub' }, authorList(authorDisplay(c.study)) || 'Authors not recorded')], humanize(c.study.design), c.study.year, studyLink(c.study)]),
            )
          : empty('No references.'),
      ),
    ],
  };
}

const PAGES: Record<NodeKind, KindPage> = {
  CLAIM: kindPage(CLAIM, 'claim', claimPage),
  STUDY: kindPage(STUDY, 'study', studyPage),
  STRAIN: kindPage(STRAIN, 'strain', strainPage),
  SPECIES: kindPage(SPECIES, 'species', speciesPage),
  MECHANISM: kindPage(MECHANISM, 'mechanism', mechanismPage),
  CONDITION: kindPage(CONDITION, 'condition', conditionPage),
  FACTOR: kindPage(FACTOR, 'factor', factorPage),
  FINDING: kindPage(FINDING, 'finding', findingPage),
  SOURCE: kindPage(SOURCE, 'source', sourcePage),
};

// ---------------------------------------------------------------------------------------

/** What each study says about each claim, and where each source stands on it, keyed `claim|study` and `claim|source`. */
export async function evidenceStances(claimIds: string[], signal: AbortSignal): Promise<{ stances: Map<string, Stance>; positions: Map<string, PositionKind> }> {
  const stances = new Map<string, Stance>();
  const positions = new Map<string, PositionKind>();
  if (!claimIds.length) return { stances, positions };
  const data = await gql(EVIDENCE_STANCES, { ids: claimIds }, signal);
  for (const c of data.nodes) {
    if (!c || !('evidence' in c)) continue;
    for (const e of c.evidence) stances.set(`${c.id}|${e.study.id}`, e.stance);
    for (const p of c.positions) positions.set(`${c.id}|${p.source.id}`, p.position);
  }
  return { stances, positions };
}

/** How many entities a neighbourhood drawing shows at first, and how many more each "Show more" adds. */
export const GRAPH_CAP = 24;

/**
 * The entities to draw when there are more than `cap`: the centre, then the nearest and
 * best-connected, so the drawing keeps its structure as it grows.
 */
function pickNodes(nodes: EntityRef[], edges: GraphEdge[], centerId: string, cap: number): EntityRef[] {
  if (nodes.length <= cap + 1) return nodes;
  const degree = new Map<string, number>();
  const direct = new Set<string>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    if (e.source === centerId) direct.add(e.target);
    if (e.target === centerId) direct.add(e.source);
  }
  const rank = (n: EntityRef) => (n.id === centerId ? 0 : direct.has(n.id) ? 1 : 2);
  return [...nodes].sort((a, b) => rank(a) - rank(b) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label)).slice(0, cap + 1);
}

/** The interactive neighbourhood graph, with a depth control kept in the URL (?depth=2). */
function neighbourhoodSection(ctx: PageContext, id: string, label: string): HTMLElement {
  const depth = ctx.params.get('depth') === '2' ? 2 : 1;
  const holder = h('div', { class: 'graph-holder' }, loading('Loading the graph…'));
  const depthSelect = h(
    'select',
    {
      id: 'depth',
      onchange: (ev: Event) => {
        const d = (ev.target as HTMLSelectElement).value;
        const url = new URL(location.href);
        if (d === '1') url.searchParams.delete('depth');
        else url.searchParams.set('depth', d);
        navigate(url.pathname + url.search + '#graph', { replace: true });
      },
    },
    h('option', { value: '1', selected: depth === 1 }, 'Direct neighbours'),
    h('option', { value: '2', selected: depth === 2 }, 'Two hops'),
  );
  const sec = h(
    'section',
    { class: 'section', id: 'graph', 'aria-labelledby': 'graph-h' },
    h('div', { class: 'section-head' }, h('h2', { id: 'graph-h' }, 'Graph neighbourhood'), h('div', { class: 'inline-field' }, h('label', { for: 'depth' }, 'Show'), depthSelect)),
    holder,
  );

  const load = async () => {
    try {
      const data = await gql(NEIGHBOURHOOD, { id, depth, limit: depth === 1 ? 80 : 150 }, ctx.signal);
      if (!ctx.current()) return;
      const nb = data.neighbourhood;
      // The centre is drawn with the rest whether or not `nodes` includes it.
      const nodes = nb.nodes.some((n) => n.id === nb.center.id) ? nb.nodes : [nb.center, ...nb.nodes];
      const others = nodes.filter((n) => n.id !== nb.center.id);
      if (others.length === 0) {
        replace(holder, empty('No related entities to draw.'));
        return;
      }
      const kindOf = new Map(nodes.map((n) => [n.id, n.kind] as const));
      const claimIds = [...new Set(nb.edges.filter((e) => ['HAS_EVIDENCE', 'HAS_POSITION'].includes(e.kind) && kindOf.get(e.from.id) === 'CLAIM').map((e) => e.from.id)
        .concat(nb.edges.filter((e) => e.kind === 'MAKES').map((e) => e.to.id)))];
      const { stances, positions } = await evidenceStances(claimIds, ctx.signal).catch(() => ({ stances: new Map<string, Stance>(), positions: new Map<string, PositionKind>() }));
      if (!ctx.current()) return;
      const seen = new Map<string, number>();
      const edges: GraphEdge[] = nb.edges.map((e) => {
        const base = `${e.from.id}|${e.kind}|${e.to.id}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const stance = e.kind === 'HAS_EVIDENCE' ? stances.get(`${e.from.id}|${e.to.id}`) : undefined;
        // A source's link to a claim says where the source stands on it, not how mature it is.
        const position = e.kind === 'MAKES' ? positions.get(`${e.to.id}|${e.from.id}`) : e.kind === 'HAS_POSITION' ? positions.get(`${e.from.id}|${e.to.id}`) : undefined;
        return { id: n ? `${base}|${n}` : base, source: e.from.id, target: e.to.id, kind: e.kind, maturity: e.maturity, effect: e.effect, stance, position };
      });
      // A phone has room for fewer labelled entities at once.
      const step = window.innerWidth < 560 ? Math.round(GRAPH_CAP / 2) : GRAPH_CAP;
      let cap = step;
      // The drawing code (and cytoscape) load only when a graph is drawn.
      const { createGraph, graphAsList } = await import('../graph');
      if (!ctx.current()) return;
      let graph: GraphView | null = null;
      const draw = async () => {
        graph?.destroy();
        const shown = pickNodes(nodes, edges, nb.center.id, cap);
        const hiddenCount = nodes.length - shown.length;
        graph = createGraph(shown, edges, {
          layout: 'grouped',
          centerId: nb.center.id,
          description: `Graph of ${label} and ${shown.length - 1} related entities${hiddenCount ? ` (${hiddenCount} more not drawn)` : ''}, grouped by kind. The same entities are listed below the drawing.`,
        });
        const g = graph;
        const more = hiddenCount
          ? h(
              'p',
              { class: 'graph-more' },
              `Showing ${shown.length - 1} of ${others.length} related entities, the nearest and best connected first. `,
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small',
                  onclick: () => {
                    cap += step;
                    void draw().then(() => holder.querySelector<HTMLElement>('.graph-canvas')?.focus());
                  },
                },
                `Show ${Math.min(step, hiddenCount)} more`,
              ),
            )
          : null;
        replace(
          holder,
          nb.truncated ? h('p', { class: 'muted' }, 'Only part of the neighbourhood was fetched; it is larger than the drawing’s limit.') : null,
          more,
          g.element,
          graphAsList(others, others.length === 1 ? 'List the one entity of this neighbourhood' : `List all ${others.length} entities of this neighbourhood`),
        );
        await g.ready;
      };
      ctx.onCleanup(() => graph?.destroy());
      await draw();
    } catch (err) {
      if ((err as Error).name === 'AbortError' || !ctx.current()) return;
      replace(holder, errorBox(err, () => void load()));
    }
  };
  void load();
  return sec;
}

export async function entityPage(ctx: PageContext, slug: string, id: string): Promise<void> {
  const kind = kindOfId(id) ?? kindFromSlug(slug);
  if (!kind) {
    notFoundEntity(ctx, id);
    return;
  }
  // A URL whose kind segment disagrees with the id's prefix is put right.
  if (KINDS[kind].slug !== slug) {
    navigate(entityHref(id, kind) + location.search + location.hash, { replace: true });
    return;
  }
  const page = PAGES[kind];
  ctx.main.replaceChildren(loading(`Loading ${KINDS[kind].singular.toLowerCase()}…`));
  let loaded: Awaited<ReturnType<KindPage['load']>>;
  // The graph's version (as a cursor of its changes) before the entity is read: the live
  // notice starts after that change. Without it (the request failed) it starts with the next.
  let seen: string | null = null;
  try {
    seen = (await gql(LIVE_VERSION, {}, ctx.signal)).stats.cursor;
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
  }
  try {
    loaded = await page.load(id, ctx.signal);
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    if (err instanceof GraphQLError && (err.notFound || err.badInput)) {
      notFoundEntity(ctx, id, kind);
      return;
    }
    ctx.setTitle('Error');
    replace(ctx.main, errorBox(err, () => void entityPage(ctx, slug, id)));
    return;
  }
  if (!ctx.current()) return;
  if (!loaded) {
    notFoundEntity(ctx, id, kind);
    return;
  }
  const { entity } = loaded;
  const r = loaded.render();
  ctx.setTitle(r.title);
  const kindInfo = KINDS[kind];
  const article = h(
    'article',
    { class: `entity entity-${kindInfo.slug}` },
    h(
      'header',
      { class: 'entity-head' },
      h('p', { class: 'eyebrow' }, kindBadge(kind), h('code', { class: 'entity-id' }, id)),
      h('h1', { tabindex: '-1' }, r.title),
      r.lead,
      h('p', { class: 'entity-actions' }, h('a', { href: pathwaysHref(id), class: 'btn btn-small' }, 'Find pathways from here'), ' ', h('a', { href: '#graph', class: 'btn btn-small btn-quiet' }, 'Jump to graph')),
    ),
    r.body,
    neighbourhoodSection(ctx, id, r.title),
    provenanceSection(entity.provenance),
  );
  // Curator mode: the history of every entity; the editor on claims, for a signed-in curator.
  curatorHook(ctx, kind, id, entity, article);
  replace(ctx.main, article);
  // Arriving with #graph (e.g. after changing the depth) scrolls to the graph.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  ctx.onCleanup(watchEntity(id, (curator) => liveNotice(ctx.main, curator), seen));
}

/** Says, above the entity, that a curator changed it since the page was drawn. */
function liveNotice(main: HTMLElement, curator: string) {
  const head = main.querySelector('.entity-head');
  if (!head) return;
  const notice = h(
    'p',
    { class: 'live-notice', role: 'status' },
    `Updated by ${curator} — `,
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => location.reload() }, 'reload'),
  );
  const old = head.querySelector('.live-notice');
  if (old) old.replaceWith(notice);
  else head.prepend(notice);
}

function notFoundEntity(ctx: PageContext, id: string, kind?: NodeKind) {
  ctx.setTitle('Not found');
  const what = kind ? `${KINDS[kind].singular.toLowerCase()}` : 'entity';
  replace(ctx.main, notFoundView(['The graph has no ', what, ' with the id ', h('code', null, id), '. It may have been renamed, or the link may be mistyped.'], onwardFor(id, kind)));
  // A curator may be looking at what they just retired: say so, and offer to restore it.
  retiredHook(ctx, id, ctx.main);
}
