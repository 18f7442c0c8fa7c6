// Issue 18, curator flows: add a study from the literature (a DOI look-up first, so nothing is
// added twice; createStudy with no citing source), and link it as evidence from a claim page
// whose study picker finds nothing, with the curator's provenance; re-adding a link is a
// CONFLICT said as such, with "replace" offered. Needs E2E_CURATOR_TOKEN (scripts/e2e.sh); the
// claim is one no other test reads, and the study made here is retired at the end.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, PHONE, SCREENSHOTS, axe, launch, openPage as openAnyPage, post as postAs, screenshot, settled } from './helpers.mjs';

const TOKEN = process.env.E2E_CURATOR_TOKEN;
const CLAIM = 'claim:acne-is-multifactorial';
const RUN = Date.now();
const DOI = `10.5555/gutskin-e2e-${RUN}`;
const TITLE = `A trial the browser test adds (${RUN})`;

const post = (query, variables = {}, token = TOKEN) => postAs(query, variables, token);
// axe is injected as a script, which the server's Content-Security-Policy would refuse.
const openPage = (b, opts = {}) => openAnyPage(b, { ...opts, bypassCSP: true });

let browser;
before(async () => {
  assert.ok(TOKEN, 'E2E_CURATOR_TOKEN is set');
  browser = await launch();
});

// Put things back: the evidence link removed, the study retired.
after(async () => {
  await browser?.close();
  const { data } = await post('query($doi: String!) { study(doi: $doi) { id } }', { doi: DOI });
  const id = data?.study?.id;
  if (!id) return;
  await post('mutation($i: RemoveEvidenceInput!) { removeEvidence(input: $i) { change { seq } } }', { i: { claim: CLAIM, study: id, reason: 'e2e reset' } });
  const { data: rev } = await post('query($id: ID!) { revision(id: $id) { version } }', { id });
  const r = await post('mutation($i: RetireInput!) { retire(input: $i) { revision { retired } } }', { i: { id, reason: 'e2e reset', expectedVersion: rev.revision.version } });
  assert.equal(r.errors, undefined, 'the study made by the test is retired');
});

async function signIn(page) {
  await page.goto(`${BASE_URL}/explore/curator`);
  await settled(page);
  await page.getByLabel('Curator token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.curator-bar').waitFor();
  // Signed in, the curator page offers to add a study.
  await page.goto(`${BASE_URL}/explore/curator`);
  await page.locator('form.new-study-form').waitFor();
}

test('curator page: a DOI is looked up before a study is added; bad input is said next to its field', async () => {
  for (const [viewport, suffix] of [[undefined, 'laptop'], [PHONE, 'phone']]) {
    const { page, problems, context } = await openPage(browser, viewport ? { viewport, isMobile: true } : {});
    await signIn(page);
    const form = page.locator('form.new-study-form');
    await page.locator('#newstudy-doi').fill('nonsense');
    await form.getByRole('button', { name: 'Look up the DOI' }).click();
    assert.match(await page.locator('#newstudy-doi-error').innerText(), /“nonsense” is not a DOI/);
    assert.equal(await page.locator('#newstudy-doi').getAttribute('aria-invalid'), 'true');
    // A study the graph has, by a doi.org address in other letter case: found, not added again.
    await page.locator('#newstudy-doi').fill('https://doi.org/10.1111/JDV.15043');
    await form.getByRole('button', { name: 'Look up the DOI' }).click();
    await form.getByText('Already in the graph').waitFor();
    assert.equal(await page.locator('#newstudy-doi').getAttribute('aria-invalid'), null, 'the error went');
    await form.getByRole('button', { name: 'Add the study' }).click();
    await form.locator('.form-error', { hasText: 'already in the graph' }).waitFor();
    await screenshot(page, `18-curator-study-lookup-${suffix}`);
    // A new DOI with the rest left empty: each missing field says so next to it.
    await page.locator('#newstudy-doi').fill(`${DOI}-unused`);
    await page.locator('#newstudy-year').fill('19');
    await form.getByRole('button', { name: 'Add the study' }).click();
    await page.locator('#newstudy-title-error').waitFor({ state: 'visible' });
    assert.match(await page.locator('#newstudy-title-error').innerText(), /Missing/);
    assert.match(await page.locator('#newstudy-authors-error').innerText(), /Missing/);
    assert.match(await page.locator('#newstudy-year-error').innerText(), /“19” is not a year/);
    assert.match(await page.locator('#newstudy-design-error').innerText(), /Missing/);
    assert.match(await form.locator('.form-error').innerText(), /fields need your attention/);
    await form.screenshot({ path: `${SCREENSHOTS}/18-curator-study-errors-${suffix}.png` });
    assert.deepEqual(await axe(page), [], 'axe-core: the add-study form with its errors');
    const made = await post('query($doi: String!) { study(doi: $doi) { id } }', { doi: `${DOI}-unused` });
    assert.equal(made.data?.study ?? null, null, 'nothing was added');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('claim page: a study the picker cannot find is added from the literature and linked with the curator’s provenance; re-adding is a conflict, replace restates it', async () => {
  const { page, problems, context } = await openPage(browser);
  await signIn(page);
  await page.goto(`${BASE_URL}/explore/claim/${CLAIM}#curate`);
  await settled(page);
  const evForm = page.locator('form[aria-labelledby="add-evidence-h"]');
  await evForm.waitFor();
  const picker = page.locator('#evidence-study');
  await picker.pressSequentially(DOI, { delay: 5 });
  const add = page.getByRole('button', { name: 'Add this study' });
  await add.waitFor();
  assert.match(await page.locator('.evidence-nomatch').innerText(), new RegExp(`No study in the graph matches “${DOI.replace(/\./g, '\\.')}”`));
  await add.click();
  const form = page.locator('form.new-study-form');
  await form.waitFor();
  assert.equal(await page.locator('#evstudy-doi').inputValue(), DOI, 'the DOI typed is carried over');
  assert.deepEqual(await axe(page), [], 'axe-core: the claim page with the add-study form open');
  await page.locator('#evstudy-title').fill(TITLE);
  await page.locator('#evstudy-authors').fill('Doe, J.\nRoe, R. A.');
  await page.locator('#evstudy-year').fill('2025');
  await page.locator('#evstudy-design').selectOption('RANDOMIZED_CONTROLLED_TRIAL');
  await page.locator('#evstudy-sampleSize').fill('120');
  await page.locator('#evstudy-summary').fill('A made-up trial that the browser test adds and retires.');
  await page.locator('#evstudy-reason').fill('e2e: a study from the literature');
  await page.locator('.curate-group').screenshot({ path: `${SCREENSHOTS}/18-curator-add-study-from-claim.png` });
  await form.getByRole('button', { name: 'Add the study' }).click();
  await page.locator('.evidence-nomatch', { hasText: 'Added to the graph and chosen' }).waitFor();
  assert.equal(await picker.inputValue(), TITLE, 'the new study is the one chosen');
  const { data } = await post('query($doi: String!) { study(doi: $doi) { id title provenance { curated curator publication } } }', { doi: DOI });
  assert.equal(data.study.title, TITLE);
  assert.deepEqual(data.study.provenance.map((p) => [p.curated, p.publication]), [[true, `doi:${DOI}`]], 'its provenance is the curator’s reading of it');

  await page.locator('#evidence-reason').fill('e2e: link the new study');
  await page.locator('#evidence-source').fill(`doi:${DOI}`);
  await evForm.getByRole('button', { name: 'Add the study' }).click();
  await page.locator('.curate-status', { hasText: 'added as evidence that supports the claim' }).waitFor();
  const linked = await post('query($id: ID!) { claim(id: $id) { evidence { stance study { id } provenance { curated publication } } } }', { id: CLAIM });
  const link = linked.data.claim.evidence.find((e) => e.study.id === data.study.id);
  assert.equal(link?.stance, 'SUPPORTS');
  assert.ok(link.provenance.some((p) => p.curated && p.publication === `doi:${DOI}`), 'the link’s provenance is the curator’s reading of the study');

  // The same study again: CONFLICT, said next to the study, with "replace" offered.
  await page.locator('#evidence-study').pressSequentially(DOI, { delay: 5 });
  await page.locator('#evidence-study-listbox [role="option"]').first().waitFor();
  await page.locator('#evidence-study').press('ArrowDown');
  await page.locator('#evidence-study').press('Enter');
  const replaceBox = page.getByLabel(/Replace the existing link/);
  assert.ok(await replaceBox.isVisible(), 'replace is offered for a study that is already evidence');
  await page.locator('#evidence-stance').selectOption('QUALIFIES');
  await page.locator('#evidence-reason').fill('e2e: restate');
  await page.locator('#evidence-source').fill(`doi:${DOI}`);
  await evForm.getByRole('button', { name: 'Add the study' }).click();
  await page.locator('#evidence-study-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#evidence-study-error').innerText(), /already evidence for this claim, so nothing was changed/);
  await page.locator('.curate-group').screenshot({ path: `${SCREENSHOTS}/18-curator-evidence-conflict.png` });
  await replaceBox.check();
  await evForm.getByRole('button', { name: 'Add the study' }).click();
  await page.locator('.curate-status', { hasText: 'restated as evidence that qualifies the claim' }).waitFor();
  const again = await post('query($id: ID!) { claim(id: $id) { evidence { stance study { id } } } }', { id: CLAIM });
  assert.equal(again.data.claim.evidence.find((e) => e.study.id === data.study.id)?.stance, 'QUALIFIES');
  assert.deepEqual(problems, []);
  await context.close();
});
