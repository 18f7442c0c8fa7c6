// Graph drawings with cytoscape.js: nodes coloured and shaped by kind (with a legend), edges
// coloured, weighted and dashed by evidence maturity. Clicking a node opens its page.
// cytoscape is loaded on demand, so that pages without a graph stay light.
import type { Core, ElementDefinition, NodeSingular, StylesheetJson } from 'cytoscape';
import { h, type Child } from './dom';
import { shapeIcon } from './shapes';

export { shapeIcon };
import { KIND_ORDER, KINDS, MATURITY, MATURITY_ORDER, STANCE, humanize, shorten, verb, type Effect, type EntityRef, type Maturity, type NodeKind, type PositionKind, type Stance } from './model';
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
  maturity: Maturity | null;
  effect?: Effect | null;
  /** On a claim's evidence link: what the study says about the claim. */
  stance?: Stance;
  /** On a source's link to a claim (MAKES, HAS_POSITION): where the source stands on it. */
  position?: PositionKind;
}

/** How a source's links to a claim are drawn: by its position, never by a maturity. */
export const POSITION_STYLE: Record<PositionKind, { color: string; dash: number[] | null; arrow: string; label: string }> = {
  ENDORSES: { color: '#15803d', dash: null, arrow: 'triangle', label: 'endorses' },
  HEDGES: { color: '#a16207', dash: [7, 4], arrow: 'triangle', label: 'hedges on' },
  REJECTS: { color: '#b91c1c', dash: [2, 3], arrow: 'tee', label: 'rejects' },
};

/** How evidence links are drawn: by stance, so a contradicting study never looks like a supporting one. */
export const STANCE_STYLE: Record<Stance, { color: string; dash: number[] | null; arrow: string; label: string }> = {
  SUPPORTS: { color: '#15803d', dash: null, arrow: 'triangle', label: 'supports' },
  QUALIFIES: { color: '#a16207', dash: [7, 4], arrow: 'triangle', label: 'qualifies' },
  CONTRADICTS: { color: '#b91c1c', dash: [2, 3], arrow: 'tee', label: 'contradicts' },
};

export interface GraphOptions {
  /** What the drawing shows, for screen readers. */
  description: string;
  /** The entity at the centre (drawn larger), if any. */
  centerId?: string;
  /** Ends of a pathways view (drawn larger). */
  endIds?: string[];
  /** Show the relationship kind on each edge (few edges only). */
  edgeLabels?: boolean;
  /** 'grouped': sectors by kind around centerId; 'preset': given positions. */
  layout: 'grouped' | 'preset';
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

/** A legend's 36 × 12 icon, hidden from assistive technology (its text says the same). */
function legendIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of [['width', '36'], ['height', '12'], ['viewBox', '0 0 36 12'], ['aria-hidden', 'true'], ['focusable', 'false']]) svg.setAttribute(k, v);
  return svg;
}

/** A line from (x1, y1) to (x2, y2) in colour, width wide, dashed when dash is given. */
function svgLine(x1: number, y1: number, x2: number, y2: number, color: string, width: number, dash?: string): SVGLineElement {
  const line = document.createElementNS(SVG, 'line');
  const attrs: [string, string][] = [['x1', String(x1)], ['y1', String(y1)], ['x2', String(x2)], ['y2', String(y2)], ['stroke', color], ['stroke-width', String(width)]];
  if (dash) attrs.push(['stroke-dasharray', dash]);
  for (const [k, v] of attrs) line.setAttribute(k, v);
  return line;
}

/** A stance's or a position's line as the legend shows it: its colour, dashes and end. */
function styleIcon(info: { color: string; dash: number[] | null; arrow: string }): SVGSVGElement {
  const svg = legendIcon();
  svg.appendChild(svgLine(1, 6, 33, 6, info.color, 3, info.dash?.join(' ')));
  const tee = info.arrow === 'tee';
  svg.appendChild(svgLine(34, tee ? 1 : 6, 34, tee ? 11 : 6, info.color, 3));
  return svg;
}

/** A maturity's line as the legend shows it: its colour, width and dashes. */
function lineIcon(m: Maturity): SVGSVGElement {
  const info = MATURITY[m];
  const svg = legendIcon();
  const dash = info.lineStyle === 'dashed' ? '6 3' : info.lineStyle === 'dotted' ? '2 3' : undefined;
  svg.appendChild(svgLine(1, 6, 35, 6, info.color, Math.max(1.5, info.width * 0.8), dash));
  return svg;
}

/** The legend: the kinds drawn, the maturity scale, and the stances of evidence links. */
export function legend(kinds: Iterable<NodeKind>, maturities: Iterable<Maturity>, stances: Iterable<Stance> = [], positions: Iterable<PositionKind> = []): HTMLElement {
  const ks = new Set(kinds);
  const ms = new Set(maturities);
  const ss = new Set(stances);
  const ps = new Set(positions);
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
    ss.size
      ? h(
          'div',
          { class: 'legend-group legend-stance' },
          h('h3', { class: 'legend-title' }, 'Evidence: what the study says'),
          h('ul', null, (['SUPPORTS', 'QUALIFIES', 'CONTRADICTS'] as Stance[]).filter((st) => ss.has(st)).map((st) => h('li', null, styleIcon(STANCE_STYLE[st]), ' ', STANCE[st]))),
        )
      : null,
    ps.size
      ? h(
          'div',
          { class: 'legend-group legend-position' },
          h('h3', { class: 'legend-title' }, 'Sources: where they stand on a claim'),
          h('ul', null, (['ENDORSES', 'HEDGES', 'REJECTS'] as PositionKind[]).filter((p) => ps.has(p)).map((p) => h('li', null, styleIcon(POSITION_STYLE[p]), ' ', `${POSITION_STYLE[p].label[0].toUpperCase()}${POSITION_STYLE[p].label.slice(1)}`))),
        )
      : null,
  );
}

function describeEdge(e: GraphEdge, labels: Map<string, string>): string {
  const effect = e.effect ? `, ${humanize(e.effect).toLowerCase()}` : '';
  if (e.stance) return `${labels.get(e.target) ?? e.target} ${STANCE_STYLE[e.stance].label} the claim “${labels.get(e.source) ?? e.source}”`;
  if (e.position) {
    const [source, claim] = e.kind === 'MAKES' ? [e.source, e.target] : [e.target, e.source];
    return `${labels.get(source) ?? source} ${POSITION_STYLE[e.position].label} the claim “${labels.get(claim) ?? claim}”`;
  }
  return `${labels.get(e.source) ?? e.source} ${verb(e.kind)} ${labels.get(e.target) ?? e.target} (${e.maturity ? (MATURITY[e.maturity]?.label ?? e.maturity) : 'not graded'}${effect})`;
}

/** Hop distance of every node from the start (unreachable nodes are left out). */
function distances(nodes: GraphNode[], edges: GraphEdge[], start: string | undefined): Map<string, number> {
  const adj = new Map<string, string[]>();
  for (const n of nodes) adj.set(n.id, []);
  for (const e of edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const dist = new Map<string, number>();
  if (!start || !adj.has(start)) return dist;
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
  return dist;
}

/** Room one node and its label need along an arc, and between two arcs (model units). */
const SLOT = 150;
const ROW = 78;

export interface GroupLabel {
  id: string;
  text: string;
  position: { x: number; y: number };
}

/**
 * Sectors by kind around the centre: each kind gets a slice of the circle in proportion to its
 * size, and its nodes fill arcs from the inside out (nearer hops first, then by label), so that
 * a kind reads as one group and labels have room. Deterministic.
 */
export function groupedPositions(nodes: GraphNode[], edges: GraphEdge[], centerId: string | undefined): { pos: Map<string, { x: number; y: number }>; groups: GroupLabel[] } {
  const dist = distances(nodes, edges, centerId);
  const pos = new Map<string, { x: number; y: number }>();
  const groups: GroupLabel[] = [];
  const others = nodes.filter((n) => n.id !== centerId);
  if (centerId && nodes.some((n) => n.id === centerId)) pos.set(centerId, { x: 0, y: 0 });
  const byKind = new Map<NodeKind, GraphNode[]>();
  for (const n of others) {
    if (!byKind.has(n.kind)) byKind.set(n.kind, []);
    byKind.get(n.kind)!.push(n);
  }
  const kinds = KIND_ORDER.filter((k) => byKind.has(k));
  if (!kinds.length) return { pos, groups };
  const gap = kinds.length > 1 ? 1 : 0;
  const units = others.length + gap * kinds.length;
  // The inner arc is long enough for about a third of the nodes side by side.
  const r0 = Math.max(190, (Math.max(others.length / 2.2, 4) * SLOT) / (2 * Math.PI));
  let start = -Math.PI / 2 - (Math.PI * (byKind.get(kinds[0])!.length + gap)) / units;
  for (const k of kinds) {
    const group = byKind.get(k)!.sort((a, b) => (dist.get(a.id) ?? 9) - (dist.get(b.id) ?? 9) || a.label.localeCompare(b.label));
    const span = (2 * Math.PI * (group.length + gap)) / units;
    const from = start + (gap ? (Math.PI * gap) / units : 0);
    const usable = span - (gap ? (2 * Math.PI * gap) / units : 0);
    let i = 0;
    let row = 0;
    let outer = r0;
    while (i < group.length) {
      const r = r0 + row * ROW;
      const fit = Math.max(1, Math.floor((usable * r) / SLOT) + (usable * r < SLOT ? 0 : 1));
      const take = group.slice(i, i + fit);
      take.forEach((n, j) => {
        // Stagger alternate arcs by half a slot so labels of neighbouring arcs do not stack.
        const t = take.length === 1 ? 0.5 : (j + (row % 2 ? 0.75 : 0.25)) / take.length;
        const a = from + usable * t;
        pos.set(n.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
      });
      outer = r;
      i += take.length;
      row += 1;
    }
    const mid = from + usable / 2;
    const lr = outer + 70;
    groups.push({ id: `group:${k}`, text: `${KINDS[k].plural} (${group.length})`, position: { x: lr * Math.cos(mid), y: lr * Math.sin(mid) } });
    start += span;
  }
  return { pos, groups };
}

/** The width of a label in CSS pixels at a font size, measured once per text. */
const measureCanvas = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
function textWidth(text: string, px: number, bold = false): number {
  if (!measureCanvas) return text.length * px * 0.55;
  measureCanvas.font = `${bold ? 'bold ' : ''}${px}px system-ui, sans-serif`;
  return measureCanvas.measureText(text).width;
}

/** Rendered size of a label wrapped at maxWidth pixels: [width, lines]. */
function labelBox(text: string, px: number, maxWidth: number, bold: boolean): [number, number] {
  const words = text.split(/\s+/);
  let lines = 1;
  let line = 0;
  let widest = 0;
  const space = textWidth(' ', px, bold);
  for (const w of words) {
    const ww = Math.min(textWidth(w, px, bold), maxWidth);
    if (line > 0 && line + space + ww > maxWidth) {
      widest = Math.max(widest, line);
      lines += 1;
      line = ww;
    } else line += (line > 0 ? space : 0) + ww;
  }
  return [Math.max(widest, line), lines];
}

/** Label sizes in screen pixels: they stay this size whatever the zoom, so they stay readable. */
const LABEL_PX = 13;
const LABEL_MAX_PX = 130;
/** Labels longer than this are cut (the full text shows on pointing or focus). */
const LABEL_CHARS = 30;

export function createGraph(nodes: GraphNode[], edges: GraphEdge[], opts: GraphOptions): GraphView {
  const ids = new Set(nodes.map((n) => n.id));
  const drawnEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const big = new Set([...(opts.centerId ? [opts.centerId] : []), ...(opts.endIds ?? [])]);
  const degree = linkCounts(drawnEdges);
  const order = keyboardOrder(nodes, big);

  const canvasBox = h('div', {
    class: `graph-canvas graph-${opts.layout}`,
    role: 'application',
    'aria-roledescription': 'graph',
    tabindex: '0',
    'aria-label': `${opts.description} Use the arrow keys to go from entity to entity and Enter to open one.`,
  });
  const status = h('p', { class: 'graph-status', 'aria-live': 'polite' }, 'Point at a node or link for details; click a node to open it. Keyboard: arrow keys move between entities, Enter opens.');
  let cy: Core | undefined;
  let destroyed = false;

  const { toolbar, passTouch } = graphToolbar(canvasBox, () => cy);
  const element = h('figure', { class: 'graph' }, toolbar, canvasBox, status, h('figcaption', null, graphLegend(nodes, drawnEdges)));
  element.addEventListener('touchstart', passTouch, { capture: true, passive: true });

  const ready = (async () => {
    const { default: cytoscape } = await import('cytoscape');
    if (destroyed) return;
    const { elements, vertical } = graphElements(nodes, drawnEdges, big, opts, canvasBox);
    cy = cytoscape({
      container: canvasBox,
      elements,
      layout: { name: 'preset', fit: true, padding: 30 },
      minZoom: 0.15,
      maxZoom: 3,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: false,
      style: graphStyle(opts, vertical),
    });
    const c = cy;
    c.fit(undefined, 30);
    keepLabelsReadable(c, canvasBox, degree, !!opts.edgeLabels);
    followPointer(c, canvasBox, status);
    walkByKeyboard(c, canvasBox, status, order);
    // Wheel zoom only once the reader has clicked into the drawing, so the page still scrolls.
    canvasBox.addEventListener('mousedown', () => c.userZoomingEnabled(true));
    canvasBox.addEventListener('mouseleave', () => c.userZoomingEnabled(false));
    canvasBox.dataset.ready = 'true';
  })();

  return {
    element,
    ready,
    highlight(nodeIds, edgeIds) {
      if (cy) highlight(cy, nodeIds, edgeIds);
    },
    destroy() {
      destroyed = true;
      cy?.destroy();
    },
  };
}

/** How many drawn links each node has: a busier node's label is kept first when labels crowd. */
function linkCounts(edges: GraphEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/** Keyboard order: the ends first, then kind by kind, then by label. */
function keyboardOrder(nodes: GraphNode[], big: Set<string>): GraphNode[] {
  return [...nodes].sort((a, b) => Number(big.has(b.id)) - Number(big.has(a.id)) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label));
}

/**
 * The buttons above the drawing: "Move the drawing", zoom in, zoom out and fit. On a touch
 * screen a finger on the drawing scrolls the page, as everywhere else on it; the drawing takes
 * touches (pan, pinch, drag) only while "Move the drawing" is on. Taps still open entities, as
 * the browser turns them into clicks. passTouch is to listen in the capture phase, before the
 * drawing's own listener on the canvas box: a touch it never sees is one it never cancels, so
 * the page scrolls.
 */
function graphToolbar(canvasBox: HTMLElement, cy: () => Core | undefined): { toolbar: HTMLElement; passTouch: (ev: TouchEvent) => void } {
  const zoomBy = (f: number) => {
    const c = cy();
    if (!c) return;
    c.zoom({ level: c.zoom() * f, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };
  let touchLive = false;
  const touchToggle = h('button', { type: 'button', class: 'btn btn-small graph-touch-toggle', 'aria-pressed': 'false' }, 'Move the drawing');
  const setTouchLive = (on: boolean) => {
    touchLive = on;
    touchToggle.setAttribute('aria-pressed', String(on));
    touchToggle.textContent = on ? 'Done moving' : 'Move the drawing';
    canvasBox.classList.toggle('graph-live', on);
    cy()?.userZoomingEnabled(on);
  };
  touchToggle.addEventListener('click', () => setTouchLive(!touchLive));
  const toolbar = h(
    'div',
    { class: 'graph-toolbar' },
    touchToggle,
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => zoomBy(1.25), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => zoomBy(0.8), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => cy()?.fit(undefined, 30) }, 'Fit'),
  );
  const passTouch = (ev: TouchEvent) => {
    if (!touchLive && ev.target instanceof Node && canvasBox.contains(ev.target)) ev.stopPropagation();
  };
  return { toolbar, passTouch };
}

/** The legend of what is drawn: the kinds, the maturities of graded links, the stances and positions. */
function graphLegend(nodes: GraphNode[], drawnEdges: GraphEdge[]): HTMLElement {
  const stances = new Set(drawnEdges.map((e) => e.stance).filter(Boolean) as Stance[]);
  const positions = new Set(drawnEdges.map((e) => e.position).filter(Boolean) as PositionKind[]);
  const maturities = new Set(drawnEdges.filter((e) => !e.stance && !e.position && e.maturity).map((e) => e.maturity as Maturity));
  return legend(new Set(nodes.map((n) => n.kind)), maturities, stances, positions);
}

type Point = { x: number; y: number };

/**
 * What cytoscape draws: the nodes where the layout puts them, the kinds' group labels, and the
 * links; vertical when a left-to-right preset layout is turned top-to-bottom on a narrow
 * (phone) screen.
 */
function graphElements(nodes: GraphNode[], drawnEdges: GraphEdge[], big: Set<string>, opts: GraphOptions, canvasBox: HTMLElement): { elements: ElementDefinition[]; vertical: boolean } {
  const labels = new Map(nodes.map((n) => [n.id, n.label] as const));
  const grouped = opts.layout === 'grouped' ? groupedPositions(nodes, drawnEdges, opts.centerId) : null;
  const vertical = opts.layout === 'preset' && canvasBox.clientWidth > 0 && canvasBox.clientWidth < 560;
  const place = (p: Point) => (vertical ? { x: p.y * 1.2, y: p.x * 0.75 } : p);
  // Labels run horizontally, so a circle of groups is widened to the drawing's proportions.
  const aspect = canvasBox.clientHeight > 0 ? canvasBox.clientWidth / canvasBox.clientHeight : 1.6;
  const sx = Math.min(2.2, Math.max(1, aspect));
  const sy = Math.min(2.2, Math.max(1, 1 / aspect));
  const stretch = (p: Point) => ({ x: p.x * sx, y: p.y * sy });
  const elements: ElementDefinition[] = [
    ...nodes.map((n) => nodeElement(n, big.has(n.id), n.position ? place(n.position) : stretch(grouped?.pos.get(n.id) ?? { x: 0, y: 0 }))),
    ...(grouped?.groups ?? []).map((g) => ({ group: 'nodes' as const, data: { id: g.id, label: g.text, shown: g.text }, position: stretch(g.position), classes: 'group-label', selectable: false, grabbable: false })),
    ...drawnEdges.map((e) => edgeElement(e, opts, labels)),
  ];
  return { elements, vertical };
}

function nodeElement(n: GraphNode, big: boolean, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    // The centre and the ends of a path keep (nearly) their whole names.
    data: { id: n.id, kind: n.kind, label: n.label, shown: shorten(n.label, big ? 64 : LABEL_CHARS), color: KINDS[n.kind]?.color ?? '#4b5563', shape: KINDS[n.kind]?.shape ?? 'ellipse' },
    position,
    classes: big ? 'big' : '',
  };
}

/** A link drawn by its stance or position when it has one, else by its maturity. */
function edgeElement(e: GraphEdge, opts: GraphOptions, labels: Map<string, string>): ElementDefinition {
  const m = (e.maturity && MATURITY[e.maturity]) || MATURITY.EARLY;
  const st = e.stance ? STANCE_STYLE[e.stance] : e.position ? POSITION_STYLE[e.position] : null;
  // Around a centre, links between two neighbours are drawn curved and beneath, so that
  // one crossing the centre does not hide the centre's own links.
  const side = opts.layout === 'grouped' && opts.centerId !== undefined && e.source !== opts.centerId && e.target !== opts.centerId;
  // A position is drawn from the source to the claim, whichever way its relationship
  // runs (HAS_POSITION leaves the claim), so that its arrow or bar lands on the claim.
  const flip = !!e.position && e.kind === 'HAS_POSITION';
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: flip ? e.target : e.source,
      target: flip ? e.source : e.target,
      color: st?.color ?? m.color,
      width: st ? 3 : m.width,
      lineStyle: st ? (st.dash ? 'dashed' : 'solid') : m.lineStyle,
      dash: st?.dash ?? (m.lineStyle === 'dotted' ? [2, 3] : [6, 3]),
      arrow: st?.arrow ?? 'triangle',
      label: st ? st.label : verb(e.kind),
      text: describeEdge(e, labels),
    },
    classes: `${side ? 'side' : 'spoke'}${st ? ' stance' : ''}`,
  };
}

/** The drawing's style sheet: nodes by kind, links by their data, and the states the reader brings about. */
function graphStyle(opts: GraphOptions, vertical: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: opts.layout === 'preset' ? 30 : 24,
        height: opts.layout === 'preset' ? 30 : 24,
        label: 'data(shown)',
        'font-size': LABEL_PX,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_PX}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node.big', style: { width: 40, height: 40, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827' } },
    { selector: 'node.group-label', style: { width: 1, height: 1, 'background-opacity': 0, 'border-width': 0, 'text-valign': 'center', 'font-weight': 'bold', color: '#374151', 'text-background-opacity': 0, events: 'no' as never } },
    { selector: 'node.nolabel', style: { label: '' } },
    { selector: 'node:active, node.hover', style: { 'overlay-opacity': 0.12, 'overlay-color': '#111827' } },
    {
      selector: 'node.hover, node.kbd',
      style: { label: 'data(label)', 'z-index': 99, 'text-max-width': `${LABEL_MAX_PX * 1.6}px`, 'text-background-opacity': 1, 'text-border-width': 1, 'text-border-color': '#111827', 'text-border-opacity': 1 },
    },
    { selector: 'node.kbd', style: { 'border-width': 4, 'border-color': '#2563eb' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'line-dash-pattern': 'data(dash)' as never,
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)' as never,
        'arrow-scale': 0.9,
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
              'font-size': 12,
              color: '#1f2937',
              'text-rotation': (vertical ? 'none' : 'autorotate') as never,
              'text-background-color': '#ffffff',
              'text-background-opacity': 0.95,
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
        opacity: 0.55,
      },
    },
    { selector: 'edge.stance', style: { opacity: 0.95, 'z-index': 5 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.hl', style: { opacity: 1, 'z-index': 10 } },
  ];
}

/**
 * Labels keep their size on screen at any zoom, and a label that would cover another (or a
 * node) is hidden until the reader points at its node, focuses it, or zooms in: now, and again
 * shortly after each zoom.
 */
function keepLabelsReadable(c: Core, canvasBox: HTMLElement, degree: Map<string, number>, edgeLabels: boolean): void {
  const placeLabels = () => {
    const z = c.zoom();
    c.batch(() => {
      c.nodes().style({ 'font-size': LABEL_PX / z, 'text-max-width': `${LABEL_MAX_PX / z}px`, 'text-margin-y': 4 / z });
      c.edges().style({ 'font-size': 12 / z });
    });
    const hidden = crowdedLabels(c, degree);
    c.batch(() => {
      c.nodes().forEach((n) => {
        if (hidden.has(n.id())) n.addClass('nolabel');
        else n.removeClass('nolabel');
      });
    });
    reportLabels(c, canvasBox, z, hidden.size, edgeLabels);
  };
  placeLabels();
  let timer = 0;
  c.on('zoom', () => {
    clearTimeout(timer);
    timer = window.setTimeout(placeLabels, 60);
  });
}

type Box = [number, number, number, number];

/**
 * The nodes whose labels, as drawn now, would cover a node or a label placed before them: group
 * labels and the big nodes' are placed first (and always shown), then the best connected.
 */
function crowdedLabels(c: Core, degree: Map<string, number>): Set<string> {
  const boxes: Box[] = [];
  const hits = (b: Box) => boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]);
  for (const n of c.nodes()) {
    const p = n.renderedPosition();
    const r = (n.renderedWidth() / 2) | 0;
    boxes.push([p.x - r, p.y - r, p.x + r, p.y + r]);
  }
  const ranked = c.nodes().sort((a, b) => Number(b.hasClass('group-label')) - Number(a.hasClass('group-label')) || Number(b.hasClass('big')) - Number(a.hasClass('big')) || (degree.get(b.id()) ?? 0) - (degree.get(a.id()) ?? 0));
  const hidden = new Set<string>();
  for (const n of ranked) {
    const text = n.data('shown') as string;
    const bold = n.hasClass('big') || n.hasClass('group-label');
    const [w, lines] = labelBox(text, LABEL_PX, n.hasClass('group-label') ? 1000 : LABEL_MAX_PX, bold);
    const p = n.renderedPosition();
    const hgt = lines * LABEL_PX * 1.25;
    const top = n.hasClass('group-label') ? p.y - hgt / 2 : p.y + n.renderedHeight() / 2 + 3;
    const b: Box = [p.x - w / 2 - 2, top, p.x + w / 2 + 2, top + hgt];
    if (hits(b) && !n.hasClass('big') && !n.hasClass('group-label')) hidden.add(n.id());
    else boxes.push(b);
  }
  return hidden;
}

/** For the browser tests: the zoom, the size labels are drawn at on screen (font size × zoom), the extent, and how many labels show. */
function reportLabels(c: Core, canvasBox: HTMLElement, z: number, hiddenCount: number, edgeLabels: boolean): void {
  canvasBox.dataset.zoom = z.toFixed(3);
  const firstNode = c.nodes().not('.group-label')[0];
  const firstEdge = c.edges()[0];
  if (firstNode) canvasBox.dataset.labelPx = (parseFloat(String(firstNode.style('font-size'))) * z).toFixed(1);
  if (firstEdge && edgeLabels) canvasBox.dataset.edgeLabelPx = (parseFloat(String(firstEdge.style('font-size'))) * z).toFixed(1);
  const bb = c.elements().boundingBox();
  canvasBox.dataset.extent = `${bb.w.toFixed(0)}x${bb.h.toFixed(0)}`;
  canvasBox.dataset.labelsHidden = String(hiddenCount);
  canvasBox.dataset.labelsShown = String(c.nodes().length - hiddenCount);
}

/** "Strain: L. rhamnosus HN001", as the status line names a node. */
function describeNode(n: NodeSingular): string {
  return `${KINDS[n.data('kind') as NodeKind]?.singular ?? ''}: ${n.data('label')}`;
}

/** Pointing: a click (or tap) on a node opens its page; pointing at a node or link says what it is. */
function followPointer(c: Core, canvasBox: HTMLElement, status: HTMLElement): void {
  c.on('tap', 'node', (ev) => {
    if (ev.target.hasClass('group-label')) return;
    navigate(entityHref(ev.target.id(), ev.target.data('kind')));
  });
  c.on('mouseover', 'node', (ev) => {
    if (ev.target.hasClass('group-label')) return;
    ev.target.addClass('hover');
    canvasBox.style.cursor = 'pointer';
    status.textContent = `${describeNode(ev.target)} — click to open.`;
  });
  c.on('mouseout', 'node', (ev) => {
    ev.target.removeClass('hover');
    canvasBox.style.cursor = '';
  });
  c.on('mouseover', 'edge', (ev) => {
    status.textContent = ev.target.data('text');
  });
}

/** Keyboard: the arrow keys (and Home, End) walk the entities in order; the one reached shows its full label, and Enter opens it. */
function walkByKeyboard(c: Core, canvasBox: HTMLElement, status: HTMLElement, order: GraphNode[]): void {
  let kbd = -1;
  const focusNode = (i: number) => {
    c.nodes('.kbd').removeClass('kbd');
    kbd = (i + order.length) % order.length;
    const n = c.getElementById(order[kbd].id);
    n.addClass('kbd');
    const p = n.renderedPosition();
    if (p.x < 0 || p.y < 0 || p.x > c.width() || p.y > c.height()) c.center(n);
    status.textContent = `${describeNode(n)} (${kbd + 1} of ${order.length}) — press Enter to open.`;
  };
  canvasBox.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') focusNode(kbd + 1);
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') focusNode(kbd < 0 ? order.length - 1 : kbd - 1);
    else if (ev.key === 'Home') focusNode(0);
    else if (ev.key === 'End') focusNode(order.length - 1);
    else if (ev.key === 'Enter' && kbd >= 0) navigate(entityHref(order[kbd].id, order[kbd].kind));
    else if (ev.key === 'Escape') {
      c.nodes('.kbd').removeClass('kbd');
      kbd = -1;
    } else return;
    ev.preventDefault();
  });
  canvasBox.addEventListener('blur', () => c.nodes('.kbd').removeClass('kbd'));
}

/** Emphasises these nodes and edges and fades the rest; no nodes: clears. */
function highlight(cy: Core, nodeIds?: Iterable<string>, edgeIds?: Iterable<string>): void {
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
