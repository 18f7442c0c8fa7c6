// The node shape of each kind as a small SVG, for legends, badges and the home page (kept apart
// from graph.ts so that pages without a drawing need not load it).
import { KINDS, type NodeKind } from './model';

export const SVG = 'http://www.w3.org/2000/svg';

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

