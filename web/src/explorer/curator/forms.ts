// Form parts shared by the curator's views: labelled fields with an error slot each, and the
// API's refusals said in plain words next to the field they concern.
import { GraphQLError, NetworkError } from '../api';
import { h, replace, uniqueId, type Child } from '../dom';
import { curatorToken, signOut } from './session';
import { signInHref } from './hook';

export interface Field {
  /** The wrapper: label, control, hint and error slot. */
  root: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  setError(text: string | null): void;
}

/** A labelled control with a hint and a slot for its error, wired for screen readers. */
export function field(label: string, control: Field['control'], hint?: string, required = false): Field {
  const id = control.id || uniqueId('f');
  control.id = id;
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  const error = fieldErrorSlot(`${id}-error`);
  control.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' '));
  if (required) control.setAttribute('aria-required', 'true');
  const root = h('div', { class: 'field' }, h('label', { for: id }, label, required ? h('span', { class: 'req' }, ' (required)') : null), control, hintEl, error);
  return {
    root,
    control,
    setError: (text) => showFieldError(error, text, control),
  };
}

/** The slot under a field for its error, hidden while there is none. */
export function fieldErrorSlot(id: string): HTMLParagraphElement {
  return h('p', { class: 'field-error', id, hidden: true });
}

/** Says a field's error in its slot (null clears it); the control, if given, is marked invalid meanwhile. */
export function showFieldError(slot: HTMLElement, text: string | null, control?: Field['control']): void {
  slot.hidden = !text;
  slot.textContent = text ?? '';
  if (!control) return;
  if (text) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** Adds the id of one more element that describes the control (a picker's error slot). */
export function describedBy(control: HTMLElement, id: string): void {
  control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
}

/** The reason every change needs, kept in the history. */
export function reasonField(prefix: string): Field {
  return field('Reason', input(`${prefix}-reason`), 'Why you make this change; it is kept in the history.', true);
}

export function select(id: string, options: [string, string][], value?: string): HTMLSelectElement {
  return h(
    'select',
    { id, name: id.replace(/^[a-z]+-/, '') },
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
}

/**
 * A select's value as one of the enumeration values it was built from. Anything else (a page
 * changed by hand) is refused as BAD_USER_INPUT next to the field, before anything is sent.
 */
export function chosen<T extends string>(fields: Record<string, Field>, name: string, allowed: readonly T[]): T {
  const v = fields[name].control.value;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new GraphQLError(`choose one of the listed values`, 'BAD_USER_INPUT', `input.${name}`);
}

export function input(id: string, value = '', attrs: Record<string, string> = {}): HTMLInputElement {
  const el = h('input', { id, name: id.replace(/^[a-z]+-/, ''), type: 'text', autocomplete: 'off', ...attrs });
  el.value = value;
  return el;
}

export function textarea(id: string, value = '', rows = 3): HTMLTextAreaElement {
  const el = h('textarea', { id, name: id.replace(/^[a-z]+-/, ''), rows });
  el.value = value;
  return el;
}

/** What went wrong, in words a curator can act on; `field` names the input it concerns. */
export function explain(err: unknown, thing = 'the change'): { field?: string; text: Child; signedOut?: boolean } {
  if (err instanceof NetworkError) return { text: `Cannot reach the knowledge graph, so ${thing} was not saved. Check your connection and save again.` };
  if (!(err instanceof GraphQLError)) return { text: `Something went wrong; ${thing} was not saved. ${err instanceof Error ? err.message : String(err)}` };
  const msg = err.message.charAt(0).toUpperCase() + err.message.slice(1);
  switch (err.code) {
    case 'BAD_USER_INPUT':
      // A bare "missing" names no field in its words; the error sits next to the field.
      return { field: err.field?.replace(/^input\./, '').replace(/\[.*$/, ''), text: err.message === 'missing' ? 'Missing: this field cannot be empty.' : `${msg}.` };
    case 'UNAUTHENTICATED':
      // The token is no good any more (revoked, or never valid): forget it.
      signOut();
      return { signedOut: true, text: ['Your curator token was refused: it is unknown or has been revoked, so ', thing, ' was not saved and you are signed out. ', h('a', { href: signInHref() }, 'Sign in again'), ' with a valid token.'] };
    case 'FORBIDDEN':
      return { text: `Your token may not make this change (${err.message}). Ask an administrator.` };
    case 'CONFLICT':
      return { text: [`Someone changed this after you opened it, so ${thing} was not saved. `, h('a', { href: location.pathname + location.search }, 'Reload the page'), ' to see their change, then make yours again if it still applies.'] };
    case 'RATE_LIMITED':
      return { text: `You have made many changes in a short time, so ${thing} was not saved. Wait a few seconds, then save again.` };
    case 'NOT_FOUND':
      return { text: `${msg}.` };
    default:
      return { text: `The knowledge graph could not save ${thing}: ${err.message}.` };
  }
}

/** Shows an error: next to its field when the API names one the form has, else above the button. */
export function showError(err: unknown, fields: Record<string, Field>, formError: HTMLElement, thing: string): void {
  const e = explain(err, thing);
  const f = e.field ? fields[e.field] : undefined;
  if (f) {
    f.setError(typeof e.text === 'string' ? e.text : '');
    replace(formError, `Not saved: see “${f.root.querySelector('label')?.firstChild?.textContent ?? e.field}” above.`);
    formError.hidden = false;
    f.control.focus();
  } else {
    replace(formError, e.text);
    formError.hidden = false;
    formError.focus();
  }
}

/**
 * Sends a curator's change: with the curator's token (without one, the refusal a signed-out
 * curator would get), the submit button disabled meanwhile, and what the API refuses shown in
 * the form, next to the field it names.
 */
export async function sendChange(form: HTMLFormElement, fields: Record<string, Field>, formError: HTMLElement, thing: string, run: (token: string) => Promise<void>): Promise<void> {
  clearErrors(fields, formError);
  const token = curatorToken();
  if (!token) {
    showError(new GraphQLError('you are not signed in', 'UNAUTHENTICATED'), fields, formError, thing);
    return;
  }
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    await run(token);
  } catch (err) {
    showError(err, fields, formError, thing);
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

/** Makes submitting the form send its change (sendChange); run reads the fields when it is submitted. */
export function onSubmit(form: HTMLFormElement, fields: Record<string, Field>, formError: HTMLElement, thing: string, run: (token: string) => Promise<void>): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void sendChange(form, fields, formError, thing, run);
  });
}

export function clearErrors(fields: Record<string, Field>, formError: HTMLElement): void {
  for (const f of Object.values(fields)) f.setError(null);
  formError.hidden = true;
  replace(formError);
}

/** The slot for a form's own error (one that names no field). */
export function formErrorSlot(): HTMLElement {
  return h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true });
}

/**
 * A curator's form: a heading that names it, an optional note, its fields, a slot for the
 * error that belongs to no field, and the submit button.
 */
export function curateForm(
  id: string,
  title: string,
  fields: Record<string, Field>,
  submitLabel: string,
  opts: { note?: string; primary?: boolean } = {},
): { form: HTMLFormElement; formError: HTMLElement } {
  const formError = formErrorSlot();
  const form = h(
    'form',
    { class: 'curate-form', novalidate: true, 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h` }, title),
    opts.note ? h('p', { class: 'field-hint form-note' }, opts.note) : null,
    Object.values(fields).map((f) => f.root),
    formError,
    h('button', { type: 'submit', class: opts.primary === false ? 'btn' : 'btn btn-primary' }, submitLabel),
  ) as HTMLFormElement;
  return { form, formError };
}
