/**
 * Builds SVG DOM nodes from a chart's element tree (src/lib/compare/multiples.ts): elements
 * and attributes through the DOM, text as text nodes, so report text can never become markup,
 * and no `style` or `on…` attribute is ever set (the CSP would refuse them anyway).
 */
import type { SvgNode } from '../lib/compare/multiples.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(node: SvgNode): SVGElement {
  const el = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns' || name.toLowerCase() === 'style' || /^on/iu.test(name)) continue;
    el.setAttribute(name, String(value));
  }
  for (const child of node.children) el.append(typeof child === 'string' ? document.createTextNode(child) : svgElement(child));
  return el;
}
