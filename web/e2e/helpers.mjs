// Shared set-up of the end-to-end tests: a real headless Chromium (Debian's package) driven by
// playwright-core, pointed at a running server (EXPLORER_URL, e.g. http://127.0.0.1:18080).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.EXPLORER_URL || 'http://127.0.0.1:18080').replace(/\/$/, '');
export const ORIGIN = new URL(BASE_URL).origin;
export const HERE = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(HERE, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * The browser a test file shares: launched before its tests and closed after them. Call it
 * once at the top of the file; what it returns opens contexts in that browser, so openPage
 * takes it as it takes a browser.
 */
export function testBrowser() {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  return { newContext: (options) => browser.newContext(options) };
}

/** An entity's page in the Explorer, e.g. /explore/strain/strain:hn001 (the id's colons kept). */
export function entityPath(id) {
  return `/explore/${id.split(':')[0]}/${encodeURIComponent(id).replace(/%3A/g, ':')}`;
}

/**
 * A page that records every request it makes and every console error, CSP violation and
 * uncaught exception, so that tests can assert nothing left the machine and nothing broke.
 * bypassCSP lets axe be injected; console errors that expectedErrors (a RegExp) matches are
 * expected refusals, not problems.
 */
export async function openPage(browser, { viewport = LAPTOP, isMobile = false, bypassCSP = false, expectedErrors = null } = {}) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile, deviceScaleFactor: 1, bypassCSP });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  context.on('request', (req) => requests.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectedErrors?.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return { context, page, requests, problems };
}

/** Requests that went anywhere but the server under test (data: and blob: URLs stay local). */
export function foreignRequests(requests) {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      return new URL(u).origin !== ORIGIN;
    } catch {
      return true;
    }
  });
}

export async function screenshot(page, name) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** POSTs a GraphQL query to the server under test. */
export async function gql(query, variables = {}) {
  const res = await fetch(`${BASE_URL}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Waits until the Explorer has finished rendering the current view. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    // Settled: nothing in the page is still loading, counts and side panels included.
    return main && !main.hasAttribute('aria-busy') && !main.querySelector('[aria-busy="true"], .loading');
  });
}

/** POSTs a GraphQL request to the server under test, with a bearer token when one is given, and returns the whole answer (data and errors). */
export async function post(query, variables = {}, token) {
  const res = await fetch(`${BASE_URL}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * post for a test's clean-up: a write refused RATE_LIMITED (the token's burst spent by the test
 * before) is sent again, up to 20 times half a second apart, so that the clean-up still runs.
 */
export async function postRetrying(query, variables, token) {
  for (let i = 1; ; i++) {
    const r = await post(query, variables, token);
    if (i >= 20 || r.errors?.[0]?.extensions?.code !== 'RATE_LIMITED') return r;
    await new Promise((done) => setTimeout(done, 500));
  }
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious or critical axe-core violations (WCAG 2 A/AA and best practice) on the page as it is
 * now, each as "rule (impact): the first three elements". axe is injected as a script, which
 * the server's Content-Security-Policy refuses unless the page's context bypasses it
 * (openPage's bypassCSP).
 */
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
