import { useEffect, useRef, useState } from 'react';
import type { Chart } from '../charts/chart';

/**
 * Mounts a d3 chart (create(el, options) -> { update, destroy }) into a React-owned element:
 * the chart is created once per options object and updated whenever `data` changes.
 *
 * "Once per options object" compares the options' values, not the object: a callback among
 * them (onPick, onPoint…) is called through a stand-in that always runs the latest one, so a
 * figure that passes a fresh closure each render keeps its chart. (One did, and rebuilt every
 * cell and label of its chart on every training report.)
 */
export function useChart<O, D>(create: (el: Element, opts: O) => Chart<D>, opts: O, data: D) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart<D> | null>(null);
  const options = useStableOptions(opts);
  useEffect(() => {
    if (!ref.current) return undefined;
    chart.current = create(ref.current, options);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [create, options]);
  useEffect(() => {
    chart.current?.update(data);
  }, [data, create, options]);
  return ref;
}

type Callback = (...args: unknown[]) => unknown;

/**
 * `opts` as an object that changes only when one of its values other than a function does; its
 * functions call the latest render's. Anything but a plain object is passed through.
 */
function useStableOptions<O>(opts: O): O {
  const [latest] = useState(() => new Latest(opts));
  useEffect(() => latest.set(opts));
  return latest.stable(opts);
}

/**
 * The latest render's options, called through by the functions it hands out, and the options
 * object handed out last (a cache: the same answer for the same values, whichever render asks).
 */
class Latest<O> {
  private handed: { source: O; options: O } | null = null;

  constructor(private current: O) {}

  set(opts: O): void {
    this.current = opts;
  }

  /** The options handed out last if `opts` has the same values but for functions; else new ones. */
  stable(opts: O): O {
    if (this.handed && sameButCallbacks(this.handed.source, opts)) return this.handed.options;
    this.handed = { source: opts, options: this.forwarding(opts) };
    return this.handed.options;
  }

  /** `opts` with each function replaced by one that calls the latest options' function. */
  forwarding(opts: O): O {
    if (!isPlainObject(opts)) return opts;
    const entries = Object.entries(opts).map(([key, value]) =>
      typeof value === 'function'
        ? [
            key,
            (...args: unknown[]) =>
              ((this.current as Record<string, unknown>)[key] as Callback)(...args),
          ]
        : [key, value],
    );
    return Object.fromEntries(entries) as O;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** The same values key by key, where any two functions count as the same. */
function sameButCallbacks(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    return x === y || (typeof x === 'function' && typeof y === 'function' && key in b);
  });
}
