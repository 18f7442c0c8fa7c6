// The page of a mechanism (/explore/mechanism/<id>): what its query answers, drawn.
import { humanize } from '../../model';
import { claimTable, names, relationTable, section, studyTable } from '../../ui';
import type { MechanismQuery } from '../../../generated/graphql';
import { type Rendered, about, badges } from './kind';

type MechanismData = NonNullable<MechanismQuery['mechanism']>;

export function mechanismPage(m: MechanismData): Rendered {
  return {
    title: m.name,
    lead: [badges(humanize(m.category))],
    body: [
      about(
        [
          ['Category', humanize(m.category)],
          ['Synonyms', names(m.synonyms)],
        ],
        m.description,
      ),
      section('What acts on it', 'influenced-by', relationTable(m.influencedBy, m.id, 'Strains, factors and mechanisms acting on this mechanism')),
      section('What it influences', 'influences', relationTable(m.influences, m.id, 'What this mechanism influences')),
      section('Studies', 'studies', studyTable(m.studies, 'Studies that addressed this mechanism')),
      section('Claims', 'claims', claimTable(m.claims, 'Claims about this mechanism')),
    ],
  };
}
