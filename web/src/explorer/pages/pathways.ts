// The pathways view: /explore/pathways?from=<id>&to=<id>&maxHops=N[&minMaturity=M][&direction=any].
// Lists the paths between two entities, strongest first, and draws them. By default every
// link is followed in its stated direction (the API's `pathways`); direction=any asks for
// `connections`, whose links may run either way. Each hop shows the claims that assert it and
// its studies with the stances those claims take.
import { GraphQLError, gql } from '../api';
import { bibliographyControl } from '../cite';
import { h, replace, type Child } from '../dom';
import type { GraphEdge, GraphNode } from '../graph';
import { MATURITY, MATURITY_ORDER, humanize, verb, type EntityRef, type Maturity } from '../model';
import type { PageContext } from '../page';
import { navigate, pathwaysHref } from '../router';
import { createCombobox } from '../search';
import { effectText, empty, entityChip, entityLink, errorBox, loading, maturityBadge, stanceBadge } from '../ui';
import { ConnectionsDocument as CONNECTIONS, LabelsDocument as LABELS, PathwaysDocument as PATHWAYS, type PathwayFieldsFragment } from '../../generated/graphql';

type Pathway = PathwayFieldsFragment;
type Hop = Pathway['hops'][number];

export const DEFAULT_HOPS = 3;

/** 'along': every hop follows its relationship's stated direction; 'any': either way. */
export type Direction = 'along' | 'any';

/** The two entity pickers, hop limit and minimum maturity; submitting opens the pathways view. */
export function pathwaysForm(initial: { from?: EntityRef | null; to?: EntityRef | null; maxHops?: number; minMaturity?: string | null; direction?: Direction }, idPrefix: string): HTMLElement {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const from = createCombobox({ label: 'From', inputId: `${idPrefix}-from`, placeholder: 'e.g. HN001', initial: initial.from ?? null, keepSelection: true, onSelect: () => (error.hidden = true), required: true });
  const to = createCombobox({ label: 'To', inputId: `${idPrefix}-to`, placeholder: 'e.g. acne', initial: initial.to ?? null, keepSelection: true, onSelect: () => (error.hidden = true), required: true });
  const hops = h(
    'select',
    { id: `${idPrefix}-hops`, name: 'maxHops' },
    [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), selected: n === (initial.maxHops ?? DEFAULT_HOPS) }, `${n} hop${n > 1 ? 's' : ''}`)),
  );
  const minMaturity = h(
    'select',
    { id: `${idPrefix}-min`, name: 'minMaturity' },
    h('option', { value: '' }, 'Any evidence'),
    MATURITY_ORDER.filter((m) => m !== 'NOT_SUPPORTED').map((m) => h('option', { value: m, selected: initial.minMaturity === m }, `${MATURITY[m].label} or stronger`)),
  );
  const direction = h(
    'select',
    { id: `${idPrefix}-dir`, name: 'direction' },
    h('option', { value: 'along', selected: (initial.direction ?? 'along') === 'along' }, 'Along each link (A acts on B)'),
    h('option', { value: 'any', selected: initial.direction === 'any' }, 'Either direction (connections)'),
  );
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-quiet',
      onclick: () => {
        const a = from.value();
        const b = to.value();
        from.setValue(b);
        to.setValue(a);
      },
    },
    '⇅ Swap',
  );
  const form = h(
    'form',
    { class: 'pathways-form', 'aria-label': 'Find pathways between two entities', novalidate: true },
    h('div', { class: 'pf-ends' }, from.root, to.root),
    h(
      'div',
      { class: 'pf-options' },
      h('div', { class: 'inline-field' }, h('label', { for: `${idPrefix}-hops` }, 'At most'), hops),
      h('div', { class: 'inline-field' }, h('label', { for: `${idPrefix}-min` }, 'Links'), minMaturity),
      h('div', { class: 'inline-field' }, h('label', { for: `${idPrefix}-dir` }, 'Follow'), direction),
      swap,
      h('button', { type: 'submit', class: 'btn btn-primary' }, 'Find pathways'),
    ),
    error,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const a = from.value();
    const b = to.value();
    if (!a || !b) {
      error.textContent = !a ? 'Choose where the path starts: type a name in “From” and pick a suggestion.' : 'Choose where the path ends: type a name in “To” and pick a suggestion.';
      error.hidden = false;
      (!a ? from.input : to.input).focus();
      return;
    }
    navigate(pathwaysHref(a.id, b.id, hops.value, minMaturity.value || undefined, direction.value === 'any' ? 'any' : undefined));
  });
  return form;
}

function edgeId(h: Hop): { id: string; source: string; target: string } {
  const source = h.forward ? h.from.id : h.to.id;
  const target = h.forward ? h.to.id : h.from.id;
  return { id: `${source}|${h.relation.kind}|${target}`, source, target };
}

/** Columns by hop distance from the start, the end in the last column; rows in order of appearance. */
function layout(paths: Pathway[], fromId: string, toId: string): GraphNode[] {
  const col = new Map<string, number>();
  const order: EntityRef[] = [];
  for (const p of paths) {
    p.nodes.forEach((n, i) => {
      if (!col.has(n.id)) {
        col.set(n.id, i);
        order.push(n);
      } else col.set(n.id, Math.min(col.get(n.id)!, i));
    });
  }
  const last = Math.max(0, ...[...col.entries()].filter(([id]) => id !== toId).map(([, c]) => c)) + 1;
  if (col.has(toId)) col.set(toId, Math.max(last, 1));
  if (col.has(fromId)) col.set(fromId, 0);
  const rows = new Map<number, EntityRef[]>();
  for (const n of order) {
    const c = col.get(n.id)!;
    if (!rows.has(c)) rows.set(c, []);
    rows.get(c)!.push(n);
  }
  const out: GraphNode[] = [];
  for (const [c, ns] of rows) {
    ns.forEach((n, i) => out.push({ ...n, position: { x: c * 210, y: (i - (ns.length - 1) / 2) * 120 } }));
  }
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What stands behind one hop: the claims asserting its link and its studies, each study with
 * the stance it takes on those claims. Folded away under a one-line summary. */
function hopEvidence(hop: Hop): HTMLElement {
  if (!hop.claims.length && !hop.studies.length) return h('span', { class: 'hop-nostudy' }, 'no study or claim linked');
  const claimNo = new Map(hop.claims.map((c, i) => [c.id, i + 1]));
  const parts = [hop.studies.length ? plural(hop.studies.length, 'study', 'studies') : null, hop.claims.length ? plural(hop.claims.length, 'claim', 'claims') : null].filter(Boolean);
  return h(
    'details',
    { class: 'hop-studies' },
    h('summary', null, `${parts.join(' · ')} behind this link`),
    hop.claims.length
      ? h(
          'div',
          { class: 'hop-claims' },
          h('p', { class: 'hop-sub' }, 'Claims that assert it (the grade is the whole claim’s):'),
          h(
            'ol',
            { class: 'plain' },
            hop.claims.map((c, i) => h('li', null, h('span', { class: 'claim-no' }, `C${i + 1}`), ' ', maturityBadge(c.maturity), ' ', entityLink(c.id, c.statement, 'CLAIM'))),
          ),
        )
      : h('p', { class: 'hop-sub' }, 'No claim asserts this link.'),
    hop.studies.length
      ? h(
          'div',
          { class: 'hop-study-list' },
          h('p', { class: 'hop-sub' }, 'Studies of the link, with their stance on those claims:'),
          h(
            'ul',
            { class: 'plain' },
            hop.studies.map(({ study: st, stances }) =>
              h(
                'li',
                null,
                entityLink(st.id, `${st.title} (${st.year})`, 'STUDY'),
                h('span', { class: 'sub' }, humanize(st.design)),
                stances.length
                  ? h(
                      'span',
                      { class: 'hop-stances' },
                      stances.map((s) => {
                        const no = claimNo.get(s.claim.id);
                        const claim = hop.claims.find((c) => c.id === s.claim.id);
                        return h('span', { class: 'hop-stance', title: claim ? `on C${no}: ${claim.statement}` : undefined }, stanceBadge(s.stance), ` C${no ?? '?'}`);
                      }),
                    )
                  : h('span', { class: 'sub' }, 'no stance recorded by these claims'),
              ),
            ),
          ),
          bibliographyControl(`ids=${[...new Set(hop.studies.map((x) => x.study.id))].map(encodeURIComponent).join(',')}`, 'the studies of this link'),
        )
      : h('p', { class: 'hop-sub' }, 'The relationship lists no study.'),
  );
}

function pathItem(p: Pathway, i: number): HTMLElement {
  const steps: Child[] = [];
  p.nodes.forEach((n, j) => {
    steps.push(h('li', { class: 'step-node' }, entityChip(n)));
    const hop = p.hops[j];
    if (hop) {
      const r = hop.relation;
      steps.push(
        h(
          'li',
          { class: `step-hop maturity-line-${r.maturity ? r.maturity.toLowerCase().replace('_', '-') : 'ungraded'}` },
          h('span', { class: 'hop-rel' }, hop.forward ? `${verb(r.kind)} →` : `← ${verb(r.kind)}`),
          r.effect ? h('span', { class: 'hop-effect' }, effectText(r.effect)) : null,
          r.maturity ? maturityBadge(r.maturity) : h('span', { class: 'muted', title: 'A curator linked this without grading the link' }, 'Not graded'),
          hopEvidence(hop),
        ),
      );
    }
  });
  return h(
    'li',
    { class: 'path', tabindex: '0', 'data-index': String(i) },
    h('div', { class: 'path-head' }, h('span', { class: 'path-no' }, `Path ${i + 1}`), ' ', maturityBadge(p.strength), h('span', { class: 'muted' }, ` ${p.length} hop${p.length === 1 ? '' : 's'} · as strong as its weakest link`)),
    h('ol', { class: 'path-steps', 'aria-label': `Path ${i + 1}, step by step` }, steps),
  );
}

export async function pathwaysPage(ctx: PageContext): Promise<void> {
  const fromId = ctx.params.get('from') ?? '';
  const toId = ctx.params.get('to') ?? '';
  const hopsParam = Number.parseInt(ctx.params.get('maxHops') ?? '', 10);
  const maxHops = hopsParam >= 1 && hopsParam <= 5 ? hopsParam : DEFAULT_HOPS;
  const minMaturity = MATURITY_ORDER.includes(ctx.params.get('minMaturity') as Maturity) ? (ctx.params.get('minMaturity') as Maturity) : null;
  const direction: Direction = ctx.params.get('direction') === 'any' ? 'any' : 'along';
  ctx.setTitle('Pathways');

  const formHolder = h('div', { class: 'pf-holder' });
  const results = h('div', { class: 'pathways-results', 'aria-live': 'polite' });
  replace(
    ctx.main,
    h(
      'div',
      { class: 'pathways-page' },
      h('h1', { tabindex: '-1' }, 'Pathways'),
      h(
        'p',
        { class: 'lead' },
        'How might one thing lead to another? Choose two entities to see the chains of relationships between them, strongest first, each link with the claims that assert it and the studies behind it. A path is only as strong as its weakest link, and a chain of associations is not proof of cause. By default every link is followed in its stated direction (A acts on B, which acts on C); choose “either direction” to see connections, whose links may run either way.',
      ),
      formHolder,
      results,
    ),
  );

  if (!fromId || !toId) {
    formHolder.appendChild(pathwaysForm({ maxHops, minMaturity, direction }, 'pw'));
    replace(
      results,
      h('p', { class: 'muted' }, 'For example: ', h('a', { href: pathwaysHref('strain:hn001', 'condition:acne', 3) }, 'from the probiotic strain HN001 to acne'), ' or ', h('a', { href: pathwaysHref('strain:ds-01', 'condition:atopic-dermatitis', 3) }, 'from the DS-01 synbiotic to atopic dermatitis'), '.'),
    );
    return;
  }

  replace(results, loading('Finding pathways…'));
  try {
    const [labels, paths] = await Promise.all([
      gql(LABELS, { ids: [fromId, toId] }, ctx.signal),
      direction === 'along'
        ? gql(PATHWAYS, { from: fromId, to: toId, maxHops, minMaturity, first: 10 }, ctx.signal).then((d) => d.pathways)
        : gql(CONNECTIONS, { from: fromId, to: toId, maxHops, minMaturity, first: 10 }, ctx.signal).then((d) => d.connections),
    ]);
    if (!ctx.current()) return;
    const [from, to] = labels.nodes;
    formHolder.appendChild(pathwaysForm({ from, to, maxHops, minMaturity, direction }, 'pw'));
    const fromLabel = from?.label ?? fromId;
    const toLabel = to?.label ?? toId;
    ctx.setTitle(`Pathways: ${fromLabel} → ${toLabel}`);
    if (!paths.length) {
      // Directed pathways found nothing: the connections (links either way) may still show
      // how the two are related, so they are looked up and offered here.
      let either: Pathway[] = [];
      if (direction === 'along') {
        replace(results, loading('No pathways along each link’s direction; looking for connections either way…'));
        try {
          either = (await gql(CONNECTIONS, { from: fromId, to: toId, maxHops, minMaturity, first: 10 }, ctx.signal)).connections;
        } catch (err) {
          if ((err as Error).name === 'AbortError' || !ctx.current()) return;
        }
        if (!ctx.current()) return;
      }
      const anyHref = pathwaysHref(fromId, toId, maxHops, minMaturity ?? undefined, 'any');
      replace(
        results,
        h('h2', null, `No ${direction === 'along' ? 'pathways' : 'connections'} from ${fromLabel} to ${toLabel}`),
        empty(`None within ${maxHops} hop${maxHops === 1 ? '' : 's'}${minMaturity ? ` with every link ${MATURITY[minMaturity].label.toLowerCase()} or stronger` : ''}${direction === 'along' ? ', following each link’s direction' : ''}.`),
        h(
          'ul',
          { class: 'plain' },
          maxHops < 5 ? h('li', null, h('a', { href: pathwaysHref(fromId, toId, maxHops + 1, minMaturity ?? undefined, direction === 'any' ? 'any' : undefined) }, `Try ${maxHops + 1} hops`)) : null,
          direction === 'along' && !either.length ? h('li', null, h('a', { href: anyHref }, 'Allow links in either direction')) : null,
          direction === 'along' ? h('li', null, h('a', { href: pathwaysHref(toId, fromId, maxHops, minMaturity ?? undefined) }, `Look the other way: from ${toLabel} to ${fromLabel}`)) : null,
        ),
        either.length
          ? h(
              'section',
              { class: 'section either-way', 'aria-labelledby': 'either-h' },
              h('h3', { id: 'either-h' }, `But they are connected: ${plural(either.length, 'connection', 'connections')} with links in either direction`),
              h(
                'p',
                { class: 'muted' },
                'A link marked ← runs against its stated direction, so such a chain shows that the two are related, not that one leads to the other. ',
                h('a', { href: anyHref, class: 'btn btn-small' }, `Show the ${plural(either.length, 'connection', 'connections')} with their drawing`),
              ),
              h('ol', { class: 'paths' }, either.map(pathItem)),
            )
          : direction === 'along'
            ? h('p', { class: 'muted' }, `Nor are they connected within ${plural(maxHops, 'hop', 'hops')} with links in either direction.`)
            : null,
      );
      return;
    }

    // The union of all paths, for the drawing.
    const nodes = layout(paths, fromId, toId);
    const edges = new Map<string, GraphEdge>();
    const pathEdges: string[][] = [];
    for (const p of paths) {
      const ids: string[] = [];
      for (const hop of p.hops) {
        const e = edgeId(hop);
        ids.push(e.id);
        if (!edges.has(e.id)) edges.set(e.id, { ...e, kind: hop.relation.kind, maturity: hop.relation.maturity, effect: hop.relation.effect });
      }
      pathEdges.push(ids);
    }
    const { createGraph, graphAsList } = await import('../graph');
    if (!ctx.current()) return;
    const graph = createGraph(nodes, [...edges.values()], {
      layout: 'preset',
      endIds: [fromId, toId],
      edgeLabels: edges.size <= 40,
      description: `Drawing of ${paths.length} pathway${paths.length === 1 ? '' : 's'} from ${fromLabel} to ${toLabel}; the same paths are listed step by step below.`,
    });
    ctx.onCleanup(() => graph.destroy());

    const list = h('ol', { class: 'paths' }, paths.map(pathItem));
    const highlight = (li: Element | null) => {
      if (!li) return graph.highlight();
      const i = Number((li as HTMLElement).dataset.index);
      graph.highlight(
        paths[i].nodes.map((n) => n.id),
        pathEdges[i],
      );
    };
    list.addEventListener('mouseover', (ev) => highlight((ev.target as Element).closest('.path')));
    list.addEventListener('mouseleave', () => highlight(null));
    list.addEventListener('focusin', (ev) => highlight((ev.target as Element).closest('.path')));
    list.addEventListener('focusout', () => highlight(null));

    const strongest = paths[0].strength;
    replace(
      results,
      h('h2', { id: 'paths-h' }, `${paths.length} ${direction === 'along' ? 'pathway' : 'connection'}${paths.length === 1 ? '' : 's'} from `, entityChip(from ?? { id: fromId, kind: 'STRAIN', label: fromId }), ' to ', entityChip(to ?? { id: toId, kind: 'CONDITION', label: toId })),
      h(
        'p',
        { class: 'muted' },
        `Strongest first (strongest: ${MATURITY[strongest]?.label.toLowerCase()}). ${direction === 'along' ? 'Every link is followed in its stated direction.' : 'Links may be followed against their stated direction (marked ←): such a path is a connection, not a chain of effects.'} Point at or focus a path to pick it out in the drawing.`,
      ),
      h('div', { class: 'pathways-layout' }, h('div', { class: 'pathways-graph' }, graph.element), h('div', { class: 'pathways-list' }, list)),
      graphAsList(nodes, `List the ${plural(nodes.length, 'entity', 'entities')} on ${paths.length === 1 ? 'this path' : 'these paths'}`),
    );
    await graph.ready;
  } catch (err) {
    if ((err as Error).name === 'AbortError' || !ctx.current()) return;
    if (!formHolder.firstChild) formHolder.appendChild(pathwaysForm({ maxHops, minMaturity, direction }, 'pw'));
    if (err instanceof GraphQLError && (err.notFound || err.badInput)) {
      replace(results, h('div', { class: 'error', role: 'alert' }, h('p', null, `${err.message}. Choose the two ends with the pickers above.`)));
      return;
    }
    replace(results, errorBox(err, () => void pathwaysPage(ctx)));
  }
}
