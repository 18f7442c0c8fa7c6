// The home page: what this is, where to start, the lists, and a pathways form.
import { gql } from '../api';
import { h } from '../dom';
import { shapeIcon } from '../shapes';
import { KINDS, MATURITY, MATURITY_ORDER, asNodeKind, type ClaimKind, type NodeKind } from '../model';
import type { PageContext } from '../page';
import { entityHref, listHref, pathwaysHref, searchHref } from '../router';
import { maturityBadge } from '../ui';
import { COUNT_KEYS, loadClaimCounts } from './lists';
import { pathwaysForm } from './pathways';
import { StatsDocument as STATS } from '../../generated/graphql';


const BROWSE: { kind: NodeKind; text: string }[] = [
  { kind: 'CLAIM', text: 'What is claimed, and how well founded each claim is.' },
  { kind: 'STUDY', text: 'The trials, reviews and other studies behind the claims.' },
  { kind: 'STRAIN', text: 'Probiotic strains and products that were studied.' },
  { kind: 'MECHANISM', text: 'Gut barrier, short-chain fatty acids, immune signalling…' },
  { kind: 'CONDITION', text: 'Acne, atopic dermatitis and other skin outcomes.' },
  { kind: 'FACTOR', text: 'Diet, stress, antibiotics and other disrupting factors.' },
  { kind: 'SOURCE', text: 'The documents the graph was built from.' },
];

export async function homePage(ctx: PageContext): Promise<void> {
  ctx.setTitle('');
  const counts = new Map<NodeKind, HTMLElement>();
  const maturityCounts = new Map<string, HTMLElement>();

  const cards = BROWSE.map(({ kind, text }) => {
    const info = KINDS[kind];
    const count = h('span', { class: 'card-count' });
    counts.set(kind, count);
    return h(
      'li',
      { class: 'card browse-card' },
      h('h3', { class: 'card-title' }, shapeIcon(kind, 14), ' ', h('a', { href: listHref(info.list!) }, info.plural), count),
      h('p', null, text),
      kind === 'CLAIM'
        ? h(
            'ul',
            { class: 'maturity-links', 'aria-label': 'Claims by evidence maturity' },
            MATURITY_ORDER.map((m) => {
              const c = h('span', { class: 'count' });
              maturityCounts.set(m, c);
              return h('li', null, h('a', { href: listHref('claims', { maturity: m }), title: MATURITY[m].description }, maturityBadge(m), c));
            }),
          )
        : null,
    );
  });

  ctx.main.replaceChildren(
    h(
      'div',
      { class: 'home' },
      h(
        'section',
        { class: 'hero', 'aria-labelledby': 'home-h' },
        h('h1', { id: 'home-h', tabindex: '-1' }, 'The gut–skin axis, claim by claim'),
        h(
          'p',
          { class: 'lead' },
          'How might the gut microbiome influence skin conditions such as acne and atopic dermatitis? Through gut-barrier integrity, short-chain fatty acids and immune signalling, perhaps. This explorer shows which probiotic strains were studied, which claims are well founded and which are marketing, and which studies stand behind each claim.',
        ),
        h(
          'p',
          { class: 'try' },
          'Search above for a strain, species, condition or claim, or try: ',
          h('a', { href: searchHref('eczema') }, 'eczema'),
          ' · ',
          h('a', { href: entityHref('strain:hn001') }, 'HN001'),
          ' · ',
          h('a', { href: entityHref('condition:acne') }, 'acne'),
          ' · ',
          h('a', { href: listHref('claims', { kind: 'MARKETING' satisfies ClaimKind }) }, 'marketing claims'),
          ' · ',
          h('a', { href: listHref('contested') }, 'what goes against the claims'),
        ),
      ),
      h('section', { class: 'section', 'aria-labelledby': 'browse-h' }, h('h2', { id: 'browse-h' }, 'Browse'), h('ul', { class: 'cards browse' }, cards)),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'pw-h' },
        h('h2', { id: 'pw-h' }, 'Find pathways'),
        h('p', null, 'Pick two entities to see how one may lead to the other, e.g. ', h('a', { href: pathwaysHref('strain:hn001', 'condition:acne', 3) }, 'HN001 to acne'), '.'),
        pathwaysForm({}, 'home-pw'),
      ),
      h(
        'section',
        { class: 'section', 'aria-labelledby': 'scale-h' },
        h('h2', { id: 'scale-h' }, 'How mature is the evidence?'),
        h('p', null, 'Every claim and every relationship carries a grade, on the scale of the evidence-grading source document:'),
        h('dl', { class: 'scale' }, MATURITY_ORDER.map((m) => [h('dt', null, maturityBadge(m)), h('dd', null, MATURITY[m].description)])),
      ),
    ),
  );

  // Counts fill in when they arrive; the page does not wait for them.
  gql(STATS, {}, ctx.signal)
    .then((d) => {
      for (const n of d.stats.nodes) {
        const k = asNodeKind(n.kind);
        const el = k && counts.get(k);
        if (el) el.textContent = ` ${n.count}`;
      }
    })
    .catch(() => {});
  loadClaimCounts(ctx.signal)
    .then((c) => {
      for (const m of MATURITY_ORDER) maturityCounts.get(m)!.textContent = ` ${c[COUNT_KEYS[m]].totalCount}`;
    })
    .catch(() => {});
}
