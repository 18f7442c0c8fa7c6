// An entity's history: every curated change that touched it, newest first, with who made it,
// why, on what source, and each field before and after. Loaded when the reader opens it.
import { gql } from '../api';
import { h, replace, type Child } from '../dom';
import { humanize, kindOfId } from '../model';
import type { PageContext } from '../page';
import { entityLink, errorBox, externalLink, loading } from '../ui';
import { HistoryDocument as HISTORY, type HistoryQuery } from '../../generated/graphql';


/** One curated change, as the History query reads it. */
export type Change = HistoryQuery['history'][number];

const PAGE = 50;

// Stored fields that only restate others (a link's key is its caption; the rank orders the
// maturity): left out of the tables.
const DERIVED = new Set(['key', 'maturityRank']);

const WHAT: Record<string, string> = {
  createStudy: 'Added the study',
  updateStudy: 'Changed the study’s record',
  gradeClaim: 'Graded the claim',
  addEvidence: 'Added evidence',
  removeEvidence: 'Removed evidence',
  addRelation: 'Stated a relationship',
  removeRelation: 'Removed a relationship',
  retire: 'Retired',
  restore: 'Restored',
};

export async function showHistory(ctx: PageContext, body: HTMLElement, id: string): Promise<void> {
  replace(body, loading('Loading the history…'));
  try {
    const data = await gql(HISTORY, { id, first: PAGE }, ctx.signal);
    if (!ctx.current()) return;
    replace(body, historyView(data));
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    replace(body, errorBox(err, () => void showHistory(ctx, body, id)));
  }
}

function historyView({ history, revision }: HistoryQuery): Child[] {
  const head = h(
    'p',
    { class: 'history-version' },
    `Version ${revision.version}`,
    revision.version === 1 ? ' (as loaded from the source documents)' : '',
    revision.retired ? ` · retired by ${revision.retiredBy ?? 'a curator'}${revision.retiredReason ? `: ${revision.retiredReason}` : ''}` : '',
    '.',
  );
  if (!history.length) return [head, h('p', { class: 'empty' }, 'No curator has changed this entity: it reads as the source documents state it.')];
  return [
    head,
    history.length === PAGE ? h('p', { class: 'muted' }, `The ${PAGE} latest changes.`) : null,
    h('ol', { class: 'history-list' }, history.map(changeItem)),
  ];
}

/** A change's time in UTC, to the minute ("2026-11-25 18:40 UTC"). */
export function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function changeItem(c: Change): HTMLElement {
  return h(
    'li',
    { class: 'history-item', 'data-mutation': c.mutation },
    h('p', { class: 'history-what' }, h('strong', null, WHAT[c.mutation] ?? humanize(c.mutation)), ' by ', h('span', { class: 'history-who' }, c.curator), ' on ', h('time', { datetime: c.at }, when(c.at))),
    h('p', { class: 'history-why' }, h('span', { class: 'muted' }, 'Why: '), c.reason),
    c.source ? h('p', { class: 'history-source' }, h('span', { class: 'muted' }, 'Source: '), sourceLink(c.source)) : null,
    c.touched.map(touchedTable),
  );
}

/** A change's source as a link where it names one: an entity, a DOI or a web address. */
function sourceLink(s: string): Child {
  if (/^https?:\/\//i.test(s)) return externalLink(s, s);
  if (/^10\.\d{4,9}\//.test(s)) return externalLink(`https://doi.org/${s}`, s);
  if (kindOfId(s)) return entityLink(s, s);
  return s;
}

function targetLabel(target: string): Child {
  const parts = target.split('|');
  if (parts.length === 3) {
    const [type, from, to] = parts;
    return [humanize(type), ': ', kindOfId(from) ? entityLink(from, from) : from, ' → ', kindOfId(to) ? entityLink(to, to) : to];
  }
  return kindOfId(target) ? entityLink(target, target) : target;
}

function parse(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const v = JSON.parse(json);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { value: json };
  }
}

function show(v: unknown): string {
  if (v === undefined || v === null) return '—';
  // Some fields are stored as JSON text (provenance): shown as what they hold.
  if (typeof v === 'string' && /^[[{]/.test(v)) {
    try {
      return show(JSON.parse(v));
    } catch {
      return v;
    }
  }
  // A provenance entry: where in which source, with its citation numbers.
  if (v && typeof v === 'object' && 'section' in v && 'source' in v) {
    const p = v as { source: string; section: string; citations?: number[] };
    return `${p.source}, “${p.section}”${p.citations?.length ? ` [${p.citations.join(', ')}]` : ''}`;
  }
  if (Array.isArray(v)) return v.length ? v.map(show).join('; ') : '(none)';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function touchedTable(t: Change['touched'][number]): HTMLElement {
  const before = parse(t.before);
  const after = parse(t.after);
  const state = before === null ? 'created' : after === null ? 'removed' : 'changed';
  // A changed record lists only the fields whose value changed; a created or removed one, all.
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((k) => !DERIVED.has(k) && (state !== 'changed' || show(before![k]) !== show(after![k])))
    .sort();
  return h(
    'div',
    { class: 'table-wrap history-touched' },
    h(
      'table',
      { class: 'table' },
      h('caption', null, targetLabel(t.target), ` (${state})`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
      h(
        'tbody',
        null,
        keys.map((k) => h('tr', null, h('th', { scope: 'row' }, humanize(k.replace(/([a-z])([A-Z])/g, '$1_$2'))), h('td', { 'data-label': 'Before' }, before ? show(before[k]) : '—'), h('td', { 'data-label': 'After' }, after ? show(after[k]) : '—'))),
      ),
    ),
  );
}
