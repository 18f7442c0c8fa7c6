// A finding's effect size as the explorer words it, from the API's metric and interval
// (Finding.effectSizeMetric, Finding.effectSizeInterval), never from the finding's prose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EFFECT_SIZE_METRICS, effectSizeText } from '../.unit/explorer/model.js';

test('effect size: a metric the source does not state is said so, and a missing interval too', () => {
  const es = effectSizeText({ effectSize: -0.29, effectSizeMetric: 'NOT_STATED', effectSizeInterval: null });
  assert.equal(es.text, 'effect size −0.29 (metric not stated by the source; no interval reported)');
  assert.equal(es.label, 'effect size');
  assert.equal(es.value, '−0.29');
});

test('effect size: a stated metric is named, and the interval given with its level', () => {
  const es = effectSizeText({ effectSize: -0.29, effectSizeMetric: 'STANDARDISED_MEAN_DIFFERENCE', effectSizeInterval: { lower: -0.81, upper: 0.23, level: 0.95 } });
  assert.equal(es.text, 'standardised mean difference −0.29 (95% CI −0.81 to 0.23)');
  const or = effectSizeText({ effectSize: 1.8, effectSizeMetric: 'ODDS_RATIO', effectSizeInterval: null });
  assert.equal(or.text, 'odds ratio 1.8 (no interval reported)');
  const ninety = effectSizeText({ effectSize: 0.4, effectSizeMetric: 'CORRELATION', effectSizeInterval: { lower: 0.1, upper: 0.6, level: 0.9 } });
  assert.equal(ninety.note, '90% CI 0.1 to 0.6');
});

test('effect size: the words of a finding do not stand in for its metric', () => {
  // A measure that names a metric in prose: without the API's field the metric is not known.
  const es = effectSizeText({ effectSize: 0.5, measure: 'SCORAD (SMD)', summary: 'an odds ratio of 2' });
  assert.equal(es.text, 'effect size 0.5 (metric not recorded; no interval reported)');
});

test('effect size: none without an effect size; every metric has words', () => {
  assert.equal(effectSizeText({ effectSize: null, effectSizeMetric: null }), null);
  assert.equal(effectSizeText({}), null);
  for (const [m, words] of Object.entries(EFFECT_SIZE_METRICS)) assert.ok(words.length > 0, m);
});
