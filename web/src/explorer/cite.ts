// Citations for reference managers: "Cite" on a study page (BibTeX, RIS or CSL-JSON, copied
// to the clipboard or downloaded) and "Download bibliography" under evidence tables and study
// lists. The files come from the service's /cite/{format} endpoint, which writes authors in
// one form ("Family, I.") and answers with the format's media type and a file name.
import { h, uniqueId } from './dom';

export const CITE_FORMATS: { id: string; label: string }[] = [
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

/** "1 study", "2 studies". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The address of a bibliography file: query is e.g. "claim=claim%3Ax" or "ids=…". */
export function citeHref(format: string, query: string): string {
  return `/cite/${format}${query ? `?${query}` : ''}`;
}

function formatSelect(onChange: (format: string) => void, id?: string): HTMLSelectElement {
  const select = h('select', { id: id ?? null, class: 'cite-format', 'aria-label': id ? null : 'Citation format' }, CITE_FORMATS.map((f) => h('option', { value: f.id }, f.label)));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

/** Copies text to the clipboard, falling back to selecting it in a text area. */
async function copyText(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area.focus();
    area.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/** The "Cite" box of a study page: a format, the citation shown, Copy and Download. */
export function citeBox(studyId: string): HTMLElement {
  const query = `ids=${encodeURIComponent(studyId)}`;
  const selectId = uniqueId('cite-format');
  const area = h('textarea', { class: 'citation-text', readonly: true, rows: 8, spellcheck: 'false', 'aria-label': 'Citation' });
  const status = h('p', { class: 'cite-status muted', role: 'status', 'aria-live': 'polite' });
  const download = h('a', { class: 'btn btn-small cite-download', href: citeHref('bibtex', query), download: '' }, 'Download');
  const copy = h('button', { type: 'button', class: 'btn btn-small btn-primary cite-copy' }, 'Copy');
  let format = 'bibtex';
  let loaded: Promise<string> = Promise.resolve('');
  const load = (f: string) => {
    format = f;
    download.setAttribute('href', citeHref(f, query));
    status.textContent = '';
    loaded = fetch(citeHref(f, query), { headers: { Accept: '*/*' } }).then(async (r) => {
      if (!r.ok) throw new Error(`the service answered ${r.status}`);
      return r.text();
    });
    loaded.then(
      (text) => {
        if (format === f) area.value = text;
      },
      (err: Error) => {
        if (format === f) status.textContent = `Could not load the citation: ${err.message}.`;
      },
    );
  };
  copy.addEventListener('click', async () => {
    const label = CITE_FORMATS.find((x) => x.id === format)?.label ?? format;
    try {
      const text = await loaded;
      area.value = text;
      status.textContent = (await copyText(text, area)) ? `${label} copied to the clipboard.` : `Select the ${label} above and copy it.`;
    } catch (err) {
      status.textContent = `Could not load the citation: ${(err as Error).message}.`;
    }
  });
  const box = h(
    'div',
    { class: 'cite-box' },
    h('p', { class: 'cite-controls' }, h('label', { for: selectId }, 'Format'), formatSelect(load, selectId), ' ', copy, ' ', download),
    area,
    status,
    h('p', { class: 'muted' }, 'Reference managers (Zotero, Mendeley, EndNote) import any of these; Zotero also reads this page directly.'),
  );
  load('bibtex');
  return box;
}

/** "Download bibliography": the studies a query names (a claim's, a filtered list's) as one file. */
export function bibliographyControl(query: string, what: string): HTMLElement {
  const link = h('a', { class: 'btn btn-small bibliography-download', href: citeHref('bibtex', query), download: '' }, 'Download bibliography');
  return h(
    'p',
    { class: 'bibliography' },
    link,
    ' ',
    formatSelect((f) => link.setAttribute('href', citeHref(f, query))),
    ' ',
    h('span', { class: 'muted' }, what),
  );
}
