// A source's link to a claim is drawn by where the source stands on the claim (graph.ts
// POSITION_STYLE), never by an evidence maturity: on a claim page's neighbourhood drawing,
// the link from the explainer to a claim it rejects is red, finely dashed, ends in a bar and
// is labelled "rejects"; to a claim it endorses, green, solid, an arrow, "endorses". Either
// way its end lands on the claim and the legend explains it. Pointing at the link says the
// same in words (the drawing's live status line). Screenshots (laptop
// and phone, the whole page and the drawing alone) are e2e/screenshots/positions-*.png.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { BASE_URL, PHONE, SCREENSHOTS, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const SOURCE = 'source:gut-skin-evidence';
// What a position is drawn as (graph.ts POSITION_STYLE), in the colours cytoscape reports.
const DRAWN = {
  REJECTS: { label: 'rejects', color: 'rgb(185,28,28)', lineStyle: 'dashed', dash: [2, 3], arrow: 'tee' },
  ENDORSES: { label: 'endorses', color: 'rgb(21,128,61)', lineStyle: 'solid', dash: null, arrow: 'triangle' },
};

const browser = testBrowser();

/**
 * The drawn links between the source and the claim, as cytoscape holds and styles them. The
 * drawing keeps its cytoscape instance in the registry cytoscape leaves on its container.
 */
async function sourceLinks(page, claim) {
  await page.locator('.graph-canvas[data-ready="true"]').waitFor();
  return page.locator('.graph-canvas').evaluate(
    (box, { claim, source }) => {
      const cy = box._cyreg?.cy;
      if (!cy) return null;
      const r = box.getBoundingClientRect();
      return cy
        .edges()
        .filter((e) => [e.source().id(), e.target().id()].sort().join(' ') === [claim, source].sort().join(' '))
        .map((e) => {
          const mid = e.renderedMidpoint();
          return {
            id: e.id(),
            target: e.target().id(),
            label: e.data('label'),
            text: e.data('text'),
            color: e.style('line-color').replace(/\s/g, ''),
            lineStyle: e.style('line-style'),
            dash: e.data('lineStyle') === 'solid' ? null : e.data('dash'),
            arrow: e.style('target-arrow-shape'),
            width: e.data('width'),
            x: r.left + mid.x,
            y: r.top + mid.y,
          };
        });
    },
    { claim, source: SOURCE },
  );
}

test('a source’s link to a claim is drawn by its position, rejects and endorses alike', async () => {
  const api = await gql(`{ r: claim(id: "claim:gut-cleanse-detox-clears-skin") { statement maturity positions { position source { id title } } }
    e: claim(id: "claim:gut-skin-link-exists") { statement maturity positions { position source { id title } } } }`);
  const cases = [
    { id: 'claim:gut-cleanse-detox-clears-skin', claim: api.r, position: 'REJECTS' },
    { id: 'claim:gut-skin-link-exists', claim: api.e, position: 'ENDORSES' },
  ];
  for (const c of cases) {
    const p = c.claim.positions.find((x) => x.source.id === SOURCE);
    assert.equal(p?.position, c.position, `the API has the explainer ${c.position} ${c.id} (the case under test)`);
  }
  const title = api.r.positions.find((x) => x.source.id === SOURCE).source.title;

  for (const [viewport, suffix] of [[undefined, 'laptop'], [PHONE, 'phone']]) {
    const { page, problems, context } = await openPage(browser, viewport ? { viewport, isMobile: true } : {});
    for (const c of cases) {
      await page.goto(`${BASE_URL}/explore/claim/${c.id}`);
      await settled(page);
      const links = await sourceLinks(page, c.id);
      assert.ok(links, 'the drawing exposes its cytoscape instance');
      assert.ok(links.length >= 1, `a link between ${SOURCE} and ${c.id} is drawn`);
      const want = DRAWN[c.position];
      for (const l of links) {
        assert.equal(l.label, want.label, `${l.id} is labelled by the position`);
        assert.equal(l.color, want.color, `${l.id} is coloured by the position`);
        assert.equal(l.lineStyle, want.lineStyle, `${l.id}'s line`);
        assert.deepEqual(l.dash, want.dash, `${l.id}'s dashes`);
        assert.equal(l.arrow, want.arrow, `${l.id}'s end`);
        assert.equal(l.target, c.id, `${l.id}'s ${want.arrow} lands on the claim, not on the source`);
        assert.equal(l.width, 3, `${l.id} is as wide as every position and stance link, whatever a maturity would make it`);
        assert.equal(l.text, `${title} ${want.label} the claim “${c.claim.statement}”`, `${l.id}'s description`);
        // A maturity's own words never describe it (the claims' grades are NOT_SUPPORTED and ESTABLISHED).
        assert.doesNotMatch(l.text, /Established|Not supported|not graded/);
      }
      // The legend says what the link means, beside the maturities of the other links.
      const legendEntry = page.locator('.legend-position li');
      assert.deepEqual(await legendEntry.allInnerTexts(), [want.label[0].toUpperCase() + want.label.slice(1)]);
      if (suffix === 'laptop') {
        // Pointing at the link says where the source stands, in the drawing's live status line.
        const l = links[0];
        await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
        const [fresh] = (await sourceLinks(page, c.id)).filter((x) => x.id === l.id);
        await page.mouse.move(fresh.x, fresh.y);
        await page.waitForFunction((t) => document.querySelector('.graph-status')?.textContent === t, l.text, { timeout: 5000 });
      }
      await page.locator('#graph').scrollIntoViewIfNeeded();
      await screenshot(page, `positions-${c.position.toLowerCase()}-${suffix}`);
      // The drawing alone, to look at the link closely.
      await page.locator('#graph').screenshot({ path: join(SCREENSHOTS, `positions-${c.position.toLowerCase()}-${suffix}-graph.png`) });
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
