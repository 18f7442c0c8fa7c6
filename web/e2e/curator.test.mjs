// Curator mode end to end against the real service: sign in with a token (checked by the
// viewer query, refused when bad, kept out of the URL), grade a claim, edit its statement, add a study as evidence and remove it, see each change
// in the claim's history with who made it and why, a stale version refused as a conflict, and
// sign out. The token comes from scripts/e2e.sh (E2E_CURATOR_TOKEN); the claim is put back as
// it was, so the other tests keep their expectations.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, PHONE, SCREENSHOTS, axe, launch, openPage, post, postRetrying, screenshot, settled } from './helpers.mjs';

const TOKEN = process.env.E2E_CURATOR_TOKEN;
const CURATOR = process.env.E2E_CURATOR_NAME;
// A claim no other test looks at (it has evidence, so a grade above EARLY has grounds), and a
// study that is not yet its evidence, to link to it.
const CLAIM = 'claim:choose-clinically-backed-strains';
const STUDY = 'study:topical-probiotics-atopic-dermatitis-meta-analysis-2024';
const RUN = `e2e run ${Date.now()}`;
const claimPath = `/explore/claim/${CLAIM}`;

const READ = `query($id: ID!) { claim(id: $id) { statement claimKind maturity maturityBasis assessment evidence { study { id } } } revision(id: $id) { version } }`;
let original;
let browser;

before(async () => {
  assert.ok(TOKEN, 'E2E_CURATOR_TOKEN is set (scripts/e2e.sh makes a curator token for this test)');
  const { data } = await post(READ, { id: CLAIM });
  original = data.claim;
  assert.ok(!original.evidence.some((e) => e.study.id === STUDY), 'the study is not yet evidence for the claim');
  browser = await launch();
});

// Put the claim back as it was, whatever happened above.
after(async () => {
  await browser?.close();
  if (!original || !TOKEN) return;
  const { data } = await post(READ, { id: CLAIM });
  if (data.claim.evidence.some((e) => e.study.id === STUDY)) {
    await postRetrying('mutation($i: RemoveEvidenceInput!) { removeEvidence(input: $i) { change { seq } } }', { i: { claim: CLAIM, study: STUDY, reason: `${RUN}: reset` } }, TOKEN);
  }
  let c = data.claim;
  let version = data.revision.version;
  if (c.statement !== original.statement || c.claimKind !== original.claimKind) {
    const r = await postRetrying('mutation($i: UpdateClaimInput!) { updateClaim(input: $i) { version } }', { i: { id: CLAIM, expectedVersion: version, statement: original.statement, kind: original.claimKind, reason: `${RUN}: reset` } }, TOKEN);
    assert.equal(r.errors, undefined, 'the statement was put back');
    version = r.data.updateClaim.version;
  }
  if (c.maturity !== original.maturity || c.maturityBasis !== original.maturityBasis || c.assessment !== original.assessment) {
    const r = await postRetrying(
      'mutation($i: GradeClaimInput!) { gradeClaim(input: $i) { version } }',
      { i: { claim: CLAIM, expectedVersion: version, maturity: original.maturity, basis: original.maturityBasis, rationale: original.assessment, reason: `${RUN}: reset`, source: 'e2e' } },
      TOKEN,
    );
    assert.equal(r.errors, undefined, 'the claim was put back');
  }
});

test('curator mode: sign in, grade a claim, add and remove evidence, edit the statement, see the history, sign out', async (t) => {
  const { page, problems, requests } = await openPage(browser);
  // Reading needs no sign-in; the claim page offers it.
  await page.goto(`${BASE_URL}${claimPath}`);
  await settled(page);
  assert.equal(await page.locator('#curate').count(), 0, 'no editor before signing in');
  await page.locator('#history').getByRole('link', { name: 'sign in' }).click();
  await page.waitForURL(/\/explore\/curator\?next=/);
  await settled(page);

  // A bad token is refused next to the field, and nothing is kept.
  const box = page.getByLabel('Curator token');
  await box.fill('gsk_not-a-real-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const refusal = page.locator('#signin-token-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /refused: it is unknown or has been revoked/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'a refused token is not stored');
  await screenshot(page, 'curator-1-signin-refused');

  // The real token signs in and comes back to the claim. The check is the viewer query: no
  // mutation is sent, so signing in spends none of the token's writes.
  await box.fill(TOKEN);
  const sent = [];
  const record = (req) => req.url().endsWith('/query') && req.method() === 'POST' && sent.push(req.postData() ?? '');
  page.on('request', record);
  let t0 = Date.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${BASE_URL}${claimPath}`);
  page.off('request', record);
  assert.ok(sent.some((b) => /viewer\s*\{/.test(JSON.parse(b).query)), 'the sign-in asks the viewer query');
  assert.deepEqual(sent.filter((b) => /^\s*mutation/.test(JSON.parse(b).query)), [], 'signing in sends no mutation');
  await settled(page);
  await page.locator('form[aria-labelledby="grade-h"]').waitFor();
  const timings = [`sign in → claim page with the curator's forms: ${Date.now() - t0} ms`];
  assert.ok(await page.locator('.curator-bar').isVisible(), 'the curator bar shows');
  const form = page.locator('form[aria-labelledby="grade-h"]');
  await form.waitFor();

  // The API's refusal of a missing reason shows next to the reason field.
  await page.locator('#grade-reason').fill('');
  await form.getByRole('button', { name: 'Save the grade' }).click();
  await page.locator('#grade-reason-error').waitFor();
  assert.match(await page.locator('#grade-reason-error').innerText(), /missing/i);
  assert.equal(await page.locator('#grade-reason').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'grade-reason', 'focus moves to the field in error');

  // Grade it one step weaker, with a reason.
  const newMaturity = original.maturity === 'PLAUSIBLE' ? 'EMERGING' : 'PLAUSIBLE';
  await page.locator('#grade-maturity').selectOption(newMaturity);
  await page.locator('#grade-reason').fill(`${RUN}: grade`);
  t0 = Date.now();
  await form.getByRole('button', { name: 'Save the grade' }).click();
  await page.locator('.curate-status', { hasText: 'Saved' }).waitFor();
  await settled(page);
  timings.push(`save a grade → page drawn again with it: ${Date.now() - t0} ms`);
  assert.match(await page.locator('.curate-status').innerText(), new RegExp(`by ${CURATOR}`));
  assert.equal(await page.locator('.entity-head .badges .badge').first().getAttribute('class').then((c) => c.includes(`maturity-${newMaturity.toLowerCase().replace('_', '-')}`)), true, 'the page shows the new grade');

  // The change made a new version of the graph: the footer and the reference say which.
  const { data: st } = await post('{ stats { version updatedAt } }');
  assert.ok(st.stats.version > 0 && st.stats.updatedAt);
  await page.waitForFunction((v) => document.querySelector('.graph-version')?.textContent?.includes(`version ${v}, updated`), st.stats.version);
  assert.match(await page.locator('#cite-text').textContent(), new RegExp(`version ${st.stats.version}, updated ${st.stats.updatedAt.slice(0, 10)}`));

  // Add a study as evidence through the study picker.
  const { data: s } = await post('query($id: ID!) { study(id: $id) { title } }', { id: STUDY });
  const picker = page.locator('#evidence-study');
  await picker.fill(s.study.title.split(' ').slice(0, 4).join(' '));
  await page.locator('#evidence-study-listbox [role="option"]', { hasText: s.study.title.slice(0, 30) }).first().click();
  await page.locator('#evidence-stance').selectOption('QUALIFIES');
  await page.locator('#evidence-reason').fill(`${RUN}: evidence`);
  await page.locator('#evidence-source').fill('https://doi.org/10.7759/cureus.70001');
  await page.getByRole('button', { name: 'Add the study' }).click();
  await page.locator('.curate-status', { hasText: 'evidence that qualifies' }).waitFor();
  await settled(page);
  assert.ok(await page.locator(`section[aria-labelledby="evidence-h"] a[href*="${encodeURIComponent(STUDY).replace(/%3A/g, ':')}"]`).count(), 'the study is in the evidence table');

  // Both changes are in the history, newest first, with who and why, and the fields before and after.
  const history = page.locator('#history');
  assert.equal(await history.locator('details').getAttribute('open'), '', 'the history opens after a change');
  t0 = Date.now();
  await history.locator('.history-item').first().waitFor();
  timings.push(`history shown after the change (loaded on demand): ${Date.now() - t0} ms`);
  const items = history.locator('.history-item');
  assert.equal(await items.nth(0).getAttribute('data-mutation'), 'addEvidence');
  assert.equal(await items.nth(1).getAttribute('data-mutation'), 'gradeClaim');
  const evidenceItem = await items.nth(0).innerText();
  assert.match(evidenceItem, new RegExp(`Added evidence by ${CURATOR}`));
  assert.match(evidenceItem, new RegExp(`${RUN}: evidence`));
  const gradeItem = await items.nth(1).innerText();
  assert.match(gradeItem, new RegExp(`${RUN}: grade`));
  assert.match(gradeItem, new RegExp(`Maturity\\s+${original.maturity}\\s+${newMaturity}`));
  await screenshot(page, 'curator-2-claim-after-changes');
  await page.locator('#curate').screenshot({ path: `${SCREENSHOTS}/curator-2a-forms.png` });
  await history.screenshot({ path: `${SCREENSHOTS}/curator-2b-history.png` });

  // Remove the study again.
  await page.locator('#remove-study').selectOption(STUDY);
  await page.locator('#remove-reason').fill(`${RUN}: remove`);
  await page.getByRole('button', { name: 'Remove the study' }).click();
  await page.locator('.curate-status', { hasText: 'no longer evidence' }).waitFor();
  await settled(page);
  assert.equal(await page.locator(`section[aria-labelledby="evidence-h"] a[href*="${STUDY.split(':')[1]}"]`).count(), 0, 'the study left the evidence table');

  // Edit the statement through updateClaim: an empty one is refused next to the field, a new
  // one is saved against the claim's version, shows as the page's heading and in the history.
  const edit = page.locator('form[aria-labelledby="edit-h"]');
  await page.locator('#edit-statement').fill('   ');
  await page.locator('#edit-reason').fill(`${RUN}: edit`);
  await edit.getByRole('button', { name: 'Save the claim' }).click();
  await page.locator('#edit-statement-error').waitFor();
  assert.match(await page.locator('#edit-statement-error').innerText(), /missing/i);
  assert.equal(await page.locator('#edit-statement').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-statement', 'focus moves to the statement');
  await edit.screenshot({ path: `${SCREENSHOTS}/curator-2c-edit-refused.png` });
  const edited = `${original.statement.replace(/\.$/, '')} (edited in ${RUN}).`;
  await page.locator('#edit-statement').fill(edited);
  t0 = Date.now();
  await edit.getByRole('button', { name: 'Save the claim' }).click();
  await page.locator('.curate-status', { hasText: 'statement and kind' }).waitFor();
  await settled(page);
  timings.push(`save a statement → page drawn again with it: ${Date.now() - t0} ms`);
  assert.equal(await page.locator('h1').innerText(), edited);
  assert.equal(await page.locator('#edit-statement').inputValue(), edited, 'the editor shows the saved statement');
  const { data: afterEdit } = await post(READ, { id: CLAIM });
  assert.equal(afterEdit.claim.statement, edited);
  await page.locator('#history .history-item').first().waitFor();
  assert.equal(await page.locator('#history .history-item').first().getAttribute('data-mutation'), 'updateClaim');
  assert.match(await page.locator('#history .history-item').first().innerText(), new RegExp(`${RUN}: edit`));

  // Someone else changes the claim (here: the test puts the grade back): the page's version is
  // stale, and saving says so in plain words instead of overwriting their change.
  const { data: now } = await post(READ, { id: CLAIM });
  const back = await post(
    'mutation($i: GradeClaimInput!) { gradeClaim(input: $i) { version } }',
    { i: { claim: CLAIM, expectedVersion: now.revision.version, maturity: original.maturity, basis: original.maturityBasis, rationale: original.assessment, reason: `${RUN}: put back`, source: 'e2e' } },
    TOKEN,
  );
  assert.equal(back.errors, undefined);
  await page.locator('#grade-reason').fill(`${RUN}: stale`);
  await form.getByRole('button', { name: 'Save the grade' }).click();
  const conflict = form.locator('.form-error');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /Someone changed this after you opened it/);
  await screenshot(page, 'curator-3-conflict');

  // The token never appears in an address the browser asked for.
  assert.deepEqual(requests.filter((u) => u.includes(TOKEN)), []);
  assert.ok(!page.url().includes(TOKEN));

  // Sign out: the token is forgotten and the forms go.
  await page.locator('.curator-bar').getByRole('button', { name: 'Sign out' }).click();
  await settled(page);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.ok(await page.locator('.curator-bar').isHidden());
  assert.equal(await page.locator('#curate').count(), 0);
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), []);
  t.diagnostic(`claim ${CLAIM}: graded, evidence added and removed, conflict shown, restored`);
  for (const line of timings) t.diagnostic(`metric: ${line}`);
});

test('every entity page shows its history; a refused token and a spent burst of writes are told in plain words (phone width)', async (t) => {
  const { page, problems } = await openPage(browser, { viewport: PHONE, isMobile: true });
  await page.goto(`${BASE_URL}/explore/strain/strain:hn001`);
  await settled(page);
  await page.locator('#history summary').click();
  await page.locator('#history .history-version').waitFor();
  assert.match(await page.locator('#history').innerText(), /Version \d+/);

  // A token that stopped working while stored: the first change is refused, the curator is
  // signed out and told why.
  await page.evaluate(() => sessionStorage.setItem('gutskin.curator-token', 'gsk_revoked-meanwhile'));
  await page.goto(`${BASE_URL}${claimPath}`);
  await settled(page);
  await page.locator('#grade-reason').fill('should not be saved');
  await page.getByRole('button', { name: 'Save the grade' }).click();
  const err = page.locator('form[aria-labelledby="grade-h"] .form-error');
  await err.waitFor();
  assert.match(await err.innerText(), /token was refused.*signed out/s);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await page.locator('#history summary').click();
  await page.locator('#history .history-item').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the claim editor and history fit a phone (${overflow}px too wide)`);
  await screenshot(page, 'phone-curator-refused');
  await page.locator('#history .history-item').nth(1).screenshot({ path: `${SCREENSHOTS}/phone-curator-history-item.png` });
  await page.locator('form[aria-labelledby="grade-h"]').screenshot({ path: `${SCREENSHOTS}/phone-curator-grade-form.png` });

  // Past a token's burst of writes the API says RATE_LIMITED; the form says to wait. The page's
  // save is held at the network while the burst is spent on refused grades with no reason
  // (which write nothing), and its own request (no reason either) is sent on with the last of
  // each spending until the server answers it RATE_LIMITED; that answer is what the page gets.
  // Left to race the refill (5 a second), the page's save got through on a slow machine.
  await page.evaluate((token) => sessionStorage.setItem('gutskin.curator-token', token), TOKEN);
  await page.goto(`${BASE_URL}${claimPath}`);
  await settled(page);
  const empty = 'mutation { gradeClaim(input: {reason: "", source: "", claim: "claim:x", expectedVersion: 0, maturity: EARLY, basis: ASSESSED, rationale: ""}) { version } }';
  const spend = (n) => Promise.all(Array.from({ length: n }, () => post(empty, {}, TOKEN)));
  let held = 0;
  await page.route('**/query', async (route) => {
    if (!/gradeClaim/.test(route.request().postData() ?? '')) return route.continue();
    for (held = 1; held <= 50; held++) {
      const [, res] = await Promise.all([spend(30), route.fetch()]);
      if (res.status() === 429) return route.fulfill({ response: res });
    }
    return route.abort();
  });
  await page.locator('#grade-reason').fill('');
  await page.getByRole('button', { name: 'Save the grade' }).click();
  await err.waitFor();
  assert.ok(held <= 50, "the server answered the page's save RATE_LIMITED within 50 spendings");
  assert.match(await err.innerText(), /many changes in a short time.*Wait a few seconds/s);
  t.diagnostic(`the page's save was answered RATE_LIMITED after ${held} round(s) of spending`);
  await page.unroute('**/query');
  // With the burst spent, signing in works: it asks who the token is and writes nothing.
  const codes = new Set();
  let spending = true;
  const spender = (async () => {
    while (spending) for (const r of await spend(10)) codes.add(r.errors[0].extensions.code);
  })();
  try {
    const deadline = Date.now() + 30_000;
    while (!codes.has('RATE_LIMITED') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(codes.has('RATE_LIMITED'), 'the burst is spent while the curator signs in');
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${BASE_URL}/explore/curator?next=${encodeURIComponent(claimPath)}`);
    await settled(page);
    await page.getByLabel('Curator token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${BASE_URL}${claimPath}`);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('gutskin.curator-token')), TOKEN, 'signed in while the burst is spent');
  } finally {
    // Stopped whatever happened above: left running, it would keep the burst spent for the
    // tests that follow and keep this file's process alive.
    spending = false;
    await spender;
  }
  await page.evaluate(() => sessionStorage.clear());
  // Let the burst refill before the next test writes (5 a second).
  await page.waitForTimeout(1500);
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), []);
});

test('axe-core: the claim editor, the history and the sign-in refusal have no serious or critical violation', async (t) => {
  // axe is injected as a script, which the server's Content-Security-Policy would refuse.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const check = async (name) => {
    const found = await axe(page);
    t.diagnostic(`${name}: ${found.length} serious or critical`);
    return found.map((f) => `${name}: ${f}`);
  };
  const failures = [];
  await page.goto(`${BASE_URL}/explore/curator`);
  await settled(page);
  await page.getByLabel('Curator token').fill('gsk_wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signin-token-error').waitFor();
  failures.push(...(await check('sign-in refused')));
  // A signed-in curator on a claim page, its history open (it has entries from the test above).
  await page.evaluate((token) => sessionStorage.setItem('gutskin.curator-token', token), TOKEN);
  await page.goto(`${BASE_URL}${claimPath}`);
  await settled(page);
  await page.locator('#history summary').click();
  await page.locator('#history .history-item').first().waitFor();
  await page.locator('#grade-reason').fill('');
  await page.getByRole('button', { name: 'Save the grade' }).click();
  await page.locator('#grade-reason-error').waitFor();
  failures.push(...(await check('claim editor and history')));
  await context.close();
  assert.deepEqual(failures, []);
});
