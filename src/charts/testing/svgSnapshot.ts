import { expect } from 'vitest';
import type { Chart } from '../chart';

/**
 * Test-only: an SVG element as stable, line-per-element text for a file snapshot (Observable
 * Plot's practice). Attributes are sorted (the order d3 set them in draws nothing) and generated
 * ids (`name-7`) are renumbered by first appearance, references included, so a snapshot
 * changes only when what is drawn changes. Numbers are kept to 0.01 px.
 */
export function serializeSvg(root: Element): string {
  const ids = new Map<string, string>();
  const idOf = (raw: string) => {
    if (!ids.has(raw)) ids.set(raw, `${raw.replace(/-\d+$/, '')}-${ids.size + 1}`);
    return ids.get(raw)!;
  };
  root.querySelectorAll('[id]').forEach((node) => idOf(node.id));
  const value = (name: string, v: string) => {
    if (name === 'id') return idOf(v);
    // Coordinates to a hundredth of a pixel: finer differences are float noise, not drawing.
    const rounded = v.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
    return rounded.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ids.get(id) ?? id})`);
  };
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const lines: string[] = [];
  const walk = (node: Element, depth: number) => {
    const pad = '  '.repeat(depth);
    const attrs = Array.from(node.attributes)
      .map((a) => [a.name, value(a.name, a.value)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([n, v]) => ` ${n}="${escape(v)}"`)
      .join('');
    const text = Array.from(node.childNodes)
      .filter((c) => c.nodeType === 3)
      .map((c) => c.textContent ?? '')
      .join('');
    const children = Array.from(node.children);
    if (children.length === 0) {
      lines.push(`${pad}<${node.tagName}${attrs}>${escape(text)}</${node.tagName}>`);
      return;
    }
    lines.push(`${pad}<${node.tagName}${attrs}>${escape(text)}`);
    for (const child of children) walk(child, depth + 1);
    lines.push(`${pad}</${node.tagName}>`);
  };
  walk(root, 0);
  return `${lines.join('\n')}\n`;
}

/** A detached container of a fixed width, as a widget's figure would give a chart. */
export function container(width = 0): HTMLDivElement {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: width });
  el.getBoundingClientRect = () => ({ width, height: 0 }) as DOMRect;
  document.body.append(el);
  return el;
}

/** The snapshot file of a chart's named state. */
export const snapshotPath = (chart: string, state: string) =>
  `./__snapshots__/${chart}.${state}.svg`;

/** Seeded test data (an LCG): charts may not import src/core, not even in their tests. */
export function seeded(seed: number): {
  uniform(lo: number, hi: number): number;
  normal(): number;
} {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}

/** The snapshot text of the chart's svg in `el`. */
export const svgOf = (el: Element): string => serializeSvg(el.querySelector('svg')!);

/** Draws the data twice: the second update must leave the drawing as the first left it. */
export function draw<D>(chart: Chart<D>, data: D): void {
  chart.update(data);
  const first = document.body.innerHTML;
  chart.update(data);
  expect(document.body.innerHTML).toBe(first);
}
