// URLs of the Explorer. Every view has its own URL under /explore/, kept with the History API;
// the server answers every /explore/... path that is not a file with index.html, so a reload
// or a shared link shows the same view (with 404 for a path that names no view or an unknown
// entity: httpapi/explorerstatus.go keeps a copy of the one-segment views below).
import { KINDS, kindOfId, type NodeKind } from './model';

export const BASE = '/explore/';

export type Route =
  | { name: 'home' }
  | { name: 'entity'; slug: string; id: string }
  | { name: 'list'; list: string; params: URLSearchParams }
  | { name: 'search'; params: URLSearchParams }
  | { name: 'pathways'; params: URLSearchParams }
  | { name: 'compare'; params: URLSearchParams }
  | { name: 'curator'; params: URLSearchParams }
  | { name: 'notfound'; path: string };

// A new one-segment view goes into httpapi/explorerstatus.go's explorerRoutes too.
export const LISTS = ['claims', 'studies', 'strains', 'mechanisms', 'conditions', 'factors', 'sources', 'contested'];

/** An id as a path segment: encoded, but with the readable ':' kept. */
export function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

/** The page of an entity: /explore/<kind>/<id>. */
export function entityHref(id: string, kind?: NodeKind): string {
  const k = kind ?? kindOfId(id);
  const slug = k ? KINDS[k].slug : id.split(':')[0];
  return `${BASE}${slug}/${encodeId(id)}`;
}

export function listHref(list: string, params?: Record<string, string | undefined>): string {
  return withQuery(`${BASE}${list}`, params);
}

export function pathwaysHref(from?: string, to?: string, maxHops?: number | string, minMaturity?: string, direction?: string): string {
  return withQuery(`${BASE}pathways`, { from, to, maxHops: maxHops === undefined ? undefined : String(maxHops), minMaturity, direction });
}

export function searchHref(q: string): string {
  return withQuery(`${BASE}search`, { q });
}

function withQuery(path: string, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Parses location into a route. */
export function parse(loc: { pathname: string; search: string }): Route {
  let path = loc.pathname;
  if (!path.startsWith(BASE)) {
    if (path === BASE.slice(0, -1)) return { name: 'home' };
    return { name: 'notfound', path };
  }
  path = path.slice(BASE.length);
  const params = new URLSearchParams(loc.search);
  const segs = path.split('/');
  if (path === '' || path === 'index.html') return { name: 'home' };
  if (segs.length === 1 || (segs.length === 2 && segs[1] === '')) {
    const name = segs[0];
    if (name === 'pathways') return { name: 'pathways', params };
    if (name === 'search') return { name: 'search', params };
    if (name === 'compare') return { name: 'compare', params };
    if (name === 'curator') return { name: 'curator', params };
    if (LISTS.includes(name)) return { name: 'list', list: name, params };
    return { name: 'notfound', path: loc.pathname };
  }
  // /explore/<kind>/<id>; an id's own '/' (as in a DOI) should arrive as %2F, but a raw one is
  // accepted too.
  let id: string;
  try {
    id = decodeURIComponent(segs.slice(1).join('/'));
  } catch {
    return { name: 'notfound', path: loc.pathname };
  }
  if (!id) return { name: 'notfound', path: loc.pathname };
  return { name: 'entity', slug: segs[0], id };
}

type Listener = () => void;
let listener: Listener = () => {};

export function onNavigate(fn: Listener): void {
  listener = fn;
}

/** Goes to an Explorer URL without reloading the page. */
export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) {
    location.assign(url.href);
    return;
  }
  const target = url.pathname + url.search + url.hash;
  const current = location.pathname + location.search + location.hash;
  if (opts.replace || target === current) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.scrollTo(0, 0);
  listener();
}

/** Intercepts clicks on links into the Explorer (plain left clicks only). */
export function installLinkInterception(): void {
  document.addEventListener('click', (ev) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = (ev.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    // A link to a place on the same page is left to the browser.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    ev.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => listener());
}
