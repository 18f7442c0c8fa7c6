// Issue 21: the example app (examples/pathways-app) on another origin calls the service through
// CORS in real Chromium. scripts/e2e.sh starts the service with CORS_ORIGINS naming one origin
// (E2E_APP_ORIGIN, a loopback port of its own); this test serves the app there and on a second
// port that the list does not name.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { BASE_URL, HERE, PHONE, gql, launch, openPage, screenshot } from './helpers.mjs';

const APP_ORIGIN = process.env.E2E_APP_ORIGIN;
const { appServer } = await import(pathToFileURL(join(HERE, '..', '..', 'examples', 'pathways-app', 'serve.mjs')).href);

let browser;
const servers = [];
let refusedOrigin;

/** Serves the app on 127.0.0.1:port (0: any free port) and returns its origin. */
function serveApp(port) {
  const server = appServer();
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}

before(async () => {
  assert.ok(APP_ORIGIN, 'E2E_APP_ORIGIN names the origin the service allows (scripts/e2e.sh sets it)');
  assert.equal(await serveApp(Number(new URL(APP_ORIGIN).port)), APP_ORIGIN);
  refusedOrigin = await serveApp(0);
  assert.notEqual(refusedOrigin, APP_ORIGIN);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

const appUrl = (origin) => `${origin}/?api=${encodeURIComponent(BASE_URL)}`;

test('the example app on an allowed origin shows the pathways the API finds, through CORS', async (t) => {
  const api = await gql(`{ pathways(from: "strain:hn001", to: "condition:acne", maxHops: 3, first: 5) { strength length nodes { label } } }`);
  assert.ok(api.pathways.length > 0, 'the API finds pathways from HN001 to acne');

  for (const [name, options] of [
    ['desktop', {}],
    ['phone', { viewport: PHONE, isMobile: true }],
  ]) {
    const { context, page, problems } = await openPage(browser, options);
    const answer = page.waitForResponse((r) => r.url() === `${BASE_URL}/query` && r.request().method() === 'POST');
    await page.goto(appUrl(APP_ORIGIN));
    const res = await answer;
    // The page's origin differs from the service's: the browser let it read the answer
    // because the service named the origin.
    assert.notEqual(new URL(page.url()).origin, new URL(BASE_URL).origin);
    assert.equal((await res.allHeaders())['access-control-allow-origin'], APP_ORIGIN);
    await page.locator('.pathway').first().waitFor();
    const drawn = page.locator('.pathway');
    assert.equal(await drawn.count(), api.pathways.length, 'one drawing per pathway');
    // Each drawing names the entities of its pathway in order, as the API gives them.
    for (let i = 0; i < api.pathways.length; i++) {
      assert.deepEqual(await drawn.nth(i).locator('.node').allInnerTexts(), api.pathways[i].nodes.map((n) => n.label));
      assert.equal(await drawn.nth(i).locator('.hop').count(), api.pathways[i].length);
    }
    const ends = api.pathways[0].nodes;
    const count = `${api.pathways.length} pathway${api.pathways.length === 1 ? '' : 's'}`;
    assert.equal(await page.locator('#status').innerText(), `${count} from ${ends[0].label} to ${ends[ends.length - 1].label}.`);
    assert.deepEqual(problems, []);
    t.diagnostic(`screenshot: ${await screenshot(page, `pathways-app-${name}`)}`);
    await context.close();
  }
});

test('the example app on an origin the service does not allow is refused by the browser', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(appUrl(refusedOrigin));
  await page.locator('#status.error').waitFor();
  assert.match(await page.locator('#status').innerText(), /^NETWORK: Could not reach .* does not allow this page's origin/);
  assert.equal(await page.locator('.pathway').count(), 0);
  // Chromium says why: the answer named no allowed origin.
  assert.ok(problems.some((p) => /blocked by CORS policy/.test(p)), `a CORS refusal in the console: ${problems.join(' | ')}`);
  await context.close();
});

test('a mutation from the allowed origin without a token is UNAUTHENTICATED', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(appUrl(APP_ORIGIN));
  await page.locator('#status').filter({ hasText: /pathway/ }).waitFor();
  const answer = await page.evaluate(async (api) => {
    const res = await fetch(`${api}/query`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: RemoveEvidenceInput!) { removeEvidence(input: $input) { claim { id } } }',
        variables: { input: { claim: 'claim:nothing', study: 'study:nothing', reason: 'a cross-origin test' } },
      }),
    });
    return { status: res.status, allowOrigin: res.headers.get('access-control-allow-origin'), body: await res.json() };
  }, BASE_URL);
  assert.equal(answer.status, 401);
  assert.equal(answer.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  assert.equal(answer.body.data ?? null, null);
  await context.close();
});
