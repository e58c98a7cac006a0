import type { BaseType, Selection } from 'd3-selection';

/** The svg group (or svg) a mark is drawn into. */
export type Parent<E extends SVGElement = SVGElement> = Selection<E, unknown, null, undefined>;

/** An attribute's value: a constant, or per datum (null removes the attribute). */
export type Channel<D> = string | number | null | ((d: D, i: number) => string | number | null);

export type Marks<D, E extends SVGElement> = Selection<BaseType, D, E, unknown>;

/**
 * The one d3 join every mark is made of: one `tag` element per datum under `parent`, selected by
 * `className` (so marks of one tag with different classes can share a parent), with the given
 * attributes.
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
  const marks = parent
    .selectAll<BaseType, D>(selector)
    .data(data)
    .join(tag)
    .attr('class', className || null);
  for (const [name, value] of Object.entries(channels))
    marks.attr(name, value as (d: D, i: number) => string | number | null);
  return marks;
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
