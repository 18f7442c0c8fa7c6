// The model's helpers without a browser: kinds from ids and slugs, labels, lists of values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CLAIM_KINDS,
  countLabel,
  KINDS,
  KIND_ORDER,
  MATURITY,
  MATURITY_ORDER,
  STUDY_DESIGNS,
  asNodeKind,
  authorList,
  humanize,
  kindFromSlug,
  kindOfId,
  shorten,
  verb,
} from '../.unit/explorer/model.js';

test('kinds: from an id prefix, a URL slug and the stats spelling; unknown ones are undefined', () => {
  assert.equal(kindOfId('strain:hn001'), 'STRAIN');
  assert.equal(kindOfId('study:10.1/x'), 'STUDY');
  assert.equal(kindOfId('nocolon'), undefined);
  assert.equal(kindOfId(':x'), undefined);
  assert.equal(kindOfId('planet:mars'), undefined);
  assert.equal(kindFromSlug('species'), 'SPECIES');
  assert.equal(asNodeKind('Claim'), 'CLAIM');
  assert.equal(asNodeKind('nothing'), undefined);
  // Every kind has a slug that leads back to it.
  for (const k of KIND_ORDER) assert.equal(kindFromSlug(KINDS[k].slug), k);
});

test('maturity: the order is strongest first and agrees with each grade’s rank', () => {
  assert.deepEqual(
    MATURITY_ORDER.map((m) => MATURITY[m].rank),
    MATURITY_ORDER.map((_, i) => i),
  );
  assert.equal(MATURITY_ORDER[0], 'ESTABLISHED');
});

test('lists of values have no repeats', () => {
  for (const list of [STUDY_DESIGNS, CLAIM_KINDS, KIND_ORDER]) assert.equal(new Set(list).size, list.length);
});

test('words: enumerations in plain English, relationships as verbs, names cut to length', () => {
  assert.equal(humanize('RANDOMIZED_CONTROLLED_TRIAL'), 'Randomised controlled trial');
  assert.equal(humanize('SKIN_CONDITION'), 'Skin condition');
  assert.equal(humanize(null), '');
  assert.equal(verb('IMPLICATED_IN'), 'is implicated in');
  assert.equal(verb('SOMETHING_NEW'), 'something new');
  assert.equal(authorList(['A', 'B', 'C']), 'A, B, C');
  assert.equal(authorList(['A', 'B', 'C', 'D']), 'A, B, C, et al.');
  assert.equal(shorten('short'), 'short');
  const cut = shorten('a'.repeat(50), 10);
  assert.equal(cut.length, 10);
  assert.ok(cut.endsWith('…'));
});

test('counts: an exact total as it is, one the API stopped counting at with a "+"', () => {
  assert.equal(countLabel(25), '25');
  assert.equal(countLabel(2000, true), '2,000');
  assert.equal(countLabel(2000, false), '2,000+');
  assert.equal(countLabel(7, null), '7');
});
