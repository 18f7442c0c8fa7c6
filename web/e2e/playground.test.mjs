// (5) The playground loads GraphiQL with its example tabs, runs a query against /query, and
// no request leaves the server.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, foreignRequests, openPage, screenshot, testBrowser } from './helpers.mjs';

const browser = testBrowser();

test('GraphiQL loads, runs the first example, and stays on the machine', async (t) => {
  const { page, requests, problems } = await openPage(browser);
  // GraphiQL fetches the schema by introspection as soon as it starts.
  const introspection = page.waitForResponse((r) => r.url() === `${BASE_URL}/query` && r.request().method() === 'POST' && /IntrospectionQuery/.test(r.request().postData() ?? ''));
  await page.goto(`${BASE_URL}/playground`);
  await page.locator('.graphiql-container').waitFor();
  // The example tabs.
  const tabs = page.locator('.graphiql-tab');
  await tabs.first().waitFor();
  assert.equal(await tabs.count(), 6, 'six example tabs');
  const names = await tabs.allInnerTexts();
  t.diagnostic(`tabs: ${names.map((n) => n.trim()).join(' | ')}`);
  assert.match(names.join(' '), /SearchEczema/);
  assert.match(names.join(' '), /HN001ToAcne/);
  assert.match(names.join(' '), /StrainVersion/);

  const schema = await (await introspection).json();
  assert.ok(schema.data?.__schema, 'introspection answered');
  // Run the first tab.
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror');
  await page.waitForFunction(() => /atopic-dermatitis/.test(document.querySelector('.graphiql-response')?.textContent ?? ''), null, { timeout: 15000 });
  assert.match(await result.innerText(), /"matched": "eczema"/);
  await screenshot(page, '5-playground');

  // Every request went to the server under test.
  assert.ok(requests.length > 0);
  assert.deepEqual(foreignRequests(requests), [], 'no request left 127.0.0.1');
  t.diagnostic(`requests: ${requests.length}, all to ${new URL(BASE_URL).origin}`);
  assert.deepEqual(problems, []);
});
