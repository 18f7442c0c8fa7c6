// The Explorer: a single-page app under /explore/, in plain TypeScript.
import './styles.css';
import { gql } from './api';
import { h } from './dom';
import { SITE, type PageContext } from './page';
import { entityPage } from './pages/entity';
import { homePage } from './pages/home';
import { listPage } from './pages/lists';
import { pathwaysPage } from './pages/pathways';
import { searchPage } from './pages/searchPage';
import { BASE, entityHref, installLinkInterception, listHref, navigate, onNavigate, parse, pathwaysHref, searchHref } from './router';
import { curatorChrome } from './curator/hook';
import { createCombobox } from './search';
import { notFoundView } from './ui';
import { GraphVersionDocument as GRAPH_VERSION } from '../generated/graphql';


const NAV: [string, string][] = [
  ['Claims', listHref('claims')],
  ['Studies', listHref('studies')],
  ['Strains', listHref('strains')],
  ['Mechanisms', listHref('mechanisms')],
  ['Conditions', listHref('conditions')],
  ['Factors', listHref('factors')],
  ['Pathways', pathwaysHref()],
  ['Against', listHref('contested')],
];

// "Cite this page" and the graph's version, at the foot of every page: the version is the
// number of the latest curated change (0: as the seed loaded it) and its date, from `stats`.
const citeText = h('p', { class: 'cite-text', id: 'cite-text' });
const copyButton = h('button', { type: 'button', class: 'btn btn-small' }, 'Copy the reference');
const copyStatus = h('span', { class: 'muted', role: 'status' });
const citeBox = h('details', { class: 'cite' }, h('summary', null, 'Cite this page'), citeText, h('p', null, copyButton, ' ', copyStatus));
const versionLine = h('p', { class: 'graph-version' });
let graphSize: string | null = null;
let graphVersion: { version: number; updatedAt: string | null } | null = null;

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(citeText.textContent ?? '');
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard (an insecure page or a refusing browser): select the text for a manual copy.
    const range = document.createRange();
    range.selectNodeContents(citeText);
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "version 12, updated 2026-11-25" (or "version 0, as loaded from its sources"). */
function versionText(): string {
  if (!graphVersion) return '';
  const { version, updatedAt } = graphVersion;
  return updatedAt ? `version ${version}, updated ${updatedAt.slice(0, 10)}` : `version ${version}, as loaded from its source documents`;
}

function updateCitation(title: string) {
  const page = title === SITE ? SITE : title.replace(` — ${SITE}`, '');
  const url = location.origin + location.pathname + location.search;
  const about = [versionText(), graphSize].filter(Boolean).join('; ');
  citeText.textContent = `${SITE}. “${page}”. Gut–skin axis knowledge graph${about ? ` (${about})` : ''}. ${url} (accessed ${today()}).`;
  copyStatus.textContent = '';
  const v = versionText();
  versionLine.textContent = graphSize ? `Graph ${v ? `${v}: ` : ''}${graphSize}; read on ${today()}.` : '';
}

let statsLoaded = false;
function loadGraphSize(title: string) {
  if (statsLoaded) return;
  statsLoaded = true;
  gql(GRAPH_VERSION)
    .then((d) => {
      const n = d.stats.nodes.reduce((a, x) => a + x.count, 0);
      const r = d.stats.relations.reduce((a, x) => a + x.count, 0);
      graphSize = `${n.toLocaleString('en')} entities, ${r.toLocaleString('en')} relationships`;
      graphVersion = { version: d.stats.version, updatedAt: d.stats.updatedAt };
      updateCitation(document.title || title);
    })
    .catch(() => (statsLoaded = false));
}
// A curator's change makes a new version: read it again with the next page drawn.
window.addEventListener('gutskin:graph-changed', () => (statsLoaded = false));

function layout(): { main: HTMLElement; announcer: HTMLElement; nav: HTMLElement; updateCurator: () => void } {
  const search = createCombobox({
    label: 'Search the knowledge graph',
    labelHidden: true,
    inputId: 'site-search',
    placeholder: 'Search strains, conditions, claims…',
    onSelect: (e) => navigate(entityHref(e.id, e.kind)),
    onSubmitText: (q) => navigate(searchHref(q)),
  });
  const nav = h(
    'nav',
    { class: 'site-nav', 'aria-label': 'Main' },
    h('ul', null, NAV.map(([label, href]) => h('li', null, h('a', { href, title: label === 'Against' ? 'Claims with contradicting or qualifying evidence' : undefined }, label))), h('li', null, h('a', { href: '/playground', class: 'nav-playground' }, 'GraphQL playground'))),
  );
  const main = h('main', { id: 'main', tabindex: '-1' });
  const curator = curatorChrome();
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const app = document.getElementById('app')!;
  app.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h(
      'header',
      { class: 'site-header' },
      h('div', { class: 'header-inner' }, h('a', { class: 'brand', href: BASE }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'brand-name' }, SITE)), h('div', { class: 'header-search', role: 'search' }, search.root)),
      nav,
    ),
    curator.bar,
    main,
    h(
      'footer',
      { class: 'site-footer' },
      h('div', { class: 'footer-inner' }, citeBox, versionLine, h('p', null, 'Built from two source documents; every statement links to where it is made. Not medical advice. ', h('a', { href: '/playground' }, 'Query the API'), ' · ', h('a', { href: '/schema.graphql' }, 'Schema'), ' · ', curator.footerLink, '.')),
    ),
    announcer,
  );
  // The skip link moves the focus, not just the scroll position.
  app.querySelector('.skip-link')!.addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  performance.mark('explorer:search-visible');
  return { main, announcer, nav, updateCurator: curator.update };
}

const { main, announcer, nav, updateCurator } = layout();
let generation = 0;
let cleanups: (() => void)[] = [];
let controller = new AbortController();
let firstRender = true;

function markCurrentNav() {
  const path = location.pathname;
  for (const a of nav.querySelectorAll('a')) {
    const href = a.getAttribute('href')!;
    if (href !== '/playground' && (path === href || path.startsWith(`${href}/`))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

async function render(): Promise<void> {
  const mine = ++generation;
  controller.abort();
  controller = new AbortController();
  for (const fn of cleanups) fn();
  cleanups = [];
  const route = parse(location);
  markCurrentNav();
  updateCurator();
  let title = SITE;
  const ctx: PageContext = {
    main,
    params: 'params' in route ? route.params : new URLSearchParams(location.search),
    signal: controller.signal,
    setTitle(t) {
      if (mine !== generation) return;
      title = t ? `${t} — ${SITE}` : SITE;
      document.title = title;
    },
    onCleanup(fn) {
      if (mine === generation) cleanups.push(fn);
      else fn();
    },
    current: () => mine === generation,
  };
  main.dataset.route = route.name;
  main.setAttribute('aria-busy', 'true');
  try {
    switch (route.name) {
      case 'home':
        await homePage(ctx);
        break;
      case 'entity':
        await entityPage(ctx, route.slug, route.id);
        break;
      case 'list':
        await listPage(ctx, route.list);
        break;
      case 'search':
        await searchPage(ctx);
        break;
      case 'pathways':
        await pathwaysPage(ctx);
        break;
      case 'compare': {
        // The comparison view is loaded only when it is asked for.
        const { comparePage } = await import('./pages/compare');
        if (mine === generation) await comparePage(ctx);
        break;
      }
      case 'curator': {
        const { signInPage } = await import('./curator/signin');
        if (mine === generation) signInPage(ctx);
        break;
      }
      default: {
        ctx.setTitle('Page not found');
        const words = decodeURIComponent(location.pathname.replace(BASE, '').replace(/^\/+/, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        main.replaceChildren(
          notFoundView(
            ['Nothing in the explorer lives at ', h('code', null, location.pathname), '.'],
            [...(words ? ([[searchHref(words), `search for “${words}”`]] as [string, string][]) : []), [listHref('claims'), 'browse the claims'], [listHref('studies'), 'browse the studies']],
          ),
        );
      }
    }
  } finally {
    if (mine === generation) {
      updateCitation(title);
      loadGraphSize(title);
      main.removeAttribute('aria-busy');
      if (firstRender) {
        firstRender = false;
        performance.mark('explorer:first-page');
      } else {
        // Tell screen-reader users the page changed and start reading at its heading (unless
        // the URL asked for a place on the page).
        announcer.textContent = title;
        if (!location.hash) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      }
    }
  }
}

onNavigate(() => void render());
installLinkInterception();
void render();

