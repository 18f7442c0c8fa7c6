// Phone and laptop widths, keyboard access and visible focus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, PHONE, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('pages fit a phone screen without sideways scrolling', async () => {
  const { page, problems } = await openPage(browser, { viewport: PHONE, isMobile: true });
  const claim = await page.request
    .post(`${BASE_URL}/query`, { data: { query: '{ claims(first: 1, orderBy: {field: MATURITY, direction: DESC}) { nodes { id } } }' } })
    .then((r) => r.json());
  const pages = {
    home: '/explore/',
    claim: `/explore/claim/${claim.data.claims.nodes[0].id}`,
    strain: '/explore/strain/strain:hn001',
    pathways: '/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3',
    studies: '/explore/studies',
  };
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(`${BASE_URL}${path}`);
    await settled(page);
    await page.waitForTimeout(200);
    assert.ok((await overflow(page)) <= 0, `${name}: the page is wider than the phone`);
    await screenshot(page, `6-phone-${name}`);
  }
  // The search works on a phone too.
  await page.goto(`${BASE_URL}/explore/`);
  const box = page.getByRole('combobox', { name: 'Search the knowledge graph' });
  await box.tap();
  await box.pressSequentially('eczema', { delay: 30 });
  await page.getByRole('option').first().waitFor();
  await screenshot(page, '6-phone-search');
  await page.getByRole('option').first().tap();
  await page.waitForURL(/condition:atopic-dermatitis/);
  assert.deepEqual(problems, []);
});

test('the keyboard reaches the controls and focus is visible', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/`);
  await settled(page);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { text: el.textContent, top: r.top, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(skip.text, 'Skip to content');
  assert.ok(skip.top >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab'); // search
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return { id: el.id, outline: cs.outlineStyle, width: cs.outlineWidth };
  });
  assert.equal(focused.id, 'site-search');
  assert.notEqual(focused.outline, 'none', 'the focused search box has an outline');
  await screenshot(page, '7-keyboard-focus');
  // Tab on to a main-nav link: also outlined.
  await page.keyboard.press('Tab');
  const nav = await page.evaluate(() => ({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle }));
  assert.equal(nav.text, 'Claims');
  assert.notEqual(nav.outline, 'none');
  // Enter follows it.
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE_URL}/explore/claims`);
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new page’s heading');
  assert.deepEqual(problems, []);
});
