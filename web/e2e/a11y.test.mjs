// Every kind of page, checked by axe-core (no serious or critical violation, WCAG 2 A/AA
// rules, colour contrast included) and laid out at phone width without sideways scrolling.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, LAPTOP, PHONE, axe, screenshot, settled, testBrowser } from './helpers.mjs';


// One page of each kind the explorer has.
const PAGES = [
  ['home', '/explore/'],
  ['claims-list', '/explore/claims?kind=SCIENTIFIC'],
  ['studies-list', '/explore/studies'],
  ['contested', '/explore/contested'],
  ['search', '/explore/search?q=eczema'],
  ['pathways', '/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3'],
  ['compare', '/explore/compare?ids=study:10.3390%2Fmicroorganisms9020353,study:topical-probiotics-atopic-dermatitis-meta-analysis-2024'],
  ['compare-strains', '/explore/compare?ids=strain:hn001,strain:ls01,condition:acne'],
  ['pathways-none-directed', '/explore/pathways?from=strain:hn001&to=condition:atopic-dermatitis&maxHops=4'],
  ['claim', '/explore/claim/claim:microbiome-approaches-help-inflammatory-skin-conditions'],
  ['study', '/explore/study/study:topical-probiotics-atopic-dermatitis-meta-analysis-2024'],
  ['strain', '/explore/strain/strain:hn001'],
  ['species', '/explore/species/species:lacticaseibacillus-rhamnosus'],
  ['mechanism', '/explore/mechanism/mechanism:gut-barrier-integrity'],
  ['condition', '/explore/condition/condition:atopic-dermatitis?depth=2'],
  ['factor', '/explore/factor/factor:topical-probiotics'],
  ['finding', '/explore/finding/finding:topical-probiotics-ad-severity-four-weeks'],
  ['source', '/explore/source/source:gut-skin-evidence'],
  ['not-found', '/explore/strain/strain:nope'],
  ['curator-signin', '/explore/curator'],
];

const browser = testBrowser();

/** One page per viewport, reused for every address (a fresh page per address is slower). */
async function session(viewport) {
  // axe is injected as a script, which the server's Content-Security-Policy would refuse.
  const context = await browser.newContext({ viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE, deviceScaleFactor: 1, bypassCSP: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  return {
    context,
    page,
    problems,
    async go(path) {
      await page.goto(`${BASE_URL}${path}`);
      await settled(page);
      if (await page.locator('.graph-canvas').count()) await page.locator('.graph-canvas[data-ready="true"]').first().waitFor();
    },
  };
}

test('axe-core: no serious or critical violation on any kind of page', async (t) => {
  const failures = [];
  const { context, page, problems, go } = await session(LAPTOP);
  for (const [name, path] of PAGES) {
    await go(path);
    // Open every "on demand" part, so that it is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const result = await axe(page);
    t.diagnostic(`${name}: ${result.length} serious or critical`);
    for (const r of result) failures.push(`${name}: ${r}`);
  }
  await context.close();
  assert.deepEqual(problems, [], 'page errors');
  assert.deepEqual(failures, []);
});

test('phone width: every kind of page fits without sideways scrolling', async () => {
  const wide = [];
  const { context, page, problems, go } = await session(PHONE);
  for (const [name, path] of PAGES) {
    await go(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${name}: ${overflow}px too wide`);
    await screenshot(page, `phone-${name}`);
  }
  await context.close();
  assert.deepEqual(problems, [], 'page errors');
  assert.deepEqual(wide, []);
});
