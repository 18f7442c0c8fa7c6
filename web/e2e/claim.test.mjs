// (2) Open a claim from the claims list and see its evidence table: studies, stances and DOI
// links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, entityPath, foreignRequests, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

test('the claims list opens a claim page', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/claims`);
  await settled(page);
  const links = page.locator('.list-table tbody tr td[data-label="Claim"] a');
  assert.ok((await links.count()) > 0, 'the list has claims');
  const statement = (await links.first().innerText()).trim();
  await screenshot(page, '2-claims-list');
  await links.first().click();
  await page.waitForURL(/\/explore\/claim\/claim:/);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), statement);
  assert.deepEqual(problems, []);
});

test('"Load more" appends the next page of claims (keyset pagination)', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/claims`);
  await settled(page);
  const rows = page.locator('.list-table tbody tr');
  const before = await rows.count();
  const more = page.getByRole('button', { name: 'Load more' });
  if (!(await more.isVisible())) return; // fewer claims than one page
  await more.click();
  await page.waitForFunction((n) => document.querySelectorAll('.list-table tbody tr').length > n, before);
  const ids = await page.locator('.list-table tbody tr td[data-label="Claim"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(new Set(ids).size, ids.length, 'no claim is listed twice');
  assert.deepEqual(problems, []);
});

test('a claim shows its grading and an evidence table with DOI links', async (t) => {
  // A claim with studies that have DOIs, chosen through the API.
  const data = await gql(`{ claims(first: 100) { nodes { id statement maturity evidence { stance study { id title link } } } } }`);
  const claim = data.claims.nodes
    .filter((c) => c.evidence.some((e) => e.study.link?.startsWith('https://doi.org/')))
    .sort((a, b) => b.evidence.length - a.evidence.length)[0];
  assert.ok(claim, 'the API has a claim with DOI-linked evidence');
  t.diagnostic(`claim: ${claim.id} (${claim.evidence.length} studies)`);

  const { page, requests, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}${entityPath(claim.id)}`);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), claim.statement);
  // Grading: maturity badge, claim kind, basis, assessment, source and section.
  const head = await page.locator('.entity-head').innerText();
  assert.match(head, /Established|Plausible|Emerging|Early-stage|Not supported/);
  const facts = await page.locator('#assessment-h ~ .facts').innerText();
  for (const label of ['Evidence maturity', 'Maturity basis', 'Claim kind', 'Source', 'Section']) assert.match(facts, new RegExp(label));

  const table = page.locator('table.evidence-table');
  await table.waitFor();
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), claim.evidence.length, 'one row per study');
  const headers = (await table.locator('thead th').allInnerTexts()).map((t) => t.replace(/[▲▼↕]/g, '').trim());
  assert.deepEqual(headers, ['Compare', 'Study', 'Stance', 'Design', 'Sample size', 'Year', 'Strains', 'Findings', 'DOI']);
  const dois = table.locator('a[href^="https://doi.org/"]');
  assert.ok((await dois.count()) >= 1, 'DOI links are present');
  const want = claim.evidence.filter((e) => e.study.link?.startsWith('https://doi.org/')).map((e) => e.study.link).sort();
  const got = (await dois.evaluateAll((as) => as.map((a) => a.href))).sort();
  assert.deepEqual(got, want.map((u) => new URL(u).href).sort(), 'each DOI link is the study’s link');
  assert.match(await rows.first().innerText(), /Supports|Qualifies|Contradicts/);
  // Each study links to its page, and the page lists the claim back.
  await rows.first().locator('td[data-label="Study"] a').first().click();
  await page.waitForURL(/\/explore\/study\//);
  await settled(page);
  await page.getByRole('heading', { name: 'Claims resting on this study' }).waitFor();
  assert.match(await page.locator('#claims-h ~ .dt-wrap').innerText(), new RegExp(claim.statement.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await screenshot(page, '2-study');
  await page.goBack();
  await settled(page);
  await page.locator('table.evidence-table').waitFor();
  await screenshot(page, '2-claim-evidence');

  assert.deepEqual(foreignRequests(requests), [], 'no request left the server');
  assert.deepEqual(problems, []);
});

test('a claim reads as a proposition with its verdict and where each source stands', async () => {
  // "Probiotics cure acne": graded not supported, the acne article rejects it.
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/claim/claim:probiotics-not-acne-cure`);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), 'Probiotics cure acne.');
  assert.match(await page.locator('.entity-head').innerText(), /Verdict on this proposition:\s*Not supported/);
  const positions = page.locator('#positions-h ~ .positions-list li');
  assert.equal(await positions.count(), 1);
  assert.match(await positions.first().innerText(), /Rejects/);
  assert.match(await positions.first().innerText(), /Can Probiotics Cure Acne\?/);
  assert.equal(await page.locator('.disputed').count(), 0, 'one source: nothing to dispute');

  // A proposition the two documents see differently shows both positions.
  const data = await gql(`{ claims(first: 5, filter: {disputed: true}) { nodes { id statement positions { position source { title } } } } }`);
  const disputed = data.claims.nodes[0];
  assert.ok(disputed && disputed.positions.length >= 2, 'the API lists a disputed claim');
  await page.goto(`${BASE_URL}/explore/claim/${disputed.id}`);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), disputed.statement);
  await page.locator('.entity-head .disputed').waitFor();
  const items = await page.locator('#positions-h ~ .positions-list li').allInnerTexts();
  assert.equal(items.length, disputed.positions.length, 'one entry per source');
  for (const p of disputed.positions) {
    const label = { ENDORSES: 'Endorses', HEDGES: 'Hedges', REJECTS: 'Rejects' }[p.position];
    assert.ok(items.some((t) => t.includes(p.source.title) && t.includes(label)), `${p.source.title}: ${label}`);
  }
  await screenshot(page, '2-claim-positions');
  assert.deepEqual(problems, []);
});
