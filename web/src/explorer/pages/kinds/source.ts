// The page of a source document (/explore/source/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { authorList, authorDisplay, humanize } from '../../model';
import { claimTable, empty, entityLink, section, studyLink, table } from '../../ui';
import type { SourceQuery } from '../../../generated/graphql';
import { type Rendered, about, badges } from './kind';

type SourceData = NonNullable<SourceQuery['source']>;

export function sourcePage(s: SourceData): Rendered {
  const cites = [...s.citations].sort((a, b) => a.number - b.number);
  return {
    title: s.title,
    lead: [badges(humanize(s.documentKind), s.publisher ? h('span', { class: 'muted' }, s.publisher) : null)],
    body: [
      about(
        [
          ['Publisher', s.publisher],
          ['Kind of document', humanize(s.documentKind)],
          // The API records no address for the source documents yet; say so rather than guess.
          ['Original', h('span', { class: 'muted' }, 'No public address is recorded for this document.')],
          ['Authors', s.authors.join(', ')],
          ['Reviewers', s.reviewers.join(', ')],
        ],
        s.description,
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
