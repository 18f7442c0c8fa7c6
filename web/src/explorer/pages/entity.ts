// The page of one entity: /explore/<kind>/<id>. Each kind has its own query
// (src/queries/<kind>.graphql) and layout; all show the graph neighbourhood and provenance.
import { GraphQLError, gql } from '../api';
import { h, replace } from '../dom';
import type { GraphEdge, GraphView } from '../graph';
import { KINDS, kindFromSlug, kindOfId, type EntityRef, type NodeKind, type Stance } from '../model';
import type { PageContext } from '../page';
import { entityHref, navigate, pathwaysHref } from '../router';
import { kindBadge } from '../search';
import { empty, errorBox, loading, notFoundView, onwardFor, provenanceSection, type PositionKind } from '../ui';
import { watchEntity } from '../live';
import { curatorHook, retiredHook } from '../curator/hook';
import { ClaimDocument as CLAIM, ConditionDocument as CONDITION, EvidenceStancesDocument as EVIDENCE_STANCES, FactorDocument as FACTOR, FindingDocument as FINDING, LiveVersionDocument as LIVE_VERSION, MechanismDocument as MECHANISM, NeighbourhoodDocument as NEIGHBOURHOOD, SourceDocument as SOURCE, SpeciesDocument as SPECIES, StrainDocument as STRAIN, StudyDocument as STUDY } from '../../generated/graphql';
import { kindPage, type KindPage } from './kinds/kind';
import { claimPage } from './kinds/claim';
import { studyPage } from './kinds/study';
import { strainPage } from './kinds/strain';
import { speciesPage } from './kinds/species';
import { mechanismPage } from './kinds/mechanism';
import { conditionPage } from './kinds/condition';
import { factorPage } from './kinds/factor';
import { findingPage } from './kinds/finding';
import { sourcePage } from './kinds/source';

const PAGES: Record<NodeKind, KindPage> = {
  CLAIM: kindPage(CLAIM, 'claim', claimPage),
  STUDY: kindPage(STUDY, 'study', studyPage),
  STRAIN: kindPage(STRAIN, 'strain', strainPage),
  SPECIES: kindPage(SPECIES, 'species', speciesPage),
  MECHANISM: kindPage(MECHANISM, 'mechanism', mechanismPage),
  CONDITION: kindPage(CONDITION, 'condition', conditionPage),
  FACTOR: kindPage(FACTOR, 'factor', factorPage),
  FINDING: kindPage(FINDING, 'finding', findingPage),
  SOURCE: kindPage(SOURCE, 'source', sourcePage),
};

// ---------------------------------------------------------------------------------------

/** What each study says about each claim, and where each source stands on it, keyed `claim|study` and `claim|source`. */
export async function evidenceStances(claimIds: string[], signal: AbortSignal): Promise<{ stances: Map<string, Stance>; positions: Map<string, PositionKind> }> {
  const stances = new Map<string, Stance>();
  const positions = new Map<string, PositionKind>();
  if (!claimIds.length) return { stances, positions };
  const data = await gql(EVIDENCE_STANCES, { ids: claimIds }, signal);
  for (const c of data.nodes) {
    if (!c || !('evidence' in c)) continue;
    for (const e of c.evidence) stances.set(`${c.id}|${e.study.id}`, e.stance);
    for (const p of c.positions) positions.set(`${c.id}|${p.source.id}`, p.position);
  }
  return { stances, positions };
}

/** How many entities a neighbourhood drawing shows at first, and how many more each "Show more" adds. */
export const GRAPH_CAP = 24;

/**
 * The entities to draw when there are more than `cap`: the centre, then the nearest and
 * best-connected, so the drawing keeps its structure as it grows.
 */
function pickNodes(nodes: EntityRef[], edges: GraphEdge[], centerId: string, cap: number): EntityRef[] {
  if (nodes.length <= cap + 1) return nodes;
  const degree = new Map<string, number>();
  const direct = new Set<string>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    if (e.source === centerId) direct.add(e.target);
    if (e.target === centerId) direct.add(e.source);
  }
  const rank = (n: EntityRef) => (n.id === centerId ? 0 : direct.has(n.id) ? 1 : 2);
  return [...nodes].sort((a, b) => rank(a) - rank(b) || (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.label.localeCompare(b.label)).slice(0, cap + 1);
}

/** The interactive neighbourhood graph, with a depth control kept in the URL (?depth=2). */
function neighbourhoodSection(ctx: PageContext, id: string, label: string): HTMLElement {
  const depth = ctx.params.get('depth') === '2' ? 2 : 1;
  const holder = h('div', { class: 'graph-holder' }, loading('Loading the graph…'));
  const depthSelect = h(
    'select',
    {
      id: 'depth',
      onchange: (ev: Event) => {
        const d = (ev.target as HTMLSelectElement).value;
        const url = new URL(location.href);
        if (d === '1') url.searchParams.delete('depth');
        else url.searchParams.set('depth', d);
        navigate(url.pathname + url.search + '#graph', { replace: true });
      },
    },
    h('option', { value: '1', selected: depth === 1 }, 'Direct neighbours'),
    h('option', { value: '2', selected: depth === 2 }, 'Two hops'),
  );
  const sec = h(
    'section',
    { class: 'section', id: 'graph', 'aria-labelledby': 'graph-h' },
    h('div', { class: 'section-head' }, h('h2', { id: 'graph-h' }, 'Graph neighbourhood'), h('div', { class: 'inline-field' }, h('label', { for: 'depth' }, 'Show'), depthSelect)),
    holder,
  );

  const load = async () => {
    try {
      const data = await gql(NEIGHBOURHOOD, { id, depth, limit: depth === 1 ? 80 : 150 }, ctx.signal);
      if (!ctx.current()) return;
      const nb = data.neighbourhood;
      // The centre is drawn with the rest whether or not `nodes` includes it.
      const nodes = nb.nodes.some((n) => n.id === nb.center.id) ? nb.nodes : [nb.center, ...nb.nodes];
      const others = nodes.filter((n) => n.id !== nb.center.id);
      if (others.length === 0) {
        replace(holder, empty('No related entities to draw.'));
        return;
      }
      const kindOf = new Map(nodes.map((n) => [n.id, n.kind] as const));
      const claimIds = [...new Set(nb.edges.filter((e) => ['HAS_EVIDENCE', 'HAS_POSITION'].includes(e.kind) && kindOf.get(e.from.id) === 'CLAIM').map((e) => e.from.id)
        .concat(nb.edges.filter((e) => e.kind === 'MAKES').map((e) => e.to.id)))];
      const { stances, positions } = await evidenceStances(claimIds, ctx.signal).catch(() => ({ stances: new Map<string, Stance>(), positions: new Map<string, PositionKind>() }));
      if (!ctx.current()) return;
      const seen = new Map<string, number>();
      const edges: GraphEdge[] = nb.edges.map((e) => {
        const base = `${e.from.id}|${e.kind}|${e.to.id}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const stance = e.kind === 'HAS_EVIDENCE' ? stances.get(`${e.from.id}|${e.to.id}`) : undefined;
        // A source's link to a claim says where the source stands on it, not how mature it is.
        const position = e.kind === 'MAKES' ? positions.get(`${e.to.id}|${e.from.id}`) : e.kind === 'HAS_POSITION' ? positions.get(`${e.from.id}|${e.to.id}`) : undefined;
        return { id: n ? `${base}|${n}` : base, source: e.from.id, target: e.to.id, kind: e.kind, maturity: e.maturity, effect: e.effect, stance, position };
      });
      // A phone has room for fewer labelled entities at once.
      const step = window.innerWidth < 560 ? Math.round(GRAPH_CAP / 2) : GRAPH_CAP;
      let cap = step;
      // The drawing code (and cytoscape) load only when a graph is drawn.
      const { createGraph, graphAsList } = await import('../graph');
      if (!ctx.current()) return;
      let graph: GraphView | null = null;
      const draw = async () => {
        graph?.destroy();
        const shown = pickNodes(nodes, edges, nb.center.id, cap);
        const hiddenCount = nodes.length - shown.length;
        graph = createGraph(shown, edges, {
          layout: 'grouped',
          centerId: nb.center.id,
          description: `Graph of ${label} and ${shown.length - 1} related entities${hiddenCount ? ` (${hiddenCount} more not drawn)` : ''}, grouped by kind. The same entities are listed below the drawing.`,
        });
        const g = graph;
        const more = hiddenCount
          ? h(
              'p',
              { class: 'graph-more' },
              `Showing ${shown.length - 1} of ${others.length} related entities, the nearest and best connected first. `,
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn btn-small',
                  onclick: () => {
                    cap += step;
                    void draw().then(() => holder.querySelector<HTMLElement>('.graph-canvas')?.focus());
                  },
                },
                `Show ${Math.min(step, hiddenCount)} more`,
              ),
            )
          : null;
        replace(
          holder,
          nb.truncated ? h('p', { class: 'muted' }, 'Only part of the neighbourhood was fetched; it is larger than the drawing’s limit.') : null,
          more,
          g.element,
          graphAsList(others, others.length === 1 ? 'List the one entity of this neighbourhood' : `List all ${others.length} entities of this neighbourhood`),
        );
        await g.ready;
      };
      ctx.onCleanup(() => graph?.destroy());
      await draw();
    } catch (err) {
      if ((err as Error).name === 'AbortError' || !ctx.current()) return;
      replace(holder, errorBox(err, () => void load()));
    }
  };
  void load();
  return sec;
}

export async function entityPage(ctx: PageContext, slug: string, id: string): Promise<void> {
  const kind = kindOfId(id) ?? kindFromSlug(slug);
  if (!kind) {
    notFoundEntity(ctx, id);
    return;
  }
  // A URL whose kind segment disagrees with the id's prefix is put right.
  if (KINDS[kind].slug !== slug) {
    navigate(entityHref(id, kind) + location.search + location.hash, { replace: true });
    return;
  }
  const page = PAGES[kind];
  ctx.main.replaceChildren(loading(`Loading ${KINDS[kind].singular.toLowerCase()}…`));
  let loaded: Awaited<ReturnType<KindPage['load']>>;
  // The graph's version (as a cursor of its changes) before the entity is read: the live
  // notice starts after that change. Without it (the request failed) it starts with the next.
  let seen: string | null = null;
  try {
    seen = (await gql(LIVE_VERSION, {}, ctx.signal)).stats.cursor;
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
  }
  try {
    loaded = await page.load(id, ctx.signal);
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    if (err instanceof GraphQLError && (err.notFound || err.badInput)) {
      notFoundEntity(ctx, id, kind);
      return;
    }
    ctx.setTitle('Error');
    replace(ctx.main, errorBox(err, () => void entityPage(ctx, slug, id)));
    return;
  }
  if (!ctx.current()) return;
  if (!loaded) {
    notFoundEntity(ctx, id, kind);
    return;
  }
  const { entity } = loaded;
  const r = loaded.render();
  ctx.setTitle(r.title);
  const kindInfo = KINDS[kind];
  const article = h(
    'article',
    { class: `entity entity-${kindInfo.slug}` },
    h(
      'header',
      { class: 'entity-head' },
      h('p', { class: 'eyebrow' }, kindBadge(kind), h('code', { class: 'entity-id' }, id)),
      h('h1', { tabindex: '-1' }, r.title),
      r.lead,
      h('p', { class: 'entity-actions' }, h('a', { href: pathwaysHref(id), class: 'btn btn-small' }, 'Find pathways from here'), ' ', h('a', { href: '#graph', class: 'btn btn-small btn-quiet' }, 'Jump to graph')),
    ),
    r.body,
    neighbourhoodSection(ctx, id, r.title),
    provenanceSection(entity.provenance),
  );
  // Curator mode: the history of every entity; the editor on claims, for a signed-in curator.
  curatorHook(ctx, kind, id, entity, article);
  replace(ctx.main, article);
  // Arriving with #graph (e.g. after changing the depth) scrolls to the graph.
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  ctx.onCleanup(watchEntity(id, (curator) => liveNotice(ctx.main, curator), seen));
}

/** Says, above the entity, that a curator changed it since the page was drawn. */
function liveNotice(main: HTMLElement, curator: string) {
  const head = main.querySelector('.entity-head');
  if (!head) return;
  const notice = h(
    'p',
    { class: 'live-notice', role: 'status' },
    `Updated by ${curator} — `,
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => location.reload() }, 'reload'),
  );
  const old = head.querySelector('.live-notice');
  if (old) old.replaceWith(notice);
  else head.prepend(notice);
}

function notFoundEntity(ctx: PageContext, id: string, kind?: NodeKind) {
  ctx.setTitle('Not found');
  const what = kind ? `${KINDS[kind].singular.toLowerCase()}` : 'entity';
  replace(ctx.main, notFoundView(['The graph has no ', what, ' with the id ', h('code', null, id), '. It may have been renamed, or the link may be mistyped.'], onwardFor(id, kind)));
  // A curator may be looking at what they just retired: say so, and offer to restore it.
  retiredHook(ctx, id, ctx.main);
}
