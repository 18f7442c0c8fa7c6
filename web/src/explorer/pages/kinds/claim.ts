// The page of a claim (/explore/claim/<id>): what its query answers, drawn.
import { h, joinWith } from '../../dom';
import { CLAIM_KIND, MATURITY, authorList, authorDisplay, humanize, type Stance, STANCE } from '../../model';
import { STANCE_RANK, claimKindBadge, empty, entityChip, entityLink, entityLinks, facts, findingsCell, maturityBadge, sampleSizeCell, sampleSizeOf, section, positionBadge, stanceBadge, studyFacets, studyLink } from '../../ui';
import { dataTable } from '../../table';
import { bibliographyControl, plural } from '../../cite';
import type { ClaimQuery } from '../../../generated/graphql';
import { type Rendered, para } from './kind';

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

export function claimPage(c: ClaimData): Rendered {
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
