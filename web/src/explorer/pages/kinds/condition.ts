// The page of a condition (/explore/condition/<id>): what its query answers, drawn.
import { h, joinWith } from '../../dom';
import { humanize, type EntityRef, type StudyRow } from '../../model';
import { claimTable, empty, entityChip, entityLink, names, relationTable, section, studyTable, table, type StudyTableRow } from '../../ui';
import type { ConditionQuery } from '../../../generated/graphql';
import { type Rendered, about, badges, findingsList, gather } from './kind';

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

export function conditionPage(c: ConditionData): Rendered {
  const studies = gather([{ via: 'directly', rows: c.studies }, ...c.subtypes.map((st) => ({ via: `for ${st.name}`, rows: st.studies }))]);
  const studyRows: StudyTableRow[] = studies.map((st) => ({ ...st, via: st.via === 'directly' ? undefined : st.via }));
  const claims = gather([{ via: '', rows: c.claims }, ...c.subtypes.map((st) => ({ via: `about ${st.name}`, rows: st.claims }))]).map((x) => ({ ...x, via: x.via.replace(/^, /, '') || undefined }));
  return {
    title: c.name,
    lead: [badges(humanize(c.conditionKind))],
    body: [
      about(
        [
          ['Kind', humanize(c.conditionKind)],
          ['Also called', names(c.synonyms)],
          ['A form of', c.subtypeOf ? entityLink(c.subtypeOf.id, c.subtypeOf.name, 'CONDITION') : null],
          ['Narrower forms', c.subtypes.length ? joinWith(c.subtypes.map((s) => entityLink(s.id, s.name, 'CONDITION'))) : null],
        ],
        c.description,
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
