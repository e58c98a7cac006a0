import type { BaseType, Selection } from 'd3-selection';

/** The svg group (or svg) a mark is drawn into. */
export type Parent<E extends SVGElement = SVGElement> = Selection<E, unknown, null, undefined>;

/** An attribute's value: a constant, or per datum (null removes the attribute). */
export type Channel<D> = string | number | null | ((d: D, i: number) => string | number | null);

export type Marks<D, E extends SVGElement> = Selection<BaseType, D, E, unknown>;

/**
 * The one d3 join every mark is made of: one `tag` element per datum under `parent`, selected by
 * `className` (so marks of one tag with different classes can share a parent), with the given
 * attributes. Elements are kept across updates and an attribute is written only when its value
 * changed: a chart redrawn with new numbers (a training report) touches only what moved, so the
 * browser re-lays out and repaints only that.
 */
export function joinMarks<D, E extends SVGElement>(
  parent: Parent<E>,
  tag: string,
  className: string,
  data: readonly D[],
  channels: Readonly<Record<string, Channel<D>>>,
): Marks<D, E> {
  // A mark without a class owns only the unclassed elements of its tag in `parent`.
  const selector = className
    ? `${tag}.${className.trim().split(/\s+/).join('.')}`
    : `${tag}:not([class])`;
  const marks = parent.selectAll<BaseType, D>(selector).data(data).join(tag);
  setChanged(marks, 'class', className || null);
  for (const [name, value] of Object.entries(channels)) setChanged(marks, name, value);
  return marks;
}

/** Sets attribute `name` of every element to its channel's value, where it differs. */
export function setChanged<D>(
  marks: Selection<BaseType, D, SVGElement, unknown>,
  name: string,
  channel: Channel<D>,
): void {
  marks.each(function (d, i) {
    const value = typeof channel === 'function' ? channel(d, i) : channel;
    const el = this as Element;
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
      return;
    }
    const text = String(value);
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  });
}

/** Sets every element's text to `text(d, i)` where it differs (new text is laid out afresh). */
export function setTextChanged<D>(
  marks: Selection<BaseType, D, SVGElement, unknown>,
  text: (d: D, i: number) => string,
): void {
  marks.each(function (d, i) {
    const value = text(d, i);
    const el = this as Element;
    if (el.textContent !== value) el.textContent = value;
  });
}

/**
 * One element with the given attributes and text (for diagrams that draw a fixed set of parts
 * per step rather than one element per datum).
 */
export function appendMark<E extends SVGElement>(
  parent: Parent<E>,
  tag: string,
  attrs: Readonly<Record<string, string | number | null>>,
  text?: string,
) {
  const mark = parent.append(tag);
  for (const [name, value] of Object.entries(attrs)) mark.attr(name, value);
  if (text !== undefined) mark.text(text);
  return mark;
}
