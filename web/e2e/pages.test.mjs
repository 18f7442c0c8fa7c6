// Every kind of entity page renders its fields, its graph and its provenance, and its links
// lead to the related entities' pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, entityPath, foreignRequests, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const browser = testBrowser();


test('a page for each kind of entity', async (t) => {
  const d = await gql(`{
    sources { id label }
    studies(first: 1, orderBy: { field: YEAR, direction: DESC }) { nodes { id label } }
    strains(first: 1) { nodes { id label species { id label } } }
    mechanisms(first: 1) { nodes { id label } }
    conditions(first: 1) { nodes { id label } }
    factors(first: 1) { nodes { id label } }
    claims(first: 1) { nodes { id label } }
    findings: search(query: "probiotics", kinds: [FINDING], first: 1) { nodes { id label } }
  }`);
  const entities = [
    d.sources[0],
    d.studies.nodes[0],
    d.strains.nodes[0],
    d.strains.nodes.find((s) => s.species)?.species,
    d.mechanisms.nodes[0],
    d.conditions.nodes[0],
    d.factors.nodes[0],
    d.claims.nodes[0],
    d.findings.nodes[0],
  ].filter(Boolean);
  assert.ok(entities.length >= 8, 'the API has entities of (nearly) every kind');

  const { page, requests, problems } = await openPage(browser);
  for (const e of entities) {
    await page.goto(`${BASE_URL}${entityPath(e.id)}`);
    await settled(page);
    const kind = e.id.split(':')[0];
    assert.equal((await page.locator('h1').innerText()).trim().length > 0, true, `${e.id}: a heading`);
    assert.equal(await page.locator('.entity-id').innerText(), e.id, `${e.id}: the id is shown`);
    await page.getByRole('heading', { name: 'Provenance' }).waitFor();
    assert.ok((await page.locator('#provenance-h + .provenance > li').count()) > 0, `${e.id}: provenance`);
    // The neighbourhood graph (or a note that there is nothing to draw).
    await page.waitForFunction(() => document.querySelector('.graph-canvas[data-ready="true"] canvas') || /No related entities/.test(document.querySelector('#graph')?.textContent ?? ''));
    // Links to other entities' pages.
    const links = await page.locator('main article a[href^="/explore/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.some((l) => l !== entityPath(e.id)), `${e.id}: links to related entities`);
    t.diagnostic(`${kind}: ${e.id} — ${links.length} links`);
    await screenshot(page, `8-${kind}`);
  }
  assert.deepEqual(foreignRequests(requests), []);
  assert.deepEqual(problems, []);
});

test('clicking a node of the graph opens its page', async () => {
  const { page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=3`);
  await settled(page);
  await page.locator('.graph-canvas[data-ready="true"] canvas').first().waitFor();
  // cytoscape draws on a canvas: find the end node's rendered position and click there.
  const target = await page.evaluate(() => {
    const el = document.querySelector('.graph-canvas');
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { left: box.left, top: box.top, width: box.width, height: box.height };
  });
  // The path runs left to right, so the end (acne) is the right-most node, near the middle
  // line: sweep the pointer until the status line names it, then click.
  let spot = null;
  for (let dy = -40; dy <= 10 && !spot; dy += 10) {
    for (let x = target.left + target.width - 15; x > target.left + target.width / 2 && !spot; x -= 8) {
      const y = target.top + target.height / 2 + dy;
      await page.mouse.move(x, y);
      if (/^Condition: Acne/.test(await page.locator('.graph-status').innerText())) spot = { x, y };
    }
  }
  assert.ok(spot, 'pointing at the acne node names it in the status line');
  await page.mouse.click(spot.x, spot.y);
  await page.waitForURL(/\/explore\/condition\/condition:acne$/);
  const opened = true;
  assert.ok(opened, 'a click on the acne node opened its page');
  await settled(page);
  assert.match(await page.locator('h1').innerText(), /Acne/);
  assert.deepEqual(problems, []);
});
