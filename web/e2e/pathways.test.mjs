// (3) The pathways view between strain:hn001 and condition:acne: a drawn graph and the paths,
// strongest first; and the form that leads to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, foreignRequests, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

const RANK = { ESTABLISHED: 0, PLAUSIBLE: 1, EMERGING: 2, EARLY: 3, NOT_SUPPORTED: 4 };

test('pathways from HN001 to acne are listed strongest first and drawn', async (t) => {
  const api = await gql(`{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 3) { strength length } }`);
  assert.ok(api.pathways.length > 0, 'the API finds pathways');
  t.diagnostic(`API: ${api.pathways.length} paths, strongest ${api.pathways[0].strength}`);

  const { page, requests, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3`);
  await settled(page);
  const canvas = page.locator('.graph-canvas[data-ready="true"] canvas');
  await canvas.first().waitFor();
  const box = await canvas.first().boundingBox();
  assert.ok(box && box.width > 200 && box.height > 200, 'the drawing has a size');

  const paths = page.locator('ol.paths > li');
  assert.equal(await paths.count(), api.pathways.length);
  const strengths = await page.locator('ol.paths > li .path-head .maturity').allInnerTexts();
  assert.equal(strengths.length, api.pathways.length);
  // Strongest first: the ranks never go up.
  const ranks = api.pathways.map((p) => RANK[p.strength]);
  assert.deepEqual([...ranks].sort((a, b) => a - b), ranks);
  const first = await paths.first().innerText();
  assert.match(first, /Lacticaseibacillus rhamnosus HN001/);
  assert.match(first, /Acne/);
  // The form shows the two ends.
  assert.equal(await page.locator('#pw-from').inputValue(), 'Lacticaseibacillus rhamnosus HN001');
  assert.match(await page.locator('#pw-to').inputValue(), /^Acne/);
  // Focusing a path picks it out in the drawing.
  await paths.first().focus();
  await screenshot(page, '3-pathways');

  assert.deepEqual(foreignRequests(requests), [], 'no request left the server');
  assert.deepEqual(problems, []);
});

test('the home page form finds pathways between two picked entities', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/`);
  const from = page.getByRole('combobox', { name: 'From' });
  await from.pressSequentially('HN001', { delay: 30 });
  await page.locator('#home-pw-from-listbox [role="option"]').first().waitFor();
  await from.press('ArrowDown');
  await from.press('Enter');
  assert.match(await from.inputValue(), /HN001/);
  const to = page.getByRole('combobox', { name: 'To' });
  await to.pressSequentially('acne', { delay: 30 });
  const acne = page.locator('#home-pw-to-listbox [role="option"]', { hasText: /^Condition\s*Acne/ }).first();
  await acne.waitFor();
  await acne.click();
  await page.getByRole('button', { name: 'Find pathways' }).click();
  await page.waitForURL(/\/explore\/pathways\?from=strain%3Ahn001&to=condition%3Aacne/);
  await settled(page);
  assert.ok((await page.locator('ol.paths > li').count()) > 0);
  assert.deepEqual(problems, []);
});

test('each hop shows the claims that assert it and its studies with their stances', async () => {
  const api = await gql(`{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 4) {
    hops { claims { id } studies { study { id } stances { stance } } } } }`);
  const first = api.pathways[0].hops;
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=4`);
  await settled(page);
  const hops = page.locator('ol.paths > li').first().locator('.step-hop');
  assert.equal(await hops.count(), first.length);
  for (const [i, hop] of first.entries()) {
    const el = hops.nth(i);
    if (!hop.claims.length && !hop.studies.length) {
      assert.match(await el.innerText(), /no study or claim linked/);
      continue;
    }
    await el.locator('.hop-studies summary').click();
    assert.equal(await el.locator('.hop-claims a[href^="/explore/claim/"]').count(), hop.claims.length, `hop ${i}: its claims`);
    assert.equal(await el.locator('.hop-study-list a[href^="/explore/study/"]').count(), hop.studies.length, `hop ${i}: its studies`);
    const stances = hop.studies.reduce((n, s) => n + s.stances.length, 0);
    assert.equal(await el.locator('.hop-stance .stance').count(), stances, `hop ${i}: one badge per stance`);
  }
  const withStance = first.findIndex((hop) => hop.studies.some((s) => s.stances.length));
  assert.ok(withStance >= 0, 'the strongest path has a hop whose study takes a stance');
  assert.match(await hops.nth(withStance).locator('.hop-stance').first().innerText(), /(Supports|Qualifies|Contradicts)\s+C\d/);
  await screenshot(page, '3-pathways-hop-evidence');
  assert.deepEqual(problems, []);
});

test('the direction choice is kept in the URL: “either direction” asks for connections', async () => {
  const shape = '(from: "strain:hn001", to: "condition:acne", maxHops: 4) { hops { forward } }';
  const api = await gql(`{ pathways${shape} connections${shape} }`);
  assert.ok(api.pathways.every((p) => p.hops.every((h) => h.forward)), 'pathways only go forwards');
  const backwards = api.connections.filter((p) => p.hops.some((h) => !h.forward)).length;
  assert.ok(backwards > 0, 'some connections run against a link');

  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=4`);
  await settled(page);
  assert.equal(await page.locator('#pw-dir').inputValue(), 'along');
  assert.equal(await page.locator('ol.paths > li').count(), api.pathways.length);
  assert.equal(await page.locator('.hop-rel', { hasText: '←' }).count(), 0);
  assert.match(await page.locator('#paths-h').innerText(), /pathways? from/);

  await page.selectOption('#pw-dir', 'any');
  await page.getByRole('button', { name: 'Find pathways' }).click();
  await page.waitForURL(/direction=any/);
  await settled(page);
  assert.equal(await page.locator('#pw-dir').inputValue(), 'any');
  assert.equal(await page.locator('ol.paths > li').count(), api.connections.length);
  assert.match(await page.locator('#paths-h').innerText(), /connections? from/);
  const backwardItems = await page.locator('ol.paths > li').filter({ has: page.locator('.hop-rel', { hasText: '←' }) }).count();
  assert.equal(backwardItems, backwards);

  // A reload keeps the choice.
  await page.reload();
  await settled(page);
  assert.equal(await page.locator('#pw-dir').inputValue(), 'any');
  assert.deepEqual(problems, []);
});
