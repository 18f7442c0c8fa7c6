// The page of a species (/explore/species/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { humanize } from '../../model';
import { claimTable, empty, entityLink, names, relationTable, section, studyTable, table } from '../../ui';
import type { SpeciesQuery } from '../../../generated/graphql';
import { type Rendered, about, badges, gather } from './kind';

type SpeciesData = NonNullable<SpeciesQuery['species']>;


export function speciesPage(s: SpeciesData): Rendered {
  const studies = gather(s.strains.map((st) => ({ via: `via ${st.fullName || st.name}`, rows: st.studies })));
  const claims = gather(s.strains.map((st) => ({ via: `about ${st.fullName || st.name}`, rows: st.claims })));
  return {
    title: s.name,
    lead: [badges(humanize(s.speciesKind))],
    body: [
      about(
        [
          ['Kind', humanize(s.speciesKind)],
          ['Former names', names(s.formerNames)],
          ['Synonyms', names(s.synonyms)],
        ],
        s.description,
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
