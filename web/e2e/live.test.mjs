// Live updates: an entity page watches the changes subscription and, when a curator
// changes what it shows, says so and offers a reload.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { BASE_URL, HERE, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();

// A curator token made with the binary the server runs (scripts/e2e.sh builds it), on the
// same Neo4j (NEO4J_URI and friends come from the environment).
function curatorToken(name) {
  const bin = join(HERE, '..', '..', 'bin', 'gutskin');
  return execFileSync(bin, ['token', 'create', '--name', name, '--role', 'curator'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

async function write(token, query, variables) {
  const res = await fetch(`${BASE_URL}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function version(id) {
  const res = await fetch(`${BASE_URL}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($id: ID!) { revision(id: $id) { version } }', variables: { id } }),
  });
  return (await res.json()).data.revision.version;
}

test('a change to the entity on screen shows "updated by <curator> — reload"', async () => {
  const name = `e2e-live-${Date.now()}`;
  const token = curatorToken(name);
  const n = Date.now();
  const { createStudy } = await write(token, 'mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }', {
    in: {
      reason: 'browser test of live updates', source: 'https://doi.org/10.5555/e2e', doi: `10.5555/e2e.live.${n}`,
      title: 'Live update trial', authors: ['Doe, J.'], year: 2026, design: 'RANDOMIZED_CONTROLLED_TRIAL',
      summary: 'A study the browser test makes and retires.', citedBy: [{ source: 'source:gut-health-acne', number: 100000 + (n % 100000) }],
      provenance: [{ source: 'source:gut-health-acne', section: 'References' }],
    },
  });
  const id = createStudy.study.id;
  try {
    const { page, problems } = await openPage(browser);
    const subscribed = new Promise((resolve) => {
      page.on('websocket', (ws) => ws.on('framesent', (f) => String(f.payload).includes('"subscribe"') && resolve()));
    });
    await page.goto(`${BASE_URL}/explore/study/${id}`);
    await settled(page);
    await subscribed;
    assert.equal(await page.locator('.live-notice').count(), 0, 'no notice before any change');

    // The subscription starts after the change the page had read; the loop only guards
    // against a notice that never comes, which the assertion below then reports.
    const notice = page.locator('.live-notice');
    let title;
    for (let i = 1; i <= 3 && !(await notice.count()); i++) {
      title = `Live update trial, corrected ${i}`;
      await write(token, 'mutation($in: UpdateStudyInput!) { updateStudy(input: $in) { version } }', {
        in: { reason: 'typo', id, expectedVersion: await version(id), title },
      });
      await notice.waitFor({ timeout: 5000 }).catch(() => {});
    }
    assert.equal((await notice.textContent()).replace(/\s+/g, ' ').trim(), `Updated by ${name} — reload`);
    await screenshot(page, 'live-notice');
    await notice.getByRole('button', { name: 'reload' }).click();
    await settled(page);
    assert.equal((await page.locator('h1').innerText()).trim(), title);
    assert.deepEqual(problems, []);
  } finally {
    await write(token, 'mutation($in: RetireInput!) { retire(input: $in) { revision { retired } } }', {
      in: { reason: 'browser test done', id, expectedVersion: await version(id) },
    });
  }
});

test('a change committed while the page loads, before it subscribes, is still told', async () => {
  const name = `e2e-live-race-${Date.now()}`;
  const token = curatorToken(name);
  const n = Date.now();
  const { createStudy } = await write(token, 'mutation($in: CreateStudyInput!) { createStudy(input: $in) { study { id } } }', {
    in: {
      reason: 'browser test of live updates', source: 'https://doi.org/10.5555/e2e', doi: `10.5555/e2e.live-race.${n}`,
      title: 'Live race trial', authors: ['Doe, J.'], year: 2026, design: 'RANDOMIZED_CONTROLLED_TRIAL',
      summary: 'A study the browser test makes and retires.', citedBy: [{ source: 'source:gut-health-acne', number: 200000 + (n % 100000) }],
      provenance: [{ source: 'source:gut-health-acne', section: 'References' }],
    },
  });
  const id = createStudy.study.id;
  try {
    const { page, problems } = await openPage(browser);
    // The study's own query is answered as the server read it, but the page gets the answer
    // only after a curator has changed the study: what it draws is already stale, and the
    // change was committed before the page could subscribe.
    let changed = false;
    await page.route('**/query', async (route) => {
      const body = route.request().postData() ?? '';
      if (changed || !body.includes('query Study(')) return route.continue();
      const response = await route.fetch();
      await write(token, 'mutation($in: UpdateStudyInput!) { updateStudy(input: $in) { version } }', {
        in: { reason: 'changed while the page loads', id, expectedVersion: await version(id), title: 'Live race trial, corrected' },
      });
      changed = true;
      await route.fulfill({ response });
    });
    await page.goto(`${BASE_URL}/explore/study/${id}`);
    await settled(page);
    assert.ok(changed, 'the study changed while the page loaded');
    assert.equal((await page.locator('h1').innerText()).trim(), 'Live race trial', 'the page shows what it read');
    const notice = page.locator('.live-notice');
    await notice.waitFor({ timeout: 10000 });
    assert.equal((await notice.textContent()).replace(/\s+/g, ' ').trim(), `Updated by ${name} — reload`);
    await notice.getByRole('button', { name: 'reload' }).click();
    await settled(page);
    assert.equal((await page.locator('h1').innerText()).trim(), 'Live race trial, corrected');
    assert.deepEqual(problems, []);
  } finally {
    await write(token, 'mutation($in: RetireInput!) { retire(input: $in) { revision { retired } } }', {
      in: { reason: 'browser test done', id, expectedVersion: await version(id) },
    });
  }
});
