// Issue 18: dead ends closed and pages a reader can use on a phone. Each test names the fix
// it checks; screenshots at laptop and phone width land in e2e/screenshots/18-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, PHONE, gql, launch, openPage, screenshot, settled } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('pathways: the page’s own examples both lead somewhere along each link’s direction', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways`);
  await settled(page);
  const examples = await page.locator('.pathways-results a').evaluateAll((as) => as.map((a) => new URL(a.href)));
  assert.ok(examples.length >= 2, 'the page offers examples');
  for (const u of examples) {
    const from = u.searchParams.get('from');
    const to = u.searchParams.get('to');
    const hops = Number(u.searchParams.get('maxHops'));
    assert.equal(u.searchParams.get('direction'), null, `${from} → ${to} is a directed example`);
    const api = await gql(`query($f: ID!, $t: ID!, $n: Int) { pathways(from: $f, to: $t, maxHops: $n) { length } }`, { f: from, t: to, n: hops });
    assert.ok(api.pathways.length > 0, `the example ${from} → ${to} finds pathways`);
  }
  assert.deepEqual(problems, []);
});

test('pathways: when none run along the links, the connections either way are shown inline and one click away', async () => {
  const from = 'strain:hn001';
  const to = 'condition:atopic-dermatitis';
  const api = await gql(`{ p: pathways(from: "${from}", to: "${to}", maxHops: 4) { length } c: connections(from: "${from}", to: "${to}", maxHops: 4) { length } }`);
  assert.equal(api.p.length, 0, 'the API has no directed pathway here (the case under test)');
  assert.ok(api.c.length > 0, 'but it has connections');
  for (const [viewport, suffix] of [[undefined, 'laptop'], [PHONE, 'phone']]) {
    const { page, problems } = await openPage(browser, viewport ? { viewport, isMobile: true } : {});
    await page.goto(`${BASE_URL}/explore/pathways?from=${from}&to=${to}&maxHops=4`);
    await settled(page);
    await page.getByRole('heading', { name: /No pathways from/ }).waitFor();
    const either = page.locator('section.either-way');
    assert.match(await either.getByRole('heading').innerText(), new RegExp(`${api.c.length} connections? with links in either direction`));
    assert.equal(await either.locator('ol.paths > li').count(), api.c.length, 'every connection is listed inline');
    assert.match(await either.locator('ol.paths > li').first().innerText(), /←/, 'a link against its direction is marked');
    await screenshot(page, `18-pathways-none-directed-${suffix}`);
    if (suffix === 'laptop') {
      await either.getByRole('link', { name: /Show the \d+ connections?/ }).click();
      await page.waitForURL(/direction=any/);
      await settled(page);
      await page.locator('.graph-canvas[data-ready="true"]').waitFor();
      assert.match(await page.locator('#paths-h').innerText(), new RegExp(`^${api.c.length} connections? from`));
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  }
});

test('compare: strains and every other kind compare, with rows of their own', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/compare?ids=strain:hn001,strain:ls01`);
  await settled(page);
  assert.equal(await page.locator('main .error').count(), 0, 'nothing is left out');
  assert.equal(await page.locator('main h1').innerText(), 'Compare 2 strains');
  const table = page.locator('table.compare-table');
  assert.equal(await table.count(), 1);
  const rows = await table.locator('tbody th[scope="row"]').allInnerTexts();
  for (const r of ['Strain', 'Species', 'Mechanisms it acts on', 'Studies', 'Claims about it']) assert.ok(rows.includes(r), `a strain comparison has the row ${r}`);
  assert.match(await table.locator('thead').innerText(), /HN001[\s\S]*LS01/);
  assert.match(await page.getByRole('link', { name: /Download CSV \(2 strains\)/ }).innerText(), /2 strains/);
  await screenshot(page, '18-compare-strains-laptop');

  // One of each other kind, plus an id nothing has: one table per kind, the unknown one named.
  const ids = ['species:lacticaseibacillus-rhamnosus', 'mechanism:gut-barrier-integrity', 'condition:atopic-dermatitis', 'factor:topical-probiotics', 'finding:topical-probiotics-ad-severity-four-weeks', 'strain:no-such-strain'];
  await page.goto(`${BASE_URL}/explore/compare?ids=${ids.join(',')}`);
  await settled(page);
  assert.equal(await page.locator('table.compare-table').count(), 5, 'one table per kind');
  assert.match(await page.locator('main .error').innerText(), /Not found, so left out: strain:no-such-strain/);
  assert.match(await page.locator('main h1').innerText(), /1 species, 1 mechanism, 1 condition, 1 factor and 1 finding/);
  await page.goto(`${BASE_URL}/explore/compare?ids=source:gut-skin-evidence,source:gut-health-acne`);
  await settled(page);
  assert.equal(await page.locator('main h1').innerText(), 'Compare 2 sources');
  const ctx2 = await openPage(browser, { viewport: PHONE, isMobile: true });
  await ctx2.page.goto(`${BASE_URL}/explore/compare?ids=strain:hn001,strain:ls01`);
  await settled(ctx2.page);
  await screenshot(ctx2.page, '18-compare-strains-phone');
  assert.deepEqual(problems, []);
  assert.deepEqual(ctx2.problems, []);
  await ctx2.context.close();
});

test('unknown pages answer 404 and the app still shows its not-found page', async () => {
  const { page, problems } = await openPage(browser);
  for (const [path, status, text] of [
    ['/explore/strain/strain:hn001', 200, /HN001/],
    ['/explore/no-such-view', 404, /not found|no page|nothing/i],
    ['/explore/strain/strain:no-such-strain', 404, /no strain with the id/i],
  ]) {
    const resp = await page.goto(`${BASE_URL}${path}`);
    assert.equal(resp.status(), status, path);
    await settled(page);
    assert.match(await page.locator('main').innerText(), text, `${path} renders`);
  }
  await screenshot(page, '18-not-found-laptop');
  assert.deepEqual(
    problems.filter((p) => !/404/.test(p)),
    [],
  );
});
