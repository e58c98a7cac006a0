import type { RegionLine, SourceRegion } from '../../core/sourceRegions';
import type { Env, ExampleRun, LoopRecord, Value } from './record';

/** One stop of the stepper: a line of the file that has just run, and the value it wrote. */
export interface Stop {
  readonly phase: 'forward' | 'backward';
  /** The loop's t, or null before the loop starts. */
  readonly t: number | null;
  /** The function the line is in. */
  readonly fn: string;
  /** 1-based line number in the source file. */
  readonly line: number;
  readonly name: string;
  readonly value: Value;
}

/**
 * The name a line of the hand-written code writes, if any: `const z = …`, `let s = …`,
 * `loss += …`, `for (let t = …`, or the gradient a helper adds into (`addOuter(g.W, …)`).
 */
export function writtenName(text: string): string | null {
  const line = text.trim();
  const match =
    /^for \(let (\w+) =/.exec(line) ??
    /^(?:const|let) (\w+)(?::[^=]+)? =/.exec(line) ??
    /^(\w+) [-+*/]?= /.exec(line) ??
    /^add(?:Outer|Into)\((g\.\w+),/.exec(line);
  return match ? match[1]! : null;
}

/** The body lines of `export function <name>(…) {…}` in a region (after its signature). */
export function functionBody(region: SourceRegion, name: string): RegionLine[] {
  const start = region.lines.findIndex((l) => l.text.startsWith(`export function ${name}(`));
  if (start < 0) throw new Error(`no function ${name} in region "${region.name}"`);
  const open = region.lines.findIndex((l, i) => i >= start && l.text.endsWith('{'));
  const end = region.lines.findIndex((l, i) => i > open && l.text === '}');
  return region.lines.slice(open + 1, end);
}

const indentOf = (text: string) => /^\s*/.exec(text)![0].length;

/**
 * The stops of one pass: the loop function's lines, in the order they run, stepping into the
 * step function wherever the loop body calls it; each stop carries the recorded value of the
 * name its line writes. Lines that write nothing the run recorded are passed over.
 */
function passStops(
  phase: Stop['phase'],
  loop: { fn: string; lines: RegionLine[]; record: LoopRecord },
  step: { fn: string; lines: RegionLine[]; record: readonly Env[] },
): Stop[] {
  const stops: Stop[] = [];
  const at = (fn: string, line: RegionLine, env: Env, t: number | null) => {
    const name = writtenName(line.text);
    const value = name === null ? undefined : env.get(name);
    if (name !== null && value !== undefined)
      stops.push({ phase, t, fn, line: line.number, name, value });
  };
  const forAt = loop.lines.findIndex((l) => l.text.trim().startsWith('for ('));
  const forIndent = indentOf(loop.lines[forAt]!.text);
  const endAt = loop.lines.findIndex(
    (l, i) => i > forAt && indentOf(l.text) === forIndent && l.text.trim() === '}',
  );
  for (const line of loop.lines.slice(0, forAt)) at(loop.fn, line, loop.record.before, null);
  loop.record.iterations.forEach((env, i) => {
    const t = env.get('t') as number;
    at(loop.fn, loop.lines[forAt]!, env, t);
    for (const line of loop.lines.slice(forAt + 1, endAt)) {
      if (line.text.includes(`${step.fn}(`))
        for (const inner of step.lines) at(step.fn, inner, step.record[i]!, t);
      at(loop.fn, line, env, t);
    }
  });
  return stops;
}

/** Every stop of the example, forward then backward, read from the shown regions. */
export function buildProgram(
  regions: { forward: SourceRegion; backward: SourceRegion },
  run: ExampleRun,
): Stop[] {
  return [
    ...passStops(
      'forward',
      { fn: 'forward', lines: functionBody(regions.forward, 'forward'), record: run.forward },
      {
        fn: 'forwardStep',
        lines: functionBody(regions.forward, 'forwardStep'),
        record: run.forwardStep,
      },
    ),
    ...passStops(
      'backward',
      { fn: 'backward', lines: functionBody(regions.backward, 'backward'), record: run.backward },
      {
        fn: 'backwardStep',
        lines: functionBody(regions.backward, 'backwardStep'),
        record: run.backwardStep,
      },
    ),
  ];
}

/**
 * The values shown beside the lines at stop `pos` (1-based; 0 = nothing run): for each line,
 * its latest value, if that was written in the current pass and, inside the loop, at the
 * current t — as a debugger shows the values of the lines of the current iteration.
 */
export function visibleValues(stops: readonly Stop[], pos: number): Map<number, Stop> {
  const shown = new Map<number, Stop>();
  const current = stops[pos - 1];
  if (!current) return shown;
  for (const stop of stops.slice(0, pos)) {
    if (stop.phase !== current.phase) continue;
    if (stop.t !== null && stop.t !== current.t) continue;
    shown.set(stop.line, stop);
  }
  return shown;
}
