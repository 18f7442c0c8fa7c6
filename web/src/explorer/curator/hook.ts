// Where curator mode meets the rest of the Explorer: the bar that says a curator is signed
// in (with the way out), the history section of every entity page, and the claim editor.
// Only this small part is in the entry bundle; history, forms and sign-in load on demand.
import { h } from '../dom';
import { KINDS, type EntityRef, type NodeKind } from '../model';
import type { PageContext } from '../page';
import { BASE, navigate } from '../router';
import { curatorToken, onSessionChange, signOut } from './session';

/** The sign-in page, coming back to `next` (an Explorer path) afterwards. */
export function signInHref(next = location.pathname + location.search): string {
  return `${BASE}curator?${new URLSearchParams({ next })}`;
}

// A message to show after the page is drawn again with a change just made.
let flash: { id: string; text: string } | null = null;

/** Draws the page again (from the API), then shows text in its curator section. */
export function refreshWith(id: string, text: string): void {
  flash = { id, text };
  window.dispatchEvent(new Event('gutskin:graph-changed'));
  navigate(`${location.pathname}${location.search}#curate`, { replace: true });
}

/** The flash message for this entity, once. */
export function takeFlash(id: string): string | null {
  if (flash?.id !== id) return null;
  const text = flash.text;
  flash = null;
  return text;
}

/** The strip under the header while a curator is signed in, and the footer's sign-in link. */
export function curatorChrome(): { bar: HTMLElement; footerLink: HTMLAnchorElement; update(): void } {
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const signOutButton = h('button', { type: 'button', class: 'btn btn-small' }, 'Sign out');
  const bar = h(
    'div',
    { class: 'curator-bar', hidden: true },
    h('div', { class: 'curator-bar-inner' }, h('p', null, h('strong', null, 'Curator mode. '), 'Your changes are recorded with your token’s name and reason.'), signOutButton),
  );
  const footerLink = h('a', { href: signInHref(BASE), class: 'curator-signin' }, 'Curator sign-in');
  const update = () => {
    const on = curatorToken() !== null;
    bar.hidden = !on;
    footerLink.hidden = on;
    footerLink.href = signInHref(location.pathname.startsWith(`${BASE}curator`) ? BASE : undefined);
  };
  signOutButton.addEventListener('click', () => {
    signOut();
    status.textContent = 'Signed out.';
    // Draw the page again without the curator's forms.
    navigate(location.pathname + location.search, { replace: true });
  });
  bar.append(status);
  onSessionChange(update);
  update();
  return { bar, footerLink, update };
}

/**
 * Adds the curator parts to an entity page: its history (for everyone, loaded when opened)
 * and, for a signed-in curator on a claim, the claim editor.
 */
export function curatorHook(ctx: PageContext, kind: NodeKind, id: string, entity: unknown, article: HTMLElement): void {
  const message = takeFlash(id);
  const body = h('div', { class: 'history-body' });
  const details = h('details', { class: 'history' }, h('summary', null, 'Who changed this entity, what, and why'), body);
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    void import('./history').then((m) => m.showHistory(ctx, body, id));
  };
  details.addEventListener('toggle', () => details.open && load());
  const signedIn = curatorToken() !== null;
  article.append(
    h(
      'section',
      { class: 'section', id: 'history', 'aria-labelledby': 'history-h' },
      h('h2', { id: 'history-h' }, 'History'),
      details,
      kind === 'CLAIM' && !signedIn ? h('p', { class: 'muted' }, 'Curators can grade this claim and change its evidence: ', h('a', { href: signInHref() }, 'sign in'), '.') : null,
    ),
  );
  if (message) details.open = true;
  if (kind === 'CLAIM' && signedIn) {
    const holder = h('div', { class: 'curate-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading the curator’s forms…'));
    const sec = h('section', { class: 'section curate', id: 'curate', 'aria-labelledby': 'curate-h' }, h('h2', { id: 'curate-h' }, 'Curate this claim'), holder);
    article.insertBefore(sec, article.querySelector('#graph') ?? null);
    void import('./claimEditor').then((m) => m.claimEditor(ctx, holder, entity as never, message));
  }
  if (signedIn) {
    // Every kind: state a relationship (kinds that have one) and retire. On a claim page the
    // claim editor above shows the messages of changes just made.
    const ref = entity as EntityRef;
    const holder = h('div', { class: 'curate-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading the curator’s forms…'));
    const title = kind === 'CLAIM' ? 'Retire this claim' : `Curate this ${KINDS[kind].singular.toLowerCase()}`;
    const sec = h('section', { class: 'section curate', id: kind === 'CLAIM' ? 'curate-entity' : 'curate', 'aria-labelledby': 'curate-entity-h' }, h('h2', { id: 'curate-entity-h' }, title), holder);
    article.insertBefore(sec, article.querySelector('#graph') ?? null);
    void import('./entityEditor').then((m) => m.entityEditor(ctx, holder, { id: ref.id, kind, label: ref.label }, kind === 'CLAIM' ? null : message));
  }
}

/**
 * On the not-found page of an entity, for a signed-in curator: whether the id names a retired
 * entity, with the way to restore it.
 */
export function retiredHook(ctx: PageContext, id: string, main: HTMLElement): void {
  if (curatorToken() === null) return;
  const holder = h('section', { class: 'section curate retired', id: 'curate', 'aria-labelledby': 'retired-h', 'aria-busy': 'true' });
  main.append(holder);
  const message = takeFlash(id);
  void import('./entityEditor').then((m) => m.retiredNotice(ctx, holder, id, message));
}
