/**
 * Named regions of a source file, marked by `// #region <name>` and `// #endregion` lines.
 * Chapter 5 shows its code region by region; the one function here serves both the build
 * (the CodeExcerpt remark plugin) and the CodeStepper figure, so the text and the figure
 * always show the same lines. The marker lines themselves are never shown.
 */

/** One line of a region: its text (de-indented) and its 1-based line number in the file. */
export interface RegionLine {
  readonly number: number;
  readonly text: string;
}

export interface SourceRegion {
  readonly name: string;
  readonly lines: readonly RegionLine[];
  /** The lines joined, as the reader sees them. */
  readonly code: string;
  readonly firstLine: number;
  readonly lastLine: number;
}

const START = /^\s*\/\/\s*#region\s+(\S+)\s*$/;
const END = /^\s*\/\/\s*#endregion\b/;

/** Every region of a file by name. Nested regions are allowed; markers never appear in a region. */
export function sourceRegions(source: string): ReadonlyMap<string, SourceRegion> {
  const open: { name: string; lines: RegionLine[] }[] = [];
  const done = new Map<string, SourceRegion>();
  source.split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    const start = START.exec(text);
    if (start) {
      const name = start[1]!;
      if (done.has(name) || open.some((r) => r.name === name))
        throw new Error(`region "${name}" is marked twice (line ${i + 1})`);
      open.push({ name, lines: [] });
      return;
    }
    if (END.test(text)) {
      const region = open.pop();
      if (!region) throw new Error(`#endregion without #region (line ${i + 1})`);
      done.set(region.name, finish(region.name, region.lines));
      return;
    }
    for (const region of open) region.lines.push({ number: i + 1, text });
  });
  if (open.length > 0) throw new Error(`region "${open[open.length - 1]!.name}" is never closed`);
  return done;
}

function finish(name: string, raw: readonly RegionLine[]): SourceRegion {
  let lines = [...raw];
  while (lines.length > 0 && lines[0]!.text.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  if (lines.length === 0) throw new Error(`region "${name}" is empty`);
  const indent = Math.min(
    ...lines.filter((l) => l.text.trim() !== '').map((l) => /^\s*/.exec(l.text)![0].length),
  );
  lines = lines.map((l) => ({ number: l.number, text: l.text.slice(indent).trimEnd() }));
  return {
    name,
    lines,
    code: lines.map((l) => l.text).join('\n'),
    firstLine: lines[0]!.number,
    lastLine: lines[lines.length - 1]!.number,
  };
}

/** One region, or an error naming the file and the regions it does have. */
export function sourceRegion(source: string, name: string, file = 'the file'): SourceRegion {
  const regions = sourceRegions(source);
  const region = regions.get(name);
  if (!region) {
    const known = [...regions.keys()].join(', ') || 'none';
    throw new Error(`${file} has no region "${name}"; its regions: ${known}`);
  }
  return region;
}
