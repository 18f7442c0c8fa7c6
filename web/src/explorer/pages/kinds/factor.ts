// The page of a factor (/explore/factor/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { humanize } from '../../model';
import { claimTable, facts, names, relationTable, section } from '../../ui';
import type { FactorQuery } from '../../../generated/graphql';
import { type Rendered, para } from './kind';

type FactorData = NonNullable<FactorQuery['factor']>;

export function factorPage(f: FactorData): Rendered {
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
