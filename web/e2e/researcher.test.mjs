// What issue 11 asked of the explorer, one test per fix or view: legible graphs, scannable and
// sortable tables, "Load more" only when there is more, plain error pages, strain × condition
// questions, the small inconsistencies, comparison with CSV, cite this page, what goes against
// a claim, pathways with a direction and the studies of each hop.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASE_URL, PHONE, SCREENSHOTS, entityPath, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

const CONTESTED_CLAIM = 'claim:microbiome-approaches-help-inflammatory-skin-conditions';

async function graphReady(page) {
  await page.locator('.graph-canvas[data-ready="true"]').first().waitFor();
}

test('graphs: two-hop view grouped by kind, capped with "show more", readable labels, stance in the legend, keyboard', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/condition/condition:atopic-dermatitis?depth=2`);
  await settled(page);
  await graphReady(page);
  const canvas = page.locator('.graph-canvas');
  // Labels are drawn at a readable size on screen at the default zoom.
  assert.ok(Number(await canvas.getAttribute('data-label-px')) >= 12, `label size ${await canvas.getAttribute('data-label-px')} px`);
  const shown = Number(await canvas.getAttribute('data-labels-shown'));
  const hidden = Number(await canvas.getAttribute('data-labels-hidden'));
  // Most labels are drawn; the rest are hidden only where they would collide.
  assert.ok(shown >= 2 * hidden && shown >= 15, `labels shown ${shown}, hidden ${hidden}`);
  // A cap with "show more".
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  assert.ok(await more.isVisible(), 'a big neighbourhood is capped');
  const before = await canvas.getAttribute('aria-label');
  assert.match(before, /grouped by kind/);
  await more.click();
  await page.waitForFunction((b) => document.querySelector('.graph-canvas')?.getAttribute('aria-label') !== b && document.querySelector('.graph-canvas')?.dataset.ready === 'true', before);
  assert.ok(Number(/and (\d+) related/.exec(await canvas.getAttribute('aria-label'))[1]) > Number(/and (\d+) related/.exec(before)[1]), 'more entities are drawn');
  await screenshot(page, '11-graph-two-hop');

  // Keyboard: focus the drawing, walk with the arrow keys, the status names the full label.
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('.graph-status').innerText(), /^Condition: Atopic dermatitis \(1 of \d+\)/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.endsWith('condition:atopic-dermatitis'));
  await settled(page);

  // Stance on evidence links, in the legend.
  await page.goto(`${BASE_URL}${entityPath(CONTESTED_CLAIM)}`);
  await settled(page);
  await graphReady(page);
  const legend = await page.locator('.legend-stance').innerText();
  assert.match(legend, /Supports/);
  assert.match(legend, /Contradicts/);
  assert.deepEqual(problems, []);
});

test('evidence table: findings as values with the prose on demand; sort, filter and facets', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}${entityPath(CONTESTED_CLAIM)}`);
  await settled(page);
  const table = page.locator('table.evidence-table');
  const values = await table.locator('.fv').allInnerTexts();
  assert.ok(values.some((v) => /^I²\s+96%$/.test(v)), `I² shown as a value: ${values}`);
  assert.ok(values.some((v) => /^p\s+0\.35$/.test(v)), `p shown as a value: ${values}`);
  // Issue 18: an effect size names its metric (or says the source does not) and its interval,
  // from the API's effectSizeMetric and effectSizeInterval.
  assert.ok(values.some((v) => /^effect size\s+−0\.29 \(metric not stated by the source; no interval reported\)$/.test(v)), `effect size shown as a value: ${values}`);
  // The prose waits behind "What was found".
  const prose = table.locator('.fv-prose p').first();
  assert.equal(await prose.isVisible(), false);
  await table.locator('.fv-prose summary').first().click();
  assert.equal(await prose.isVisible(), true);

  // Sort by year, both ways, with the keyboard.
  const years = async () => (await table.locator('td[data-label="Year"]').allInnerTexts()).map(Number);
  await table.getByRole('button', { name: /^Year/ }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await table.locator('th[aria-sort]').getAttribute('aria-sort'), 'descending');
  const desc = await years();
  assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  const asc = await years();
  assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
  // Facet: stance.
  const wrap = page.locator('#evidence-h ~ .dt-wrap');
  await wrap.getByLabel('Stance').selectOption('CONTRADICTS');
  assert.equal(await table.locator('tbody tr').count(), 1);
  assert.match(await wrap.locator('.dt-count').innerText(), /^Showing 1 of 2 studies/);
  await wrap.getByLabel('Stance').selectOption('');
  // Text filter.
  await wrap.getByLabel('Filter').fill('topical');
  assert.equal(await table.locator('tbody tr').count(), 1);
  assert.match(await table.locator('tbody tr').innerText(), /Topical/);
  await screenshot(page, '11-evidence-table');
  assert.deepEqual(problems, []);
});

test('"Load more" shows only while there is more', async () => {
  const { page, problems } = await openPage(browser);
  const { studies } = await gql('{ studies(first: 1) { totalCount } }');
  await page.goto(`${BASE_URL}/explore/studies`);
  await settled(page);
  const more = page.getByRole('button', { name: 'Load more' });
  assert.ok(studies.totalCount > 25, 'more studies than one page');
  assert.ok(await more.isVisible());
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('.list-table tbody tr').length === n, studies.totalCount);
  assert.equal(await more.isVisible(), false, 'no "Load more" at the end');
  // A short list and an empty search have none either.
  await page.goto(`${BASE_URL}/explore/claims?kind=MARKETING`);
  await settled(page);
  assert.equal(await more.isVisible(), false);
  await page.goto(`${BASE_URL}/explore/search?q=zzzxqv`);
  await settled(page);
  assert.equal(await more.isVisible(), false);
  assert.doesNotMatch(await page.locator('main').innerText(), /\b0 results\b/);
  assert.deepEqual(problems, []);
});

test('errors: a bad address says what was not found and links onward; no pointless "Try again"', async () => {
  const { page } = await openPage(browser);
  for (const [path, what] of [
    ['/explore/strain/strain:nope', 'strain:nope'],
    ['/explore/study/not-an-id', 'not-an-id'],
    ['/explore/nowhere', '/explore/nowhere'],
  ]) {
    await page.goto(`${BASE_URL}${path}`);
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Not found', path);
    assert.match(await page.locator('main').innerText(), new RegExp(what.replace(/[/]/g, '\\/')));
    assert.equal(await page.getByRole('button', { name: 'Try again' }).count(), 0, `${path}: no retry`);
    assert.ok((await page.locator('.onward a').count()) >= 2, `${path}: links onward`);
    assert.doesNotMatch(await page.locator('main').innerText(), /Something went wrong/);
  }
  await screenshot(page, '11-not-found');
});

test('errors: a network failure says the server cannot be reached, and "Try again" recovers', async () => {
  const { page, problems } = await openPage(browser);
  await page.route('**/query', (route) => route.abort('internetdisconnected'));
  await page.goto(`${BASE_URL}/explore/strain/strain:hn001`);
  await page.locator('.error-offline').waitFor();
  const text = await page.locator('.error-offline').innerText();
  assert.match(text, /Cannot reach the knowledge graph/);
  assert.doesNotMatch(text, /Failed to fetch/);
  await screenshot(page, '11-offline');
  await page.unroute('**/query');
  await page.getByRole('button', { name: 'Try again' }).click();
  await settled(page);
  assert.match(await page.locator('h1').innerText(), /HN001/);
  // The browser logs the aborted requests; nothing else may go wrong.
  assert.deepEqual(
    problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)),
    [],
  );
});

test('strain × condition: a condition gathers the strains of its studies; a species its strains’ studies; lists filter by condition', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/condition/condition:atopic-dermatitis`);
  await settled(page);
  const strains = await page.locator('#strains-h ~ .table-wrap').innerText();
  assert.match(strains, /LS01/, 'the strain of the adult atopic dermatitis study is gathered');

  await page.goto(`${BASE_URL}/explore/species/species:lacticaseibacillus-rhamnosus`);
  await settled(page);
  const studyRows = page.locator('#studies-h ~ .dt-wrap tbody tr');
  assert.ok((await studyRows.count()) >= 2, 'studies of the species’ strains');
  assert.match(await page.locator('#studies-h ~ .dt-wrap').innerText(), /via Lacticaseibacillus rhamnosus/);
  assert.ok((await page.locator('#claims-h ~ .dt-wrap tbody tr').count()) >= 1, 'claims about its strains');

  const { studies } = await gql('{ studies(filter: { condition: "condition:acne" }, first: 100) { totalCount } }');
  await page.goto(`${BASE_URL}/explore/studies`);
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('#filter-condition option').length > 2);
  await page.selectOption('#filter-condition', 'condition:acne');
  await page.waitForURL(/condition=condition%3Aacne/);
  await settled(page);
  assert.match(await page.locator('.dt-count').innerText(), new RegExp(`^${studies.totalCount} stud`));

  // Claims filter by the condition they are about (the API's subject filter, and in the table).
  const { claims } = await gql('{ claims(filter: { subject: "condition:atopic-dermatitis" }, first: 100) { totalCount } }');
  await page.goto(`${BASE_URL}/explore/claims?about=condition:atopic-dermatitis`);
  await settled(page);
  assert.match(await page.locator('.dt-count').innerText(), new RegExp(`^${claims.totalCount} claims?`));
  // And a claim table on an entity page, by the condition its claims are about.
  const { source } = await gql('{ source(id: "source:gut-health-acne") { claims { subjects { id } } } }');
  const aboutAcne = source.claims.filter((c) => c.subjects.some((s) => s.id === 'condition:acne')).length;
  await page.goto(`${BASE_URL}/explore/source/source:gut-health-acne`);
  await settled(page);
  const claimTable = page.locator('#claims-h ~ .dt-wrap');
  await claimTable.locator('.dt-facets').getByLabel('Condition').selectOption('condition:acne');
  assert.equal(await claimTable.locator('tbody tr').count(), aboutAcne);
  assert.match(await claimTable.locator('.dt-count').innerText(), new RegExp(`^Showing ${aboutAcne} of ${source.claims.length} claims`));
  assert.deepEqual(problems, []);
});

test('small things: counts follow the kind, sources without file names, bibliography without "..", playground way back', async () => {
  const { page, problems } = await openPage(browser);
  const { claims } = await gql('{ claims(filter: { claimKind: MARKETING }, first: 1) { totalCount } }');
  await page.goto(`${BASE_URL}/explore/claims?kind=MARKETING`);
  await settled(page);
  assert.equal((await page.locator('.tabs a').first().locator('.count').innerText()).trim(), String(claims.totalCount));

  await page.goto(`${BASE_URL}/explore/source/source:gut-health-acne`);
  await settled(page);
  const about = await page.locator('#about-h ~ .facts').innerText();
  assert.doesNotMatch(about, /\.txt|File/);
  assert.match(about, /Original/);

  const { studies } = await gql('{ studies(first: 100) { nodes { id authors } } }');
  const dotted = studies.nodes.find((s) => s.authors.at(-1)?.endsWith('.'));
  assert.ok(dotted, 'a study whose last author ends with a full stop');
  await page.goto(`${BASE_URL}${entityPath(dotted.id)}`);
  await settled(page);
  assert.doesNotMatch(await page.locator('.bib').innerText(), /\.\./);

  await page.goto(`${BASE_URL}/playground`);
  const back = page.getByRole('link', { name: /Back to the Explorer/ });
  await back.waitFor();
  assert.equal(await back.getAttribute('href'), '/explore/');
  assert.deepEqual(problems, []);
});

test('phone navigation shows every destination, Pathways and the playground included', async () => {
  const { page } = await openPage(browser, { viewport: PHONE, isMobile: true });
  await page.goto(`${BASE_URL}/explore/`);
  await settled(page);
  for (const name of ['Pathways', 'GraphQL playground', 'Against']) {
    const link = page.locator('.site-nav').getByRole('link', { name });
    const box = await link.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${name} is on screen: ${JSON.stringify(box)}`);
  }
  // Tables become cards on a phone; sorting is a visible choice there, not hidden headings.
  await page.goto(`${BASE_URL}/explore/studies`);
  await settled(page);
  const sortBy = page.locator('.list-table').locator('..').locator('..').getByLabel('Sort by');
  assert.ok(await sortBy.isVisible());
  await sortBy.selectOption('year:asc');
  const years = (await page.locator('td[data-label="Year"]').allInnerTexts()).map(Number);
  assert.deepEqual(years, [...years].sort((a, b) => a - b));
  assert.equal(await page.locator('th[aria-sort]').getAttribute('aria-sort'), 'ascending');
});

test('compare: tick rows, compare side by side by URL, download CSV', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/studies`);
  await settled(page);
  const ticks = page.locator('input.dt-tick');
  await ticks.nth(0).check();
  await ticks.nth(1).focus();
  await page.keyboard.press('Space');
  const link = page.getByRole('link', { name: 'Compare selected (2)' });
  await link.click();
  await page.waitForURL(/\/explore\/compare\?ids=/);
  await settled(page);
  assert.match(await page.locator('h1').innerText(), /^Compare 2 studies$/);
  const table = page.locator('table.compare-table');
  assert.equal(await table.locator('thead th').count(), 3);
  for (const row of ['Design', 'Population', 'Sample size', 'Duration', 'Strains', 'Outcomes, effects and significance']) assert.ok(await table.getByRole('rowheader', { name: row }).count(), row);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download CSV/ }).click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^\ufeff?Attribute,study:/);
  assert.match(csv, /\r\nDesign,/);
  await screenshot(page, '11-compare');

  // Claims too, and an unknown id is named, not hidden.
  await page.goto(`${BASE_URL}/explore/compare?ids=${CONTESTED_CLAIM},claim:nope`);
  await settled(page);
  assert.match(await page.locator('h1').innerText(), /^Compare 1 claim$/);
  assert.match(await page.locator('main').innerText(), /claim:nope/);
  assert.deepEqual(problems, []);
});

test('cite this page and the graph’s size and date on every page', async () => {
  const { page, problems } = await openPage(browser);
  for (const path of ['/explore/', '/explore/claims', `${entityPath(CONTESTED_CLAIM)}`]) {
    await page.goto(`${BASE_URL}${path}`);
    await settled(page);
    await page.waitForFunction(() => /entities/.test(document.querySelector('.graph-version')?.textContent ?? ''));
    await page.locator('.cite summary').click();
    const cite = await page.locator('#cite-text').innerText();
    assert.ok(cite.includes(`${BASE_URL}${path}`), `${path}: the reference has the address: ${cite}`);
    assert.match(cite, /accessed \d{4}-\d{2}-\d{2}/);
    assert.match(cite, /\d+ entities, \d+ relationships/);
  }
  assert.deepEqual(problems, []);
});

test('what goes against a claim: on its page and across all claims', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}${entityPath(CONTESTED_CLAIM)}`);
  await settled(page);
  const against = await page.locator('#against-h ~ .against-list').innerText();
  assert.match(against, /Contradicts/);
  assert.match(against, /Topical/);
  await page.goto(`${BASE_URL}/explore/contested`);
  await settled(page);
  const { claims } = await gql('{ claims(first: 100) { nodes { evidenceSummary { qualifies contradicts } } } }');
  const n = claims.nodes.filter((c) => c.evidenceSummary.qualifies + c.evidenceSummary.contradicts > 0).length;
  assert.equal(await page.locator('table tbody tr').count(), n);
  await screenshot(page, '11-contested');

  // Below the studies against the claims: the propositions on which the sources disagree,
  // each with every source's position, as claims(filter: {disputed: true}) gives them.
  const { claims: disputed } = await gql('{ claims(first: 100, filter: {disputed: true}) { totalCount nodes { id statement positions { position source { title } } } } }');
  assert.ok(disputed.totalCount > 0, 'the seed has propositions on which the sources disagree');
  const section = page.locator('section[aria-labelledby="disagree-h"]');
  assert.equal(await section.locator('h2').innerText(), 'Where the sources disagree');
  const items = section.locator('.disagree-item');
  assert.equal(await items.count(), disputed.nodes.length);
  for (const [i, c] of disputed.nodes.entries()) {
    const item = items.nth(i);
    assert.equal(await item.locator('.disagree-claim a').innerText(), c.statement);
    assert.ok((await item.locator('.disagree-claim a').getAttribute('href')).endsWith(c.id.split(':')[1]));
    const badges = await item.locator('.position-item .badge.position').allInnerTexts();
    assert.deepEqual(badges, c.positions.map((p) => p.position[0] + p.position.slice(1).toLowerCase()));
    assert.ok(new Set(c.positions.map((p) => p.position)).size > 1, `${c.id}: the sources take different positions`);
    const text = await item.innerText();
    for (const p of c.positions) assert.ok(text.includes(p.source.title), `${c.id}: ${p.source.title} is named`);
  }
  // The lead's link jumps to the section.
  await page.locator('.lead').getByRole('link', { name: 'where the sources disagree' }).click();
  assert.ok(page.url().endsWith('#disagree-h'));
  await page.waitForFunction(() => { const r = document.getElementById('disagree-h')?.getBoundingClientRect(); return r && r.top >= 0 && r.top < innerHeight / 2; });
  await page.locator('#disagree-h').waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/11a-contested-disagree.png` });
  assert.deepEqual(problems, []);
});

test('pathways: a direction choice, and the studies behind each hop', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3`);
  await settled(page);
  assert.equal(await page.locator('#pw-dir').inputValue(), 'along');
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  assert.ok(Number(await page.locator('.graph-canvas').getAttribute('data-edge-label-px')) >= 11, 'edge labels are readable');
  assert.ok(Number(await page.locator('.graph-canvas').getAttribute('data-label-px')) >= 12, 'node labels are readable');
  assert.equal(await page.locator('.hop-rel', { hasText: '←' }).count(), 0, 'directed: no hop runs backwards');
  const studies = page.locator('.hop-studies summary').first();
  await studies.focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('.hop-studies[open] a[href^="/explore/study/"]').first().isVisible());
  await page.selectOption('#pw-dir', 'any');
  await page.getByRole('button', { name: 'Find pathways' }).click();
  await page.waitForURL(/direction=any/);
  await settled(page);
  assert.match(await page.locator('.pathways-results').innerText(), /against their stated direction/);
  await screenshot(page, '11-pathways');
  assert.deepEqual(problems, []);
});
