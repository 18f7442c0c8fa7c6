// A table a researcher can scan: columns sort on a click (or Enter) of their heading, a text box
// and per-column choices narrow the rows, and rows can be ticked for a side-by-side comparison.
// Everything happens on the rows already in the page; the count line says how many are shown.
import { h, uniqueId, type Child } from './dom';
import { BASE } from './router';

export type SortValue = string | number | null | undefined;

export interface Column<T> {
  key: string;
  label: string;
  cell(row: T): Child;
  /** Present when the column can be sorted; null/undefined values sort last either way. */
  sort?(row: T): SortValue;
  /** Numbers sort high-to-low first. */
  numeric?: boolean;
  cls?: string;
}

export interface Facet<T> {
  key: string;
  label: string;
  /** The values of a row for this facet (a study can examine several strains). */
  values(row: T): string[];
  /** How a value is shown in the choice list (defaults to the value). */
  labelOf?(value: string): string;
}

export interface DataTableOptions<T> {
  caption: string;
  /** What a row is, for the count line: ['study', 'studies']. */
  noun: [string, string];
  columns: Column<T>[];
  rows: T[];
  /** Text the filter box matches against (case-insensitive). */
  text(row: T): string;
  facets?: Facet<T>[];
  initialSort?: { key: string; descending: boolean };
  /** The id of a row that can be compared (studies and claims). */
  compareId?(row: T): string | null;
  /** Label of a row for its comparison checkbox. */
  rowLabel?(row: T): string;
  cls?: string;
  /** Shown (with the count line) when more rows exist than are loaded. */
  partial?: string;
}

export interface DataTable<T> {
  element: HTMLElement;
  /** Replaces the rows (e.g. after "Load more"), keeping sort, filters and ticks. */
  setRows(rows: T[], partial?: string): void;
  /** The rows shown, in their order. */
  visible(): T[];
}

export const MAX_COMPARE = 6;

/** The URL of the comparison view for these ids. */
export function compareHref(ids: string[]): string {
  const q = new URLSearchParams();
  q.set('ids', ids.join(','));
  return `${BASE}compare?${q}`;
}

function compareValues(a: SortValue, b: SortValue): number {
  const an = a === null || a === undefined || a === '';
  const bn = b === null || b === undefined || b === '';
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

export function dataTable<T>(opts: DataTableOptions<T>): DataTable<T> {
  const idp = uniqueId('dt');
  let rows = opts.rows;
  let partial = opts.partial;
  let sortKey = opts.initialSort?.key ?? null;
  let descending = opts.initialSort?.descending ?? false;
  let query = '';
  const facetValue = new Map<string, string>();
  const ticked = new Set<string>();

  const countLine = h('p', { class: 'dt-count muted', 'aria-live': 'polite', id: `${idp}-count` });
  const textInput = h('input', { type: 'search', id: `${idp}-q`, class: 'dt-q', placeholder: 'Words in any column', autocomplete: 'off', 'aria-describedby': `${idp}-count` });
  const facetBox = h('span', { class: 'dt-facets' });
  // On a phone the table becomes cards without headings, so sorting is offered as a choice.
  const sortable = opts.columns.filter((c) => c.sort);
  const sortSelect = h(
    'select',
    {
      id: `${idp}-sort`,
      onchange: (ev: Event) => {
        const [key, dir] = (ev.target as HTMLSelectElement).value.split(':');
        sortKey = key || null;
        descending = dir === 'desc';
        render();
      },
    },
    h('option', { value: '' }, 'As listed'),
    sortable.map((c) => [
      h('option', { value: `${c.key}:${c.numeric ? 'desc' : 'asc'}` }, `${c.label}${c.numeric ? ', high to low' : ', A to Z'}`),
      h('option', { value: `${c.key}:${c.numeric ? 'asc' : 'desc'}` }, `${c.label}${c.numeric ? ', low to high' : ', Z to A'}`),
    ]),
  );
  const sortField = sortable.length ? h('div', { class: 'inline-field dt-sortsel' }, h('label', { for: `${idp}-sort` }, 'Sort by'), sortSelect) : null;
  const controls = h('div', { class: 'dt-controls' }, h('div', { class: 'inline-field grow' }, h('label', { for: `${idp}-q` }, 'Filter'), textInput), sortField, facetBox);
  const compareLink = h('a', { class: 'btn btn-small dt-compare', href: '#', 'aria-disabled': 'true' }, 'Compare');
  const compareNote = h('span', { class: 'muted dt-compare-note' });
  const compareBar = opts.compareId ? h('p', { class: 'dt-compare-bar' }, compareLink, ' ', compareNote) : null;
  const thead = h('thead');
  const tbody = h('tbody');
  const table = h('table', { class: `table stack dt ${opts.cls ?? ''}` }, h('caption', { class: 'visually-hidden' }, opts.caption), thead, tbody);
  const element = h('div', { class: 'dt-wrap' }, controls, countLine, h('div', { class: 'table-wrap' }, table), compareBar);

  const updateCompare = () => {
    if (!compareBar) return;
    const ids = [...ticked];
    compareLink.textContent = `Compare selected (${ids.length})`;
    if (ids.length >= 2) {
      compareLink.href = compareHref(ids);
      compareLink.removeAttribute('aria-disabled');
    } else {
      compareLink.href = '#';
      compareLink.setAttribute('aria-disabled', 'true');
    }
    compareNote.textContent = ids.length >= MAX_COMPARE ? `At most ${MAX_COMPARE} at a time.` : ids.length < 2 ? 'Tick two to six rows to compare them side by side.' : '';
    for (const box of tbody.querySelectorAll<HTMLInputElement>('input.dt-tick')) box.disabled = !box.checked && ids.length >= MAX_COMPARE;
  };
  compareLink.addEventListener('click', (ev) => {
    if (compareLink.getAttribute('aria-disabled')) ev.preventDefault();
  });

  const headers = () => {
    const cells: Child[] = [];
    if (opts.compareId) cells.push(h('th', { scope: 'col', class: 'dt-tick-col' }, h('span', { class: 'visually-hidden' }, 'Compare')));
    for (const c of opts.columns) {
      if (!c.sort) {
        cells.push(h('th', { scope: 'col', class: c.cls }, c.label));
        continue;
      }
      const active = sortKey === c.key;
      cells.push(
        h(
          'th',
          { scope: 'col', class: c.cls, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : null },
          h(
            'button',
            {
              type: 'button',
              class: 'dt-sort',
              onclick: () => {
                if (sortKey === c.key) descending = !descending;
                else {
                  sortKey = c.key;
                  descending = !!c.numeric;
                }
                render();
                thead.querySelector<HTMLElement>(`[data-key="${c.key}"]`)?.focus();
              },
              'data-key': c.key,
              title: `Sort by ${c.label.toLowerCase()}`,
            },
            c.label,
            h('span', { class: 'dt-arrow', 'aria-hidden': 'true' }, active ? (descending ? ' ▼' : ' ▲') : ' ↕'),
          ),
        ),
      );
    }
    thead.replaceChildren(h('tr', null, cells));
  };

  const facetControls = () => {
    facetBox.replaceChildren();
    for (const f of opts.facets ?? []) {
      const values = new Set<string>();
      for (const r of rows) for (const v of f.values(r)) values.add(v);
      if (values.size < 2 && !facetValue.get(f.key)) continue;
      const id = `${idp}-f-${f.key}`;
      const current = facetValue.get(f.key) ?? '';
      const select = h(
        'select',
        {
          id,
          onchange: (ev: Event) => {
            const v = (ev.target as HTMLSelectElement).value;
            if (v) facetValue.set(f.key, v);
            else facetValue.delete(f.key);
            render();
          },
        },
        h('option', { value: '' }, 'Any'),
        [...values].sort((a, b) => (f.labelOf?.(a) ?? a).localeCompare(f.labelOf?.(b) ?? b)).map((v) => h('option', { value: v, selected: v === current }, f.labelOf?.(v) ?? v)),
      );
      facetBox.appendChild(h('span', { class: 'inline-field' }, h('label', { for: id }, f.label), select));
    }
  };

  const visible = (): T[] => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    let out = rows.filter((r) => {
      for (const f of opts.facets ?? []) {
        const want = facetValue.get(f.key);
        if (want && !f.values(r).includes(want)) return false;
      }
      if (!words.length) return true;
      const text = opts.text(r).toLowerCase();
      return words.every((w) => text.includes(w));
    });
    const col = opts.columns.find((c) => c.key === sortKey);
    if (col?.sort) {
      const dir = descending ? -1 : 1;
      out = out
        .map((r, i) => ({ r, i, v: col.sort!(r) }))
        .sort((a, b) => {
          const an = a.v === null || a.v === undefined || a.v === '';
          const bn = b.v === null || b.v === undefined || b.v === '';
          // Rows without a value stay at the end in either direction.
          if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
          return dir * compareValues(a.v, b.v) || a.i - b.i;
        })
        .map((x) => x.r);
    }
    return out;
  };

  const render = () => {
    headers();
    sortSelect.value = sortKey ? `${sortKey}:${descending ? 'desc' : 'asc'}` : '';
    const shown = visible();
    tbody.replaceChildren(
      ...shown.map((r) => {
        const cells: Child[] = [];
        const cid = opts.compareId?.(r);
        if (opts.compareId) {
          cells.push(
            h(
              'td',
              { class: 'dt-tick-cell', 'data-label': 'Compare' },
              cid
                ? h('input', {
                    type: 'checkbox',
                    class: 'dt-tick',
                    checked: ticked.has(cid),
                    'aria-label': `Compare: ${opts.rowLabel?.(r) ?? cid}`,
                    onchange: (ev: Event) => {
                      if ((ev.target as HTMLInputElement).checked) ticked.add(cid);
                      else ticked.delete(cid);
                      updateCompare();
                    },
                  })
                : null,
            ),
          );
        }
        for (const c of opts.columns) cells.push(h('td', { 'data-label': c.label, class: c.cls }, c.cell(r)));
        return h('tr', null, cells);
      }),
    );
    const [one, many] = opts.noun;
    const total = rows.length;
    countLine.textContent =
      shown.length === total ? `${total} ${total === 1 ? one : many}${partial ? ` ${partial}` : ''}` : `Showing ${shown.length} of ${total} ${total === 1 ? one : many}${partial ? ` ${partial}` : ''}`;
    if (!shown.length && total) tbody.appendChild(h('tr', { class: 'dt-none' }, h('td', { colspan: String(opts.columns.length + (opts.compareId ? 1 : 0)) }, 'No rows match the filter.')));
    updateCompare();
  };

  textInput.addEventListener('input', () => {
    query = textInput.value;
    render();
  });
  facetControls();
  render();
  // The filter box only earns its place on tables with a few rows.
  controls.hidden = rows.length < 4 && !opts.facets?.length;

  return {
    element,
    setRows(next, p) {
      rows = next;
      partial = p;
      facetControls();
      controls.hidden = false;
      render();
    },
    visible,
  };
}
