// The Explorer: a single-page app under /explore/, in plain TypeScript.
import './styles.css';
import { h } from './dom';
import { SITE, type PageContext } from './page';
import { entityPage } from './pages/entity';
import { homePage } from './pages/home';
import { listPage } from './pages/lists';
import { pathwaysPage } from './pages/pathways';
import { searchPage } from './pages/searchPage';
import { BASE, entityHref, installLinkInterception, listHref, navigate, onNavigate, parse, pathwaysHref, searchHref } from './router';
import { createCombobox } from './search';

const NAV: [string, string][] = [
  ['Claims', listHref('claims')],
  ['Studies', listHref('studies')],
  ['Strains', listHref('strains')],
  ['Mechanisms', listHref('mechanisms')],
  ['Conditions', listHref('conditions')],
  ['Factors', listHref('factors')],
  ['Pathways', pathwaysHref()],
];

function layout(): { main: HTMLElement; announcer: HTMLElement; nav: HTMLElement } {
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
    h('ul', null, NAV.map(([label, href]) => h('li', null, h('a', { href }, label))), h('li', null, h('a', { href: '/playground', class: 'nav-playground' }, 'GraphQL playground'))),
  );
  const main = h('main', { id: 'main', tabindex: '-1' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const app = document.getElementById('app')!;
  app.replaceChildren(
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h(
      'header',
      { class: 'site-header' },
      h('div', { class: 'header-inner' }, h('a', { class: 'brand', href: BASE }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), SITE), h('div', { class: 'header-search', role: 'search' }, search.root)),
      nav,
    ),
    main,
    h(
      'footer',
      { class: 'site-footer' },
      h('p', null, 'Built from two source documents; every statement links to where it is made. Not medical advice. ', h('a', { href: '/playground' }, 'Query the API'), ' · ', h('a', { href: '/schema.graphql' }, 'Schema'), '.'),
    ),
    announcer,
  );
  // The skip link moves the focus, not just the scroll position.
  app.querySelector('.skip-link')!.addEventListener('click', (ev) => {
    ev.preventDefault();
    main.focus();
  });
  performance.mark('explorer:search-visible');
  return { main, announcer, nav };
}

const { main, announcer, nav } = layout();
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
      default:
        ctx.setTitle('Page not found');
        main.replaceChildren(
          h('div', { class: 'notfound' }, h('h1', { tabindex: '-1' }, 'Page not found'), h('p', null, 'Nothing lives at this address. ', h('a', { href: BASE }, 'Go to the home page'), '.')),
        );
    }
  } finally {
    if (mine === generation) {
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

