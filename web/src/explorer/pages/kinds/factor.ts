// The page of a factor (/explore/factor/<id>): what its query answers, drawn.
import { humanize } from '../../model';
import { claimTable, names, relationTable, section } from '../../ui';
import type { FactorQuery } from '../../../generated/graphql';
import { type Rendered, about, badges } from './kind';

type FactorData = NonNullable<FactorQuery['factor']>;

export function factorPage(f: FactorData): Rendered {
  return {
    title: f.name,
    lead: [badges(humanize(f.factorKind))],
    body: [
      about(
        [
          ['Kind', humanize(f.factorKind)],
          ['Also called', names(f.synonyms)],
        ],
        f.description,
      ),
      section('What it affects', 'affects', relationTable(f.affects, f.id, 'What this factor affects')),
      section('Claims', 'claims', claimTable(f.claims, 'Claims about this factor')),
    ],
  };
}
