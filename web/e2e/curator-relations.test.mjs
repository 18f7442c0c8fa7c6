// Issue 18, the curator flows left: state a relationship from an entity page (its grade chosen
// by the curator, its studies and the publication read), with errors next to their fields, a
// re-statement that is a CONFLICT until "replace" is ticked, the history and a live notice on
// the other end's page; retire an entity from its page, and restore it from its not-found page
// (an administrator's token; a curator's is refused in words). The entities are made here for
// the test (a factor and a mechanism no other test reads) and retired at the end.
// Needs E2E_CURATOR_TOKEN and E2E_ADMIN_TOKEN (scripts/e2e.sh).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { BASE_URL, PHONE, SCREENSHOTS, axe, launch, openPage as openAnyPage, post as postAs, screenshot, settled } from './helpers.mjs';

const TOKEN = process.env.E2E_CURATOR_TOKEN;
const ADMIN = process.env.E2E_ADMIN_TOKEN;
const RUN = Date.now();
const FACTOR = { id: `factor:e2e-relation-${RUN}`, name: `A factor the browser test adds ${RUN}` };
const MECHANISM = { id: `mechanism:e2e-relation-${RUN}`, name: `A mechanism the browser test adds ${RUN}` };
const PUBLICATION = `10.5555/gutskin-relation-${RUN}`;

const post = (query, variables = {}, token = TOKEN) => postAs(query, variables, token);
// axe needs the CSP bypassed. Two refusals are expected and logged by Chromium as failed loads:
// the retired entity's page answers 404, and a curator's restore is 403 FORBIDDEN (said on the
// page, and checked).
const openPage = (b, opts = {}) => openAnyPage(b, { ...opts, bypassCSP: true, expectedErrors: /status of (404 \(Not Found\)|403 \(Forbidden\))$/ });

async function signIn(page, token = TOKEN) {
  await page.goto(`${BASE_URL}/explore/curator`);
  await settled(page);
  if (await page.locator('.curator-bar').isVisible()) {
    await page.locator('.curator-bar').getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${BASE_URL}/explore/curator`);
    await settled(page);
  }
  await page.getByLabel('Curator token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.curator-bar').waitFor();
}

let browser;
before(async () => {
  assert.ok(TOKEN, 'E2E_CURATOR_TOKEN is set');
  assert.ok(ADMIN, 'E2E_ADMIN_TOKEN is set');
  const provenance = [{ publication: PUBLICATION }];
  const f = await post('mutation($i: CreateFactorInput!) { createFactor(input: $i) { change { seq } } }', {
    i: { ...FACTOR, kind: 'LIFESTYLE', description: 'Made by a browser test.', provenance, reason: 'e2e set-up', source: `doi:${PUBLICATION}` },
  });
  assert.equal(f.errors, undefined, JSON.stringify(f.errors));
  const m = await post('mutation($i: CreateMechanismInput!) { createMechanism(input: $i) { change { seq } } }', {
    i: { ...MECHANISM, category: 'BARRIER', description: 'Made by a browser test.', provenance, reason: 'e2e set-up', source: `doi:${PUBLICATION}` },
  });
  assert.equal(m.errors, undefined, JSON.stringify(m.errors));
  browser = await launch();
});

// Put things back: both entities retired (the relationship leaves with them).
after(async () => {
  await browser?.close();
  for (const id of [FACTOR.id, MECHANISM.id]) {
    const { data } = await post('query($id: ID!) { revision(id: $id) { version retired } }', { id });
    if (!data?.revision || data.revision.retired) continue;
    const r = await post('mutation($i: RetireInput!) { retire(input: $i) { revision { retired } } }', { i: { id, reason: 'e2e reset', expectedVersion: data.revision.version } });
    assert.equal(r.errors, undefined, `${id} is retired again`);
  }
});

const factorUrl = `${BASE_URL}/explore/factor/${FACTOR.id}`;
const mechanismUrl = `${BASE_URL}/explore/mechanism/${MECHANISM.id}`;

test('a curator states a relationship with its grade, studies and provenance; errors sit by their fields; a re-statement is a conflict until replaced', async (t) => {
  const { context, page, problems } = await openPage(browser);
  // A reader on the other end's page, to see the live notice.
  const reader = await openPage(browser);
  await reader.page.goto(mechanismUrl);
  await settled(reader.page);

  await signIn(page);
  await page.goto(`${factorUrl}#curate`);
  await settled(page);
  const form = page.locator('form[aria-labelledby="add-relation-h"]');
  await form.waitFor();
  assert.deepEqual(await page.locator('#relation-type option').allInnerTexts(), ['This affects a mechanism or condition', 'A study investigates this']);
  assert.equal(await page.locator('#relation-maturity').inputValue(), '', 'no grade is chosen for the curator');

  // Nothing chosen: the other end is asked for, next to it.
  await form.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('#relation-other-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#relation-other-error').innerText(), /^Choose the other end from the suggestions\.$/);
  assert.equal(await page.locator('#relation-other').getAttribute('aria-invalid'), 'true');

  // The other end chosen, no grade: the grade is asked for.
  await page.locator('#relation-other').pressSequentially(MECHANISM.name.slice(0, 40), { delay: 5 });
  await page.locator('#relation-other-listbox [role="option"]').first().waitFor();
  await page.locator('#relation-other').press('ArrowDown');
  await page.locator('#relation-other').press('Enter');
  await page.locator('#relation-effect').selectOption('INCREASES');
  await form.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('#relation-maturity-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#relation-maturity-error').innerText(), /^Choose how mature the evidence is\.$/);
  assert.equal(await page.locator('#relation-other-error').isVisible(), false, 'the earlier error went');

  // A grade, a study, no publication: the API's own refusal lands by its field.
  await page.locator('#relation-maturity').selectOption('EARLY');
  await page.locator('#relation-studies').pressSequentially('HN001', { delay: 5 });
  await page.locator('#relation-studies-listbox [role="option"]').first().waitFor();
  await page.locator('#relation-studies').press('ArrowDown');
  await page.locator('#relation-studies').press('Enter');
  await page.locator('.relation-studies li').first().waitFor();
  const studyLabel = (await page.locator('.relation-studies li a').first().innerText()).trim();
  await page.locator('#relation-reason').fill('e2e: state a relationship');
  await form.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('#relation-provenance-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#relation-provenance-error').innerText(), /Missing/);
  await form.screenshot({ path: join(SCREENSHOTS, 'curator-relation-errors-form.png') });
  assert.deepEqual(await axe(page), [], 'axe-core: the relationship form with its errors');

  await page.locator('#relation-provenance').fill(PUBLICATION);
  await form.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('.curate-status', { hasText: 'Stated:' }).waitFor();
  const said = await page.locator('.curate-status').innerText();
  assert.match(said, new RegExp(`^Stated: ${FACTOR.name} affects ${MECHANISM.name}, graded early-stage \\(by e2e-curator-`));

  // What the API now has: the grade chosen, the study, the curator's provenance.
  const { data } = await post('query($id: ID!) { factor(id: $id) { affects { to { id } effect maturity studies { title } provenance { curated curator publication } } } }', { id: FACTOR.id });
  const rel = data.factor.affects.find((r) => r.to.id === MECHANISM.id);
  assert.ok(rel, 'the relationship is stated');
  assert.equal(rel.effect, 'INCREASES');
  assert.equal(rel.maturity, 'EARLY');
  assert.deepEqual(rel.studies.map((s) => s.title), [studyLabel]);
  assert.deepEqual(rel.provenance.map((p) => [p.curated, p.publication]), [[true, `doi:${PUBLICATION}`]]);
  // The page drawn again shows it, and the history lists it.
  await page.locator('main a', { hasText: MECHANISM.name }).first().waitFor();
  // The history opens by itself after a change, and lists this one.
  await page.locator('details.history[open] .history-body', { hasText: 'Stated a relationship' }).waitFor();
  // The reader on the mechanism's page is told.
  await reader.page.locator('.live-notice', { hasText: /Updated by e2e-curator-/ }).waitFor({ timeout: 15000 });
  t.diagnostic(`screenshot: ${await screenshot(reader.page, 'curator-relation-live-notice')}`);

  // The same again: CONFLICT next to the other end, with "replace" offered.
  const again = page.locator('form[aria-labelledby="add-relation-h"]');
  await page.locator('#relation-other').pressSequentially(MECHANISM.name.slice(0, 40), { delay: 5 });
  await page.locator('#relation-other-listbox [role="option"]').first().waitFor();
  await page.locator('#relation-other').press('ArrowDown');
  await page.locator('#relation-other').press('Enter');
  await page.locator('#relation-effect').selectOption('DECREASES');
  await page.locator('#relation-maturity').selectOption('EMERGING');
  await page.locator('#relation-provenance').fill(PUBLICATION);
  await page.locator('#relation-reason').fill('e2e: restate');
  // The API's own rule, said by the grade: above EARLY needs studies.
  await again.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('#relation-maturity-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#relation-maturity-error').innerText(), /a grade above EARLY needs studies/);
  await page.locator('#relation-maturity').selectOption('EARLY');
  await again.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('#relation-other-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#relation-other-error').innerText(), /already stated, so nothing was changed/);
  const replaceBox = page.getByLabel(/Replace the existing relationship/);
  assert.ok(await replaceBox.isVisible());
  t.diagnostic(`screenshot: ${await screenshot(page, 'curator-relation-conflict-laptop')}`);
  await replaceBox.check();
  await again.getByRole('button', { name: 'State the relationship' }).click();
  await page.locator('.curate-status', { hasText: 'Restated:' }).waitFor();
  const { data: after } = await post('query($id: ID!) { factor(id: $id) { affects { to { id } effect maturity } } }', { id: FACTOR.id });
  assert.deepEqual(
    after.factor.affects.filter((r) => r.to.id === MECHANISM.id).map((r) => [r.effect, r.maturity]),
    [['DECREASES', 'EARLY']],
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(reader.problems, []);
  await reader.context.close();
  await context.close();

  // At phone width: the form fits, and axe finds nothing serious.
  const phone = await openPage(browser, { viewport: PHONE, isMobile: true });
  await signIn(phone.page);
  await phone.page.goto(`${factorUrl}#curate`);
  await settled(phone.page);
  await phone.page.locator('form[aria-labelledby="add-relation-h"]').waitFor();
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `nothing wider than the phone (${width} px)`);
  t.diagnostic(`screenshot: ${await screenshot(phone.page, 'curator-relation-phone')}`);
  assert.deepEqual(await axe(phone.page), [], 'axe-core: the factor page with the curator’s forms, at phone width');
  assert.deepEqual(phone.problems, []);
  await phone.context.close();
});

test('a curator retires an entity from its page; its not-found page offers to restore it, which only an administrator may', async (t) => {
  for (const [name, viewport] of [
    ['laptop', undefined],
    ['phone', PHONE],
  ]) {
    const { context, page, problems } = await openPage(browser, viewport ? { viewport, isMobile: true } : {});
    await signIn(page);
    await page.goto(`${mechanismUrl}#curate`);
    await settled(page);
    const form = page.locator('form[aria-labelledby="retire-h"]');
    await form.waitFor();
    await form.getByRole('button', { name: 'Retire the mechanism' }).click();
    await page.locator('#retire-reason-error').waitFor({ state: 'visible' });
    assert.match(await page.locator('#retire-reason-error').innerText(), /Missing/);
    await page.locator('#retire-reason').fill(`e2e: retire (${name})`);
    await form.getByRole('button', { name: 'Retire the mechanism' }).click();

    // The page is drawn again: the mechanism is gone, and the curator is told what happened.
    await page.locator('#retired-h').waitFor();
    assert.match(await page.locator('h1').first().innerText(), /not found/i);
    assert.match(await page.locator('.retired .curate-status').innerText(), /^Retired “A mechanism the browser test adds \d+” \(version \d+, by e2e-curator-/);
    assert.match(await page.locator('.retired').innerText(), new RegExp(`because “e2e: retire \\(${name}\\)”`));
    const { data } = await post('query($id: ID!) { revision(id: $id) { retired } }', { id: MECHANISM.id });
    assert.equal(data.revision.retired, true);
    t.diagnostic(`screenshot: ${await screenshot(page, `curator-retired-${name}`)}`);
    assert.deepEqual(await axe(page), [], 'axe-core: the retired entity’s page with the restore form');

    // A curator's token may not restore: said in words.
    const restore = page.locator('form[aria-labelledby="restore-h"]');
    await page.locator('#restore-reason').fill('e2e: restore');
    await restore.getByRole('button', { name: 'Restore' }).click();
    await restore.locator('.form-error', { hasText: 'Your token may not make this change' }).waitFor();

    // An administrator's may.
    await signIn(page, ADMIN);
    await page.goto(mechanismUrl);
    await page.locator('#restore-reason').fill('e2e: restore');
    await page.locator('form[aria-labelledby="restore-h"]').getByRole('button', { name: 'Restore' }).click();
    await page.locator('.curate-status', { hasText: /^Restored \(version \d+, by e2e-admin-/ }).waitFor();
    assert.equal(await page.locator('h1').first().innerText(), MECHANISM.name);
    const { data: back } = await post('query($id: ID!) { revision(id: $id) { retired } }', { id: MECHANISM.id });
    assert.equal(back.revision.retired, false);
    t.diagnostic(`screenshot: ${await screenshot(page, `curator-restored-${name}`)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
