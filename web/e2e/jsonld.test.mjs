// JSON-LD on an entity page: the served HTML carries the entity's schema.org document in its
// head, the explorer still renders the page (no CSP violation, no error), and the same URL
// answers application/ld+json.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, entityPath, gql, openPage, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

test('a claim page carries its JSON-LD and still renders', async () => {
  const data = await gql(`{ claims(first: 1, orderBy: {field: MATURITY, direction: DESC}) { nodes { id statement } } }`);
  const claim = data.claims.nodes[0];
  const url = `${BASE_URL}${entityPath(claim.id)}`;
  const { page, problems } = await openPage(browser);
  await page.goto(url);
  await settled(page);
  assert.equal((await page.locator('h1').innerText()).trim(), claim.statement);
  const scripts = await page.locator('head script[type="application/ld+json"]').allTextContents();
  assert.equal(scripts.length, 1, 'one JSON-LD script in the head');
  const doc = JSON.parse(scripts[0]);
  assert.equal(doc['@type'], 'Claim');
  assert.equal(doc.identifier, claim.id);
  assert.equal(doc.text, claim.statement);
  assert.equal(doc.review['@type'], 'ClaimReview');
  assert.ok(doc.review.reviewRating.ratingValue >= 1 && doc.review.reviewRating.ratingValue <= 5);
  assert.deepEqual(problems, []);

  const res = await fetch(url, { headers: { Accept: 'application/ld+json' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/ld+json');
  assert.deepEqual(await res.json(), doc);
});
