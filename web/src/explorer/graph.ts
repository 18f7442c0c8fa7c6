// Graph drawings with cytoscape.js: nodes coloured and shaped by kind (with a legend), edges
// coloured, weighted and dashed by evidence maturity. Clicking a node opens its page.
// cytoscape is loaded on demand, so that pages without a graph stay light.
import type { Core, ElementDefinition } from 'cytoscape';
import { h, type Child } from './dom';
import { KIND_ORDER, KINDS, MATURITY, MATURITY_ORDER, humanize, shorten, verb, type Effect, type EntityRef, type Maturity, type NodeKind } from './model';
import { entityHref, navigate } from './router';

export interface GraphNode extends EntityRef {
  /** Preset position (pathways); omitted for a computed layout. */
  position?: { x: number; y: number };
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  maturity: Maturity;
  effect?: Effect | null;
}

export interface GraphOptions {
  /** What the drawing shows, for screen readers. */
  description: string;
  /** The entity at the centre (drawn larger), if any. */
  centerId?: string;
  /** Ends of a pathways view (drawn larger). */
  endIds?: string[];
  /** Show the relationship kind on each edge (few edges only). */
  edgeLabels?: boolean;
  /** 'concentric' around centerId, or 'preset' positions. */
  layout: 'concentric' | 'preset';
}

export interface GraphView {
  element: HTMLElement;
  /** Resolves once cytoscape has drawn. */
  ready: Promise<void>;
  /** Emphasises these nodes and edges and fades the rest; no argument clears. */
  highlight(nodeIds?: Iterable<string>, edgeIds?: Iterable<string>): void;
  destroy(): void;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small SVG of a kind's node shape, for legends and badges. */
export function shapeIcon(kind: NodeKind, size = 16): SVGSVGElement {
  const info = KINDS[kind];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shapes: Record<string, string> = {
    ellipse: '',
    rectangle: '1,2 15,2 15,14 1,14',
    'round-rectangle': '',
    diamond: '8,0.5 15.5,8 8,15.5 0.5,8',
    hexagon: '4,1 12,1 15.5,8 12,15 4,15 0.5,8',
    octagon: '5,0.5 11,0.5 15.5,5 15.5,11 11,15.5 5,15.5 0.5,11 0.5,5',
    triangle: '8,1 15.5,15 0.5,15',
    tag: '0.5,2 11,2 15.5,8 11,14 0.5,14',
    barrel: '2,1 14,1 15.5,8 14,15 2,15 0.5,8',
  };
  let el: SVGElement;
  if (info.shape === 'ellipse') {
    el = document.createElementNS(SVG, 'circle');
    el.setAttribute('cx', '8');
    el.setAttribute('cy', '8');
    el.setAttribute('r', '7.5');
  } else if (info.shape === 'round-rectangle') {
    el = document.createElementNS(SVG, 'rect');
    el.setAttribute('x', '0.5');
    el.setAttribute('y', '2');
    el.setAttribute('width', '15');
    el.setAttribute('height', '12');
    el.setAttribute('rx', '4');
  } else {
    el = document.createElementNS(SVG, 'polygon');
    el.setAttribute('points', shapes[info.shape] ?? shapes.rectangle);
  }
  el.setAttribute('fill', info.color);
  svg.appendChild(el);
  return svg;
}

function lineIcon(m: Maturity): SVGSVGElement {
  const info = MATURITY[m];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', '0 0 36 12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('y1', '6');
  line.setAttribute('x2', '35');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', info.color);
  line.setAttribute('stroke-width', String(Math.max(1.5, info.width * 0.8)));
  if (info.lineStyle === 'dashed') line.setAttribute('stroke-dasharray', '6 3');
  if (info.lineStyle === 'dotted') line.setAttribute('stroke-dasharray', '2 3');
  svg.appendChild(line);
  return svg;
}

/** The legend: the kinds drawn and the maturity scale. */
export function legend(kinds: Iterable<NodeKind>, maturities: Iterable<Maturity>): HTMLElement {
  const ks = new Set(kinds);
  const ms = new Set(maturities);
  return h(
    'div',
    { class: 'legend' },
    h(
      'div',
      { class: 'legend-group' },
      h('h3', { class: 'legend-title' }, 'Entities'),
      h('ul', null, KIND_ORDER.filter((k) => ks.has(k)).map((k) => h('li', null, shapeIcon(k), ' ', KINDS[k].singular))),
    ),
    h(
      'div',
      { class: 'legend-group' },
      h('h3', { class: 'legend-title' }, 'Evidence maturity of links'),
      h('ul', null, MATURITY_ORDER.filter((m) => ms.has(m)).map((m) => h('li', { title: MATURITY[m].description }, lineIcon(m), ' ', MATURITY[m].label))),
    ),
  );
}

function describeEdge(e: GraphEdge, labels: Map<string, string>): string {
  const effect = e.effect ? `, ${humanize(e.effect).toLowerCase()}` : '';
  return `${labels.get(e.source) ?? e.source} ${verb(e.kind)} ${labels.get(e.target) ?? e.target} (${MATURITY[e.maturity]?.label ?? e.maturity}${effect})`;
}

/**
 * Positions nodes on rings around the centre by their hop distance from it: the first ring
 * grouped by kind, each further ring ordered by the angle of its neighbours on the ring
 * inside it, so that a node sits near what links it to the centre. Deterministic.
 */
function concentricPositions(nodes: GraphNode[], edges: GraphEdge[], centerId: string | undefined): Map<string, { x: number; y: number }> {
  const adj = new Map<string, string[]>();
  for (const n of nodes) adj.set(n.id, []);
  for (const e of edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const dist = new Map<string, number>();
  const start = centerId && adj.has(centerId) ? centerId : nodes[0]?.id;
  if (start) {
    dist.set(start, 0);
    const queue = [start];
    while (queue.length) {
      const cur = queue.shift()!;
      for (const nb of adj.get(cur) ?? []) {
        if (!dist.has(nb)) {
          dist.set(nb, dist.get(cur)! + 1);
          queue.push(nb);
        }
      }
    }
  }
  const rings = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const key = dist.get(n.id) ?? Number.MAX_SAFE_INTEGER;
    if (!rings.has(key)) rings.set(key, []);
    rings.get(key)!.push(n);
  }
  const pos = new Map<string, { x: number; y: number }>();
  const angle = new Map<string, number>();
  let radius = 0;
  for (const key of [...rings.keys()].sort((a, b) => a - b)) {
    const ring = rings.get(key)!;
    if (key === 0 && ring.length === 1) {
      pos.set(ring[0].id, { x: 0, y: 0 });
      continue;
    }
    const byKind = (a: GraphNode, b: GraphNode) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label);
    if (key <= 1 || key === Number.MAX_SAFE_INTEGER) {
      ring.sort(byKind);
    } else {
      // Mean angle of the inner neighbours (as a vector, so that angles wrap correctly).
      const inner = new Map<string, number>();
      for (const n of ring) {
        let x = 0;
        let y = 0;
        for (const nb of adj.get(n.id) ?? []) {
          const a = angle.get(nb);
          if (a !== undefined && dist.get(nb) === key - 1) {
            x += Math.cos(a);
            y += Math.sin(a);
          }
        }
        inner.set(n.id, Math.atan2(y, x));
      }
      ring.sort((a, b) => inner.get(a.id)! - inner.get(b.id)! || byKind(a, b));
    }
    // Each node needs ~90px of arc; rings are at least 220px apart.
    radius = Math.max(radius + 220, (ring.length * 90) / (2 * Math.PI));
    const offset = key >= 2 && ring.length ? inner0(ring, angle, adj) : -Math.PI / 2;
    ring.forEach((n, i) => {
      const a = offset + (2 * Math.PI * i) / ring.length;
      angle.set(n.id, a);
      pos.set(n.id, { x: radius * Math.cos(a), y: radius * Math.sin(a) });
    });
  }
  return pos;
}

/** The angle at which the first node of an outer ring starts: that of its first inner neighbour. */
function inner0(ring: GraphNode[], angle: Map<string, number>, adj: Map<string, string[]>): number {
  for (const nb of adj.get(ring[0].id) ?? []) {
    const a = angle.get(nb);
    if (a !== undefined) return a;
  }
  return -Math.PI / 2;
}

export function createGraph(nodes: GraphNode[], edges: GraphEdge[], opts: GraphOptions): GraphView {
  const labels = new Map(nodes.map((n) => [n.id, n.label] as const));
  const ids = new Set(nodes.map((n) => n.id));
  const drawnEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target));

  const canvasBox = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': opts.description });
  const status = h('p', { class: 'graph-status', 'aria-live': 'off' }, 'Point at a node or link for details; click a node to open it.');
  let cy: Core | undefined;
  let destroyed = false;

  const zoomBy = (f: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const toolbar = h(
    'div',
    { class: 'graph-toolbar' },
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => zoomBy(1.25), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => zoomBy(0.8), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => cy?.fit(undefined, 30) }, 'Fit'),
  );
  const element = h(
    'figure',
    { class: 'graph' },
    toolbar,
    canvasBox,
    status,
    h('figcaption', null, legend(new Set(nodes.map((n) => n.kind)), new Set(drawnEdges.map((e) => e.maturity)))),
  );

  const ready = (async () => {
    const { default: cytoscape } = await import('cytoscape');
    if (destroyed) return;
    const positions = opts.layout === 'concentric' ? concentricPositions(nodes, drawnEdges, opts.centerId) : null;
    // A left-to-right preset layout is turned top-to-bottom on a narrow (phone) screen.
    const vertical = opts.layout === 'preset' && canvasBox.clientWidth > 0 && canvasBox.clientWidth < 560;
    const place = (p: { x: number; y: number }) => (vertical ? { x: p.y * 1.2, y: p.x * 0.75 } : p);
    const big = new Set([...(opts.centerId ? [opts.centerId] : []), ...(opts.endIds ?? [])]);
    const elements: ElementDefinition[] = [
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, kind: n.kind, label: n.label, short: shorten(n.label, 38), color: KINDS[n.kind]?.color ?? '#4b5563', shape: KINDS[n.kind]?.shape ?? 'ellipse' },
        position: n.position ? place(n.position) : (positions?.get(n.id) ?? { x: 0, y: 0 }),
        classes: big.has(n.id) ? 'big' : '',
      })),
      ...drawnEdges.map((e) => {
        const m = MATURITY[e.maturity] ?? MATURITY.EARLY;
        // Around a centre, links between two neighbours are drawn curved and beneath, so that
        // one crossing the centre does not hide the centre's own links.
        const side = opts.layout === 'concentric' && opts.centerId !== undefined && e.source !== opts.centerId && e.target !== opts.centerId;
        return {
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target, color: m.color, width: m.width, lineStyle: m.lineStyle, label: verb(e.kind), text: describeEdge(e, labels) },
          classes: side ? 'side' : 'spoke',
        };
      }),
    ];
    cy = cytoscape({
      container: canvasBox,
      elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      minZoom: 0.15,
      maxZoom: 3,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: opts.layout === 'preset' ? 30 : 24,
            height: opts.layout === 'preset' ? 30 : 24,
            label: 'data(short)',
            'font-size': opts.layout === 'preset' ? 13 : 11,
            'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
            color: '#111827',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '130px',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            // Labels too small to read (a big drawing, zoomed out) are left out until zoomed in.
            'min-zoomed-font-size': 7,
            'border-width': 1.5,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.big', style: { width: 40, height: 40, 'font-weight': 'bold', 'font-size': opts.layout === 'preset' ? 14 : 12, 'border-width': 3, 'border-color': '#111827' } },
        { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.12, 'overlay-color': '#111827' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'line-style': 'data(lineStyle)' as never,
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            opacity: 0.8,
          },
        },
        ...(opts.edgeLabels
          ? [
              {
                selector: 'edge',
                style: {
                  label: 'data(label)',
                  'font-size': 10,
                  color: '#1f2937',
                  'text-rotation': (vertical ? 'none' : 'autorotate') as never,
                  'text-background-color': '#ffffff',
                  'text-background-opacity': 0.9,
                  'text-background-padding': '2px',
                },
              },
            ]
          : []),
        { selector: 'edge.spoke', style: { 'z-index': 3 } },
        {
          selector: 'edge.side',
          style: {
            'curve-style': 'unbundled-bezier',
            'control-point-distances': [45],
            'control-point-weights': [0.5],
            'z-index': 1,
            opacity: 0.65,
          },
        },
        { selector: '.faded', style: { opacity: 0.12 } },
        { selector: 'edge.hl', style: { opacity: 1, 'z-index': 10 } },
      ],
    });
    cy.fit(undefined, 30);

    cy.on('tap', 'node', (ev) => navigate(entityHref(ev.target.id(), ev.target.data('kind'))));
    cy.on('mouseover', 'node', (ev) => {
      ev.target.addClass('hover');
      canvasBox.style.cursor = 'pointer';
      status.textContent = `${KINDS[ev.target.data('kind') as NodeKind]?.singular ?? ''}: ${ev.target.data('label')} — click to open.`;
    });
    cy.on('mouseout', 'node', (ev) => {
      ev.target.removeClass('hover');
      canvasBox.style.cursor = '';
    });
    cy.on('mouseover', 'edge', (ev) => {
      status.textContent = ev.target.data('text');
    });
    // Wheel zoom only once the reader has clicked into the drawing, so the page still scrolls.
    const enableZoom = () => cy?.userZoomingEnabled(true);
    canvasBox.addEventListener('mousedown', enableZoom);
    canvasBox.addEventListener('touchstart', enableZoom, { passive: true });
    canvasBox.addEventListener('mouseleave', () => cy?.userZoomingEnabled(false));
    canvasBox.dataset.ready = 'true';
  })();

  return {
    element,
    ready,
    highlight(nodeIds, edgeIds) {
      if (!cy) return;
      cy.elements().removeClass('faded hl');
      if (!nodeIds) return;
      const ns = new Set(nodeIds);
      const es = new Set(edgeIds ?? []);
      cy.nodes().forEach((n) => {
        if (!ns.has(n.id())) n.addClass('faded');
      });
      cy.edges().forEach((e) => {
        if (es.has(e.id())) e.addClass('hl');
        else e.addClass('faded');
      });
    },
    destroy() {
      destroyed = true;
      cy?.destroy();
    },
  };
}

/** A list of a drawing's entities: the text alternative to the canvas. */
export function graphAsList(nodes: EntityRef[], summary: string): HTMLElement {
  const byKind = new Map<NodeKind, EntityRef[]>();
  for (const n of nodes) {
    if (!byKind.has(n.kind)) byKind.set(n.kind, []);
    byKind.get(n.kind)!.push(n);
  }
  const groups: Child[] = KIND_ORDER.filter((k) => byKind.has(k)).map((k) =>
    h(
      'div',
      { class: 'graph-list-group' },
      h('h4', null, `${KINDS[k].plural} (${byKind.get(k)!.length})`),
      h('ul', null, byKind.get(k)!.sort((a, b) => a.label.localeCompare(b.label)).map((n) => h('li', null, h('a', { href: entityHref(n.id, n.kind) }, n.label)))),
    ),
  );
  return h('details', { class: 'graph-list' }, h('summary', null, summary), groups);
}
