// The page of a finding (/explore/finding/<id>): what its query answers, drawn.
import { h } from '../../dom';
import { effectText, entityChip, facts, effectSizeText, section, studyTable } from '../../ui';
import type { FindingQuery } from '../../../generated/graphql';
import { type Rendered, badges, significance } from './kind';

type FindingData = NonNullable<FindingQuery['finding']>;

function effectSizeLine(f: FindingData): string | null {
  const es = effectSizeText(f);
  return es ? `${es.value}${es.label === 'effect size' ? '' : ` (${es.label})`}; ${es.note}` : null;
}

export function findingPage(f: FindingData): Rendered {
  const value = f.value !== null ? `${f.value}${f.unit ? ` ${f.unit}` : ''}` : null;
  return {
    title: f.summary,
    lead: [badges(effectText(f.effect), significance(f.significant) ? h('span', { class: 'muted' }, significance(f.significant)) : null)],
    body: [
      section(
        'Result',
        'result',
        facts([
          ['Measure', f.measure],
          ['Effect', effectText(f.effect)],
          ['Value', value],
          ['p-value', f.pValue],
          ['Effect size', effectSizeLine(f)],
          ['Heterogeneity (I²)', f.heterogeneityI2 !== null ? `${f.heterogeneityI2}%` : null],
          ['Trials', f.trials],
          ['Participants', f.participants],
          ['Studies pooled', f.studyCount],
          ['Time point', f.timepoint],
          ['Statistically significant', f.significant === null ? null : f.significant ? 'Yes' : 'No'],
          ['Measures', f.measures.length ? h('span', { class: 'chips' }, f.measures.map(entityChip)) : null],
        ]),
      ),
      section('Study', 'study', studyTable([f.study], 'The study that reported this finding')),
    ],
  };
}
