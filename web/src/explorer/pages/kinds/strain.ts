// The page of a strain (/explore/strain/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { claimTable, entityLink, names, relationTable, section, studyTable } from '../../ui';
import type { StrainQuery } from '../../../generated/graphql';
import { type Rendered, about, badges } from './kind';

type StrainData = NonNullable<StrainQuery['strain']>;

export function strainPage(s: StrainData): Rendered {
  return {
    title: s.fullName || s.name,
    lead: [badges(s.strainKind === 'PRODUCT' ? 'Product (multi-species)' : 'Strain', s.name !== s.fullName ? h('span', { class: 'muted' }, `Designation ${s.name}`) : null)],
    body: [
      about(
        [
          ['Designation', s.name],
          ['Species', s.species ? entityLink(s.species.id, s.species.name, 'SPECIES') : s.strainKind === 'PRODUCT' ? 'A multi-species product' : '—'],
          ['Former names', names(s.formerNames)],
          ['Synonyms', names(s.synonyms)],
        ],
        s.description,
      ),
      section('Mechanisms', 'mechanisms', relationTable(s.mechanisms, s.id, 'Mechanisms this strain modulates')),
      section('Studies', 'studies', studyTable(s.studies, 'Studies that examined this strain')),
      section('Claims', 'claims', claimTable(s.claims, 'Claims about this strain')),
    ],
  };
}
