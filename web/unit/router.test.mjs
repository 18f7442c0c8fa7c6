// The router without a browser: URL to route, routes to URLs, and its list of views kept equal
// to the Go handler's (which answers 404 for a path that names none).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASE, LISTS, encodeId, entityHref, listHref, parse, pathwaysHref, searchHref } from '../.unit/explorer/router.js';

const at = (url) => {
  const u = new URL(url, 'http://x');
  return parse({ pathname: u.pathname, search: u.search });
};

test('parse: the home page, with or without the trailing slash', () => {
  assert.deepEqual(at('/explore/'), { name: 'home' });
  assert.deepEqual(at('/explore'), { name: 'home' });
  assert.deepEqual(at('/explore/index.html'), { name: 'home' });
});

test('parse: an entity page, its id decoded (a DOI keeps its slash)', () => {
  assert.deepEqual(at('/explore/strain/strain:hn001'), { name: 'entity', slug: 'strain', id: 'strain:hn001' });
  assert.deepEqual(at('/explore/study/study:10.3390%2Fmicroorganisms9020353'), { name: 'entity', slug: 'study', id: 'study:10.3390/microorganisms9020353' });
  // A raw slash in the id is accepted as well.
  assert.deepEqual(at('/explore/study/study:10.3390/abc'), { name: 'entity', slug: 'study', id: 'study:10.3390/abc' });
});

test('parse: lists, views and their parameters', () => {
  const r = at('/explore/claims?maturity=EMERGING&kind=MARKETING');
  assert.equal(r.name, 'list');
  assert.equal(r.list, 'claims');
  assert.equal(r.params.get('maturity'), 'EMERGING');
  for (const view of ['pathways', 'search', 'compare', 'curator']) assert.equal(at(`/explore/${view}?q=1`).name, view);
  assert.equal(at('/explore/pathways/').name, 'pathways');
});

test('parse: what names no view is not found, including a malformed escape', () => {
  for (const path of ['/explore/nonsense', '/elsewhere', '/explore/study/%E0%A4%A', '/explore/strain/']) {
    assert.equal(at(path).name, 'notfound', path);
  }
});

test('hrefs: ids keep their colon, lose their slash; empty parameters are left out', () => {
  assert.equal(encodeId('study:10.1/x y'), 'study:10.1%2Fx%20y');
  assert.equal(entityHref('strain:hn001'), `${BASE}strain/strain:hn001`);
  assert.equal(entityHref('x:1', 'CLAIM'), `${BASE}claim/x:1`);
  assert.equal(listHref('claims', { maturity: 'EARLY', kind: undefined, order: '' }), `${BASE}claims?maturity=EARLY`);
  assert.equal(listHref('studies'), `${BASE}studies`);
  assert.equal(pathwaysHref('strain:hn001', 'condition:acne', 3), `${BASE}pathways?from=strain%3Ahn001&to=condition%3Aacne&maxHops=3`);
  assert.equal(searchHref('can probiotics cure acne?'), `${BASE}search?q=can+probiotics+cure+acne%3F`);
  // What an href names, parse reads back.
  const r = at(entityHref('study:10.1/x y'));
  assert.deepEqual(r, { name: 'entity', slug: 'study', id: 'study:10.1/x y' });
});

test('the one-segment views are the ones httpapi/explorerstatus.go serves (else a reload is a 404)', () => {
  const go = readFileSync(new URL('../../httpapi/explorerstatus.go', import.meta.url), 'utf8');
  const block = /var explorerRoutes = map\[string\]bool\{([^}]*)\}/.exec(go);
  assert.ok(block, 'explorerRoutes found in explorerstatus.go');
  const served = new Set([...block[1].matchAll(/"([^"]*)":\s*true/g)].map((m) => m[1]));
  const views = ['', 'index.html', 'pathways', 'search', 'compare', 'curator', ...LISTS];
  assert.deepEqual([...served].sort(), [...views].sort());
  for (const v of views) assert.notEqual(at(`/explore/${v}`).name, 'notfound', v);
});
