// Measures (and bounds) what the Explorer costs a reader: the gzipped size of its entry's
// JavaScript and CSS, and the time to its first render in the test browser.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BASE_URL, HERE, openPage, testBrowser } from './helpers.mjs';

const DIST = join(HERE, '..', 'dist');
// The entry (what every page loads first) must stay under 40 KiB gzipped; heavier parts (the
// graph code with cytoscape, the comparison view) load on demand. Measured values are printed.
const ENTRY_GZIP_BUDGET = 40 * 1024;

const browser = testBrowser();

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** The assets an HTML page loads up front (script, module preloads, stylesheets). */
function entryAssets(html) {
  return [...readFileSync(join(DIST, html), 'utf8').matchAll(/(?:src|href)="\/explore\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

test('bundle size of the Explorer entry (gzipped JS + CSS)', (t) => {
  const initial = entryAssets('index.html');
  assert.ok(initial.some((f) => f.endsWith('.js')) && initial.some((f) => f.endsWith('.css')));
  const js = initial.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const css = initial.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
  const graph = readdirSync(join(DIST, 'assets'))
    .filter((f) => /^cytoscape.*\.js$/.test(f))
    .reduce((n, f) => n + gz(`assets/${f}`), 0);
  const playground = entryAssets('playground.html').reduce((n, f) => n + gz(f), 0);
  const lines = [
    `explorer entry: JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)} gzipped (${initial.join(', ')})`,
    `graph chunk (cytoscape, loaded on the first page with a graph): ${kb(graph)} gzipped`,
    `explorer with graph: ${kb(js + css + graph)} gzipped`,
    `playground entry (GraphiQL, React, CodeMirror): ${kb(playground)} gzipped`,
  ];
  for (const l of lines) t.diagnostic(`metric: ${l}`);
  assert.ok(js + css < ENTRY_GZIP_BUDGET, `entry ${kb(js + css)} is over the ${kb(ENTRY_GZIP_BUDGET)} budget`);
});

test('first render time of the Explorer in the test browser', async (t) => {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await openPage(browser);
    const started = Date.now();
    await page.goto(`${BASE_URL}/explore/`, { waitUntil: 'commit' });
    await page.locator('#site-search').waitFor({ state: 'visible' });
    const wall = Date.now() - started;
    await page.waitForFunction(() => performance.getEntriesByName('explorer:first-page').length > 0);
    const m = await page.evaluate(() => {
      const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const wire = performance
        .getEntriesByType('resource')
        .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname))
        .reduce((n, r) => n + r.transferSize, 0);
      return { searchVisible: mark('explorer:search-visible'), firstPage: mark('explorer:first-page'), fcp, dcl: nav.domContentLoadedEventEnd, wire };
    });
    runs.push({ ...m, wall });
    await context.close();
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const lines = [
    `first render (navigation start → search box rendered, performance mark): median ${median('searchVisible').toFixed(0)} ms over ${runs.length} cold loads`,
    `first contentful paint: median ${median('fcp').toFixed(0)} ms; home page rendered: ${median('firstPage').toFixed(0)} ms; DOMContentLoaded: ${median('dcl').toFixed(0)} ms`,
    `wall clock, goto → search box visible (test side): median ${median('wall')} ms`,
    `JS + CSS bytes over the wire on the home page: ${kb(runs[0].wire)}`,
  ];
  for (const l of lines) t.diagnostic(`metric: ${l}`);
  // Reported, not asserted: speed is measured, never a pass/fail timing. What is asserted is
  // that the marks exist, i.e. the page really rendered its search box and first page.
  assert.ok(Number.isFinite(median('searchVisible')) && Number.isFinite(median('firstPage')), 'render marks missing');
});

test('interaction timings in the test browser', async (t) => {
  const { page } = await openPage(browser);
  const settledPage = () =>
    page.waitForFunction(() => {
      const main = document.querySelector('main');
      return main && !main.hasAttribute('aria-busy') && !main.querySelector('[aria-busy="true"], .loading');
    });
  const timings = { listFilter: [], openEntity: [], twoHop: [] };
  for (let i = 0; i < 3; i++) {
    await page.goto(`${BASE_URL}/explore/claims`);
    await settledPage();
    let t0 = await page.evaluate(() => performance.now());
    await page.selectOption('#filter-kind', 'MARKETING');
    await page.waitForURL(/kind=MARKETING/);
    await settledPage();
    timings.listFilter.push((await page.evaluate(() => performance.now())) - t0);
    t0 = await page.evaluate(() => performance.now());
    await page.locator('main table a[href^="/explore/claim/"]').first().click();
    await page.waitForURL(/\/explore\/claim\//);
    await settledPage();
    timings.openEntity.push((await page.evaluate(() => performance.now())) - t0);
    t0 = await page.evaluate(() => performance.now());
    await page.goto(`${BASE_URL}/explore/condition/condition:atopic-dermatitis?depth=2`);
    await page.locator('.graph-canvas[data-ready="true"]').waitFor();
    timings.twoHop.push((await page.evaluate(() => performance.now())) - 0);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  t.diagnostic(`metric: claims list, change the kind filter → table shown: median ${median(timings.listFilter).toFixed(0)} ms`);
  t.diagnostic(`metric: claims list → open a claim page (rendered): median ${median(timings.openEntity).toFixed(0)} ms`);
  t.diagnostic(`metric: cold load of a two-hop graph page → graph drawn: median ${median(timings.twoHop).toFixed(0)} ms`);
  assert.ok(timings.openEntity.every(Number.isFinite));
});
