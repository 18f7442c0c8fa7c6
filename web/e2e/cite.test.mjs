// Citations (issue 19): "Cite" on a study page gives BibTeX, RIS and CSL-JSON that parse, the
// study page as served carries Highwire citation_* meta tags, and "Download bibliography" on
// a claim's evidence table downloads a file with the claim's studies. The Go tests run the
// formats' own validators; here the structure is checked in JavaScript.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, gql, openPage, screenshot, settled, testBrowser } from './helpers.mjs';

const STUDY = 'study:gut-microbiome-skin-health-gut-skin-axis-2022';

const browser = testBrowser();

/** Checks a BibTeX file's structure: entries, unique keys, balanced braces, required fields. */
function checkBibTeX(text) {
  const entries = [...text.matchAll(/^@(\w+)\{([^,\s]+),\n([\s\S]*?)^\}$/gm)];
  assert.ok(entries.length > 0, `no BibTeX entry in:\n${text}`);
  const keys = entries.map((e) => e[2]);
  assert.equal(new Set(keys).size, keys.length, `repeated keys: ${keys}`);
  for (const [, type, key, body] of entries) {
    assert.equal([...body].filter((c) => c === '{').length, [...body].filter((c) => c === '}').length, `${key}: unbalanced braces`);
    for (const field of ['title', 'year']) assert.match(body, new RegExp(`^  ${field} = \\{.+\\},$`, 'm'), `${key} lacks ${field}`);
    if (type === 'article') assert.match(body, /^ {2}journal = \{.+\},$/m, `${key} lacks journal`);
  }
  return entries;
}

/** Checks a RIS file: every record opens with TY and closes with ER; tag lines only. A text
 * area shows line ends as LF, a downloaded file has CR LF. */
function checkRIS(text) {
  const lines = text.split(/\r?\n/);
  let open = false;
  let records = 0;
  for (const line of lines) {
    if (line === '') continue;
    assert.match(line, /^[A-Z][A-Z0-9] {2}- /, `not a tag line: ${JSON.stringify(line)}`);
    if (line.startsWith('TY  - ')) {
      assert.ok(!open, 'a record opens before the last one closed');
      open = true;
      records++;
    }
    if (line.startsWith('ER  - ')) {
      assert.ok(open, 'ER without TY');
      open = false;
    }
  }
  assert.ok(!open, 'the last record has no ER');
  assert.ok(records > 0, 'no records');
  return records;
}

test('"Cite" on a study page gives BibTeX, RIS and CSL-JSON that parse, and the page carries citation meta tags', async () => {
  const { context, page, problems } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  await page.goto(`${BASE_URL}/explore/study/${encodeURIComponent(STUDY)}`);
  await settled(page);

  // Meta tags that reference managers read (served in the HTML, see the Go test too).
  const meta = await page.locator('head meta[name^="citation_"]').evaluateAll((ms) => ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
  const byName = (n) => meta.filter(([k]) => k === n).map(([, v]) => v);
  assert.equal(byName('citation_doi')[0], '10.1080/19490976.2022.2096995');
  assert.equal(byName('citation_pmid')[0], '35866234');
  assert.equal(byName('citation_publication_date')[0], '2022');
  assert.equal(byName('citation_journal_title')[0], 'Gut Microbes');
  assert.equal(byName('citation_author').length, 11);
  assert.equal(byName('citation_author')[0], 'Mahmud, M. R.');

  // Authors in one form on the page.
  const record = await page.locator('#record-h').locator('xpath=..').innerText();
  assert.match(record, /Mahmud, M\. R\., Akter, S\./);

  const box = page.locator('.cite-box');
  const area = box.locator('textarea.citation-text');
  const select = box.locator('select.cite-format');

  await page.waitForFunction(() => document.querySelector('.cite-box textarea')?.value.startsWith('@article{'));
  await box.getByRole('button', { name: 'Copy' }).click();
  await page.waitForFunction(() => /copied/.test(document.querySelector('.cite-status')?.textContent ?? ''));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const bib = await area.inputValue();
  assert.equal(copied, bib, 'the clipboard holds the BibTeX shown');
  const [entry] = checkBibTeX(bib);
  assert.equal(entry[2], 'mahmud2022impact');
  assert.match(bib, /author = \{Mahmud, M\. R\. and Akter, S\./);

  await select.selectOption('ris');
  await page.waitForFunction(() => document.querySelector('.cite-box textarea')?.value.startsWith('TY  - JOUR'));
  const ris = await area.inputValue();
  assert.equal(checkRIS(ris), 1);
  assert.match(ris, /\nAU {2}- Pirttilä, A\. M\.\r?\n/);

  await select.selectOption('csl-json');
  await page.waitForFunction(() => document.querySelector('.cite-box textarea')?.value.startsWith('['));
  const csl = JSON.parse(await area.inputValue());
  assert.equal(csl.length, 1);
  assert.equal(csl[0].id, STUDY);
  assert.equal(csl[0].type, 'article-journal');
  assert.deepEqual(csl[0].author[0], { family: 'Mahmud', given: 'M. R.' });
  assert.deepEqual(csl[0].issued, { 'date-parts': [[2022]] });

  // Download gives the file with its name.
  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('link', { name: 'Download' }).click()]);
  assert.equal(download.suggestedFilename(), 'gutskin-mahmud2022impact.json');
  await screenshot(page, 'cite-study');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Download bibliography" on a claim\'s evidence table downloads the claim\'s studies', async () => {
  const data = await gql('{ claims(first: 100) { nodes { id evidence { study { id } } } } }');
  const claim = data.claims.nodes.reduce((a, b) => (b.evidence.length > a.evidence.length ? b : a));
  const want = [...new Set(claim.evidence.map((e) => e.study.id))];
  assert.ok(want.length >= 2, 'a claim with several studies');

  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/claim/${encodeURIComponent(claim.id)}`);
  await settled(page);
  const control = page.locator('#evidence-h').locator('xpath=..').locator('.bibliography');
  assert.match(await control.innerText(), new RegExp(`${want.length} studies behind this claim`));

  // RIS first, then CSL-JSON, whose ids are compared with the claim's evidence.
  await control.locator('select').selectOption('ris');
  let [download] = await Promise.all([page.waitForEvent('download'), control.getByRole('link', { name: 'Download bibliography' }).click()]);
  assert.match(download.suggestedFilename(), /^gutskin-.+-studies\.ris$/);
  const { readFile } = await import('node:fs/promises');
  const risFile = await readFile(await download.path(), 'utf8');
  assert.ok(risFile.includes('ER  - \r\n'), 'the file has CR LF line ends');
  assert.equal(checkRIS(risFile), want.length);

  await control.locator('select').selectOption('csl-json');
  [download] = await Promise.all([page.waitForEvent('download'), control.getByRole('link', { name: 'Download bibliography' }).click()]);
  const items = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(
    items.map((i) => i.id),
    want,
  );
  for (const i of items) assert.ok(i.type && i.title, `item ${i.id} has a type and a title`);

  await control.locator('select').selectOption('bibtex');
  [download] = await Promise.all([page.waitForEvent('download'), control.getByRole('link', { name: 'Download bibliography' }).click()]);
  assert.equal(checkBibTeX(await readFile(await download.path(), 'utf8')).length, want.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the studies list downloads the filtered studies as a bibliography', async () => {
  const data = await gql('{ studies(first: 100, filter: {designs: [META_ANALYSIS]}) { totalCount } }');
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/studies?design=META_ANALYSIS`);
  await settled(page);
  const control = page.locator('.list-page .bibliography');
  await control.locator('select').selectOption('ris');
  const [download] = await Promise.all([page.waitForEvent('download'), control.getByRole('link', { name: 'Download bibliography' }).click()]);
  const { readFile } = await import('node:fs/promises');
  assert.equal(checkRIS(await readFile(await download.path(), 'utf8')), data.studies.totalCount);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a pathway hop offers its studies as a bibliography', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${BASE_URL}/explore/pathways?from=strain:hn001&to=condition:acne&maxHops=4`);
  await settled(page);
  const hop = page.locator('details.hop-studies:has(.hop-study-list)').first();
  await hop.locator('summary').click();
  const studies = await hop.locator('.hop-study-list li > a').evaluateAll((as) => [...new Set(as.map((a) => decodeURIComponent(a.getAttribute('href').split('/').pop())))]);
  assert.ok(studies.length > 0, 'the hop lists studies');
  const link = hop.locator('.bibliography a');
  const href = await link.getAttribute('href');
  assert.match(href, /^\/cite\/bibtex\?ids=study/);
  await hop.locator('.bibliography select').selectOption('csl-json');
  const res = await page.evaluate(async (u) => (await fetch(u)).json(), await link.getAttribute('href'));
  assert.deepEqual(
    res.map((i) => i.id),
    studies,
  );
  assert.deepEqual(problems, []);
  await context.close();
});
