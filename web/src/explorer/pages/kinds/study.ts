// The page of a study (/explore/study/<id>): what its query answers, drawn.
import { h, joinWith, type Child } from '../../dom';
import { authorDisplay, humanize } from '../../model';
import { claimTable, entityChip, entityLink, facts, section, studyLink } from '../../ui';
import { citeBox } from '../../cite';
import type { StudyQuery } from '../../../generated/graphql';
import { type Rendered, badges, findingsList, para } from './kind';

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

export function studyPage(s: StudyData): Rendered {
  const stances = new Map(s.claims.map((c) => [c.claim.id, { stance: c.stance, note: c.note }] as const));
  return {
    title: s.title,
    lead: [badges(humanize(s.design), h('span', { class: 'muted' }, `${s.year}`))],
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
