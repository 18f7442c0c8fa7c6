// (4) Every view has a URL: reloading it, or opening it in a new page, shows the same view;
// Back returns to the previous view.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

async function view(page) {
  await settled(page);
  return {
    url: page.url(),
    h1: (await page.locator('h1').innerText()).trim(),
    title: await page.title(),
  };
}

test('a view reached by in-app navigation survives a reload and is shareable', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/`);
  await settled(page);
  // Home -> strain HN001 (in-app) -> one of its studies (an id with a "/" in its DOI).
  await page.getByRole('link', { name: 'HN001', exact: true }).click();
  await page.waitForURL(`${BASE_URL}/explore/strain/strain:hn001`);
  const strain = await view(page);
  assert.equal(strain.h1, 'Lacticaseibacillus rhamnosus HN001');
  const study = page.locator('#studies-h ~ .dt-wrap a[href^="/explore/study/"]').first();
  await study.click();
  await page.waitForURL(/\/explore\/study\/study:/);
  const before = await view(page);

  await page.reload();
  const after = await view(page);
  assert.deepEqual(after, before, 'the same view after a reload');
  await screenshot(page, '4-study-after-reload');

  // The same URL in a fresh page (as if shared) shows the same view.
  const other = await openPage(browser);
  await other.page.goto(before.url);
  assert.deepEqual(await view(other.page), before);

  // Back returns to the strain.
  await page.goBack();
  assert.deepEqual(await view(page), strain);
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
});

test('a pathways view and a filtered list survive a reload', async () => {
  const { page, problems } = await openPage(browser);
  for (const url of [`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=2`, `${BASE_URL}/explore/claims?maturity=EMERGING`, `${BASE_URL}/explore/studies?design=RANDOMIZED_CONTROLLED_TRIAL`]) {
    await page.goto(url);
    const before = await view(page);
    const content = await page.locator('main').innerText();
    await page.reload();
    const after = await view(page);
    assert.deepEqual(after, before, url);
    await settled(page);
    assert.equal(await page.locator('main').innerText(), content, `${url}: same content`);
  }
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=2`);
  await settled(page);
  assert.equal(await page.locator('#pw-hops').inputValue(), '2');
  await screenshot(page, '4-pathways-after-reload');
  assert.deepEqual(problems, []);
});

test('an unknown entity and an unknown page say so', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/claim/claim:does-not-exist`);
  assert.equal((await view(page)).h1, 'Not found');
  await page.goto(`${BASE_URL}/explore/nowhere`);
  assert.equal((await view(page)).h1, 'Not found');
  // The API's NOT_FOUND answer is expected; nothing else may fail.
  assert.deepEqual(
    problems.filter((p) => !/status of 4\d\d/.test(p)),
    [],
  );
});
