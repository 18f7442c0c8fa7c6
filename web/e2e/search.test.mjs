// (1) Search "eczema", choose the suggestion with the keyboard, land on atopic dermatitis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, foreignRequests, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

test('searching "eczema" suggests atopic dermatitis and Enter opens its page', async (t) => {
  const { page, requests, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/`);
  const box = page.getByRole('combobox', { name: 'Search the knowledge graph' });
  await box.waitFor();
  await box.pressSequentially('eczema', { delay: 30 });

  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  const first = listbox.getByRole('option').first();
  await first.waitFor();
  const text = await first.innerText();
  assert.match(text, /Atopic dermatitis/, 'the first suggestion is atopic dermatitis');
  assert.match(text, /Condition/, 'the suggestion shows its kind');
  assert.match(text, /matched “eczema”/, 'the suggestion shows the synonym that matched');
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  await screenshot(page, '1-search-suggestions');

  // Keyboard: the arrow key highlights the first suggestion, Enter opens it.
  await box.press('ArrowDown');
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  assert.equal(await box.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
  await box.press('Enter');

  await page.waitForURL(`${BASE_URL}/explore/condition/condition:atopic-dermatitis`);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), 'Atopic dermatitis');
  assert.match(await page.title(), /Atopic dermatitis/);
  // The page shows its fields, relations and provenance.
  await page.getByRole('heading', { name: 'Provenance' }).waitFor();
  assert.ok((await page.locator('#provenance-h + .provenance > li').count()) > 0, 'provenance is listed');
  await page.locator('.graph-canvas[data-ready="true"] canvas').first().waitFor();
  await screenshot(page, '1-atopic-dermatitis');

  assert.deepEqual(foreignRequests(requests), [], 'no request left the server');
  assert.deepEqual(problems, [], 'no console errors');
  t.diagnostic(`requests: ${requests.length}`);
});

test('Escape closes the suggestions and a phrase without a pick opens the results page', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/`);
  const box = page.getByRole('combobox', { name: 'Search the knowledge graph' });
  await box.pressSequentially('acnes', { delay: 30 });
  await page.getByRole('listbox').getByRole('option').first().waitFor();
  await box.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  await box.press('Enter');
  await page.waitForURL(`${BASE_URL}/explore/search?q=acnes`);
  await settled(page);
  const results = page.locator('.results > li');
  assert.ok((await results.count()) > 0, 'results are listed');
  assert.match(await page.locator('.results').innerText(), /Cutibacterium acnes/);
  await screenshot(page, '1-search-results');
  assert.deepEqual(problems, []);
});

test('a question lists the claim that answers it with its grade', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/search?q=${encodeURIComponent('Will a gut cleanse or detox clear my skin?')}&kind=CLAIM`);
  await settled(page);
  const first = page.locator('.results > li').first();
  await first.waitFor();
  const text = await first.innerText();
  assert.match(text, /cleanse|detox/i, 'the first claim is the detox promise');
  assert.match(text, /Not supported/i, 'the hit shows its grade');
  assert.match(text, /Marketing claim/, 'the hit shows that it is a marketing promise');
  await screenshot(page, '1-search-question');
  assert.deepEqual(problems, []);
});
