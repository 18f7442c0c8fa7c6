// The page of a mechanism (/explore/mechanism/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { humanize } from '../../model';
import { claimTable, facts, names, relationTable, section, studyTable } from '../../ui';
import type { MechanismQuery } from '../../../generated/graphql';
import { type Rendered, para } from './kind';

type MechanismData = NonNullable<MechanismQuery['mechanism']>;

export function mechanismPage(m: MechanismData): Rendered {
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
