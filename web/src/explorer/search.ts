// The search box: an ARIA 1.2 combobox with a listbox of suggestions (names, kinds and the
// matched synonym or former name), driven by the `search` query as the user types. Arrow keys
// move through the suggestions, Enter opens one, Escape closes the list.
import { gql } from './api';
import { h, uniqueId } from './dom';
import { KINDS, type EntityRef, type NodeKind } from './model';
import { claimKindBadge, maturityBadge } from './ui';
import { SearchDocument as SEARCH, type SearchQuery } from '../generated/graphql';

/** A search hit: the entity, why it matched, and what to triage it by. */
export type SearchHit = SearchQuery['search']['edges'][number];

/** What a hit is graded: a claim's maturity badge and kind, a study's year; empty otherwise. */
export function hitGrade(hit: SearchHit): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (hit.maturity) out.push(maturityBadge(hit.maturity));
  if (hit.claimKind === 'MARKETING') out.push(claimKindBadge(hit.claimKind));
  if (hit.year) out.push(h('span', { class: 'hit-year' }, String(hit.year)));
  return out;
}

export interface ComboboxOptions {
  /** The visible (or, with labelHidden, screen-reader only) label. */
  label: string;
  labelHidden?: boolean;
  placeholder?: string;
  inputId?: string;
  /** Restrict suggestions to these kinds. */
  kinds?: NodeKind[];
  /** How many suggestions to show. */
  max?: number;
  /** Called when a suggestion is chosen (click or Enter). */
  onSelect: (entity: EntityRef) => void;
  /** Called on Enter when no suggestion is highlighted. */
  onSubmitText?: (text: string) => void;
  /** A pre-selected entity (for pickers). */
  initial?: EntityRef | null;
  /** Keep the chosen entity's label in the box (pickers) instead of clearing it (search). */
  keepSelection?: boolean;
  /** Whether the field is required (pickers). */
  required?: boolean;
  /** Called with the number of suggestions each time they are shown (0: nothing matches). */
  onResults?: (count: number, query: string) => void;
  /** Show no "No matches" list: the caller says so itself (next to the field, with a way on). */
  quietEmpty?: boolean;
}

export interface Combobox {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The chosen entity, for pickers. */
  value(): EntityRef | null;
  setValue(e: EntityRef | null): void;
}

export function kindBadge(kind: NodeKind): HTMLElement {
  const info = KINDS[kind];
  return h('span', { class: `kind-badge kind-${info.slug}` }, info ? info.singular : kind);
}

export function createCombobox(opts: ComboboxOptions): Combobox {
  const inputId = opts.inputId ?? uniqueId('combo');
  const listId = `${inputId}-listbox`;
  const statusId = `${inputId}-status`;
  const max = opts.max ?? 8;

  let selected: EntityRef | null = opts.initial ?? null;
  let results: SearchHit[] = [];
  let active = -1;
  let seq = 0;
  let timer: number | undefined;
  let controller: AbortController | undefined;

  const input = h('input', {
    id: inputId,
    type: 'search',
    class: 'combo-input',
    role: 'combobox',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': statusId,
    placeholder: opts.placeholder ?? '',
    required: opts.required ?? false,
    enterkeyhint: 'search',
  });
  if (selected) input.value = selected.label;

  const list = h('ul', { id: listId, class: 'combo-list', role: 'listbox', 'aria-label': `${opts.label}: suggestions`, hidden: true });
  const status = h('p', { id: statusId, class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const label = h('label', { for: inputId, class: opts.labelHidden ? 'visually-hidden' : 'combo-label' }, opts.label);
  const root = h('div', { class: 'combo' }, label, h('div', { class: 'combo-field' }, input, list), status);

  const isOpen = () => !list.hidden;

  function open() {
    if (results.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function setActive(i: number) {
    active = i;
    const options = list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((o, j) => o.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0 && options[i]) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(i: number) {
    const r = results[i];
    if (!r) return;
    close();
    if (opts.keepSelection) {
      selected = r.node;
      input.value = r.node.label;
    } else {
      input.value = '';
      results = [];
    }
    opts.onSelect(r.node);
  }

  function render(query: string) {
    list.replaceChildren();
    opts.onResults?.(results.length, query);
    results.forEach((r, i) => {
      const showMatched = r.matched && r.matched.trim().toLowerCase() !== r.node.label.trim().toLowerCase();
      const li = h(
        'li',
        { id: `${listId}-${i}`, role: 'option', class: 'combo-option', 'aria-selected': 'false' },
        kindBadge(r.node.kind),
        h('span', { class: 'combo-text' }, h('span', { class: 'combo-name' }, r.node.label), showMatched ? h('span', { class: 'combo-matched' }, `matched “${r.matched}”`) : null),
        h('span', { class: 'combo-grade' }, hitGrade(r)),
      );
      // mousedown would move the focus away from the input before the click lands.
      li.addEventListener('mousedown', (ev) => ev.preventDefault());
      li.addEventListener('click', () => choose(i));
      li.addEventListener('mousemove', () => {
        if (active !== i) setActive(i);
      });
      list.appendChild(li);
    });
    if (results.length) {
      status.textContent = `${results.length} suggestion${results.length === 1 ? '' : 's'} for “${query}”. Use the up and down arrow keys to choose, Enter to open.`;
      open();
      setActive(-1);
    } else {
      status.textContent = query ? `No matches for “${query}”.` : '';
      list.appendChild(h('li', { class: 'combo-empty', role: 'presentation' }, query ? `No matches for “${query}”` : ''));
      list.hidden = !query || !!opts.quietEmpty;
      input.setAttribute('aria-expanded', 'false');
    }
  }

  async function lookup(query: string) {
    const mine = ++seq;
    controller?.abort();
    controller = new AbortController();
    root.classList.add('is-loading');
    try {
      const data = await gql(SEARCH, { query, first: max, kinds: opts.kinds ?? null }, controller.signal);
      if (mine !== seq) return;
      results = data.search.edges;
      render(query);
    } catch (err) {
      if ((err as Error).name === 'AbortError' || mine !== seq) return;
      results = [];
      list.replaceChildren(h('li', { class: 'combo-empty', role: 'presentation' }, `Search failed: ${(err as Error).message}`));
      list.hidden = false;
      status.textContent = 'Search failed.';
    } finally {
      if (mine === seq) root.classList.remove('is-loading');
    }
  }

  input.addEventListener('input', () => {
    if (opts.keepSelection && selected && input.value !== selected.label) selected = null;
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      seq++;
      controller?.abort();
      results = [];
      list.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    timer = window.setTimeout(() => void lookup(q), 140);
  });

  input.addEventListener('keydown', (ev) => {
    const n = results.length;
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        if (!isOpen()) {
          open();
          if (n) setActive(0);
        } else if (n) setActive(active + 1 >= n ? 0 : active + 1);
        break;
      case 'ArrowUp':
        ev.preventDefault();
        if (!isOpen()) {
          open();
          if (n) setActive(n - 1);
        } else if (n) setActive(active <= 0 ? n - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          ev.preventDefault();
          choose(active);
        } else if (opts.onSubmitText && input.value.trim()) {
          ev.preventDefault();
          close();
          opts.onSubmitText(input.value.trim());
        }
        break;
      case 'Escape':
        if (isOpen()) {
          ev.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });

  input.addEventListener('blur', () => window.setTimeout(close, 120));
  input.addEventListener('focus', () => {
    if (results.length && input.value.trim().length >= 2 && !(opts.keepSelection && selected)) open();
  });

  return {
    root,
    input,
    value: () => selected,
    setValue(e) {
      selected = e;
      input.value = e ? e.label : '';
    },
  };
}
