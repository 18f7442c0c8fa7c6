// Issue 18: dead ends closed, a phone screen left for the page, evidence a reader can read.
// Each test names the fix it checks; screenshots (laptop and phone) are e2e/screenshots/18-*.png.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, PHONE, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

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

/** A one-finger swipe up from (x, y) by dy pixels, as touch events through the browser's input pipeline. */
async function swipe(page, x, y, dy) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (dy * i) / 10 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('phone: a compact header, a drawing that leaves room and lets a swipe scroll the page', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: PHONE, isMobile: true });
  for (const path of ['/explore/', '/explore/strain/strain:hn001']) {
    await page.goto(`${BASE_URL}${path}`);
    await settled(page);
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header.height < PHONE.height * 0.25, `${path}: the header takes ${header.height}px of ${PHONE.height}`);
    // The two-row design: well under the quarter (the wrapped header took 206 px before).
    assert.ok(header.height < PHONE.height * 0.15, `${path}: the header takes ${header.height}px, more than two short rows`);
    // Every destination is still on screen.
    for (const name of ['Pathways', 'GraphQL playground', 'Against']) {
      const box = await page.locator('.site-nav').getByRole('link', { name }).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width && box.y < header.y + header.height, `${name} is in the header`);
    }
  }
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  const canvas = await page.locator('.graph-canvas').boundingBox();
  assert.ok(canvas.height <= PHONE.height * 0.5, `the drawing takes ${canvas.height}px of ${PHONE.height}`);
  await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  const box = await page.locator('.graph-canvas').boundingBox();
  await swipe(page, box.x + box.width / 2, box.y + box.height * 0.8, 250);
  await page.waitForFunction((y) => window.scrollY > y + 50, before);
  const scrolled = (await page.evaluate(() => window.scrollY)) - before;
  assert.ok(scrolled > 50, `a swipe over the drawing scrolled the page ${scrolled}px`);
  await screenshot(page, '18-phone-strain');

  // With "Move the drawing" on, the same swipe pans the drawing, not the page.
  const toggle = page.getByRole('button', { name: 'Move the drawing' });
  assert.ok(await toggle.isVisible(), 'the switch shows on a touch screen');
  await toggle.tap();
  assert.equal(await page.getByRole('button', { name: 'Done moving' }).getAttribute('aria-pressed'), 'true');
  const box2 = await page.locator('.graph-canvas').boundingBox();
  const y0 = await page.evaluate(() => window.scrollY);
  await swipe(page, box2.x + 20, box2.y + box2.height * 0.8, 120);
  assert.equal(await page.evaluate(() => window.scrollY), y0, 'the page stayed put while the drawing moved');
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: search suggestions keep their text readable beside their badges', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: PHONE, isMobile: true });
  await page.goto(`${BASE_URL}/explore/`);
  await settled(page);
  const box = page.getByRole('combobox', { name: 'Search the knowledge graph' });
  await box.tap();
  await box.pressSequentially('gut skin', { delay: 20 });
  await page.getByRole('option').first().waitFor();
  const widths = await page.locator('.combo-option').evaluateAll((lis) =>
    lis.map((li) => {
      const name = li.querySelector('.combo-name');
      return { text: name.textContent, width: name.getBoundingClientRect().width, option: li.getBoundingClientRect().width, clipped: name.scrollWidth > name.clientWidth + 1 };
    }),
  );
  assert.ok(widths.length > 0);
  for (const w of widths) {
    assert.ok(w.width >= w.option * 0.7, `“${w.text.slice(0, 40)}” has ${w.width}px of ${w.option}px`);
    assert.ok(!w.clipped, `“${w.text.slice(0, 40)}” is cut sideways`);
  }
  await screenshot(page, '18-phone-suggestions');
  assert.deepEqual(problems, []);
  await context.close();
});

test('effect sizes name their metric (or say the source does not) and their interval', async () => {
  // The words come from the API's effectSizeMetric and effectSizeInterval, not from the
  // finding's prose: the source gives −0.29 without naming its statistic or an interval.
  const id = 'finding:topical-probiotics-ad-severity-four-weeks';
  const api = await gql(`{ finding(id: "${id}") { effectSize effectSizeMetric effectSizeInterval { lower upper level } } }`);
  assert.deepEqual(api.finding, { effectSize: -0.29, effectSizeMetric: 'NOT_STATED', effectSizeInterval: null }, 'the seed finding under test');
  for (const [viewport, suffix] of [[undefined, 'laptop'], [PHONE, 'phone']]) {
    const { page, problems, context } = await openPage(browser, viewport ? { viewport, isMobile: true } : {});
    await page.goto(`${BASE_URL}/explore/finding/${id}`);
    await settled(page);
    const row = page.locator('dt', { hasText: /^Effect size$/ }).locator('xpath=following-sibling::dd[1]');
    assert.equal(await row.innerText(), '−0.29; metric not stated by the source; no interval reported');
    await screenshot(page, `18-effect-size-finding-${suffix}`);
    // On a claim's evidence, and compared, the chip says the same.
    await page.goto(`${BASE_URL}/explore/claim/claim:microbiome-approaches-help-inflammatory-skin-conditions`);
    await settled(page);
    const evidenceChip = page.locator('.fv-es', { hasText: '−0.29' }).first();
    assert.match(await evidenceChip.innerText(), /^effect size\s+−0\.29 \(metric not stated by the source; no interval reported\)$/);
    await evidenceChip.scrollIntoViewIfNeeded();
    await screenshot(page, `18-effect-size-claim-${suffix}`);
    await page.goto(`${BASE_URL}/explore/compare?ids=${id}`);
    await settled(page);
    const chip = page.locator('.fv-es').first();
    assert.match(await chip.innerText(), /^effect size\s+−0\.29 \(metric not stated by the source; no interval reported\)$/);
    assert.ok(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1), 'the chip’s text wraps inside it');
    await screenshot(page, `18-effect-size-${suffix}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
