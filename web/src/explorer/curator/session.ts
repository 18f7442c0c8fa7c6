// The curator's session: the bearer token lives in this tab's sessionStorage only (never in
// a URL, a cookie or a log), so closing the tab or signing out forgets it. This module is
// part of the entry bundle and stays small; the forms load on demand.
const KEY = 'gutskin.curator-token';

type Listener = () => void;
const listeners = new Set<Listener>();

/** The signed-in curator's token, or null. */
export function curatorToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    // Storage refused (a privacy mode): curator mode is then unavailable.
    return null;
  }
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token);
  for (const fn of listeners) fn();
}

export function signOut(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
  for (const fn of listeners) fn();
}

/** Calls fn whenever the curator signs in or out. */
export function onSessionChange(fn: Listener): void {
  listeners.add(fn);
}
