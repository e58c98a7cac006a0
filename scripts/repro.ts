// `npm run repro`: runs the published experiments with fixed seeds and prints a table of our
// numbers beside the papers'. Takes a few minutes on 2 cores. Writes bench-results/repro.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { reproduceAdding } from '../src/repro/adding';
import { reproduceCliff } from '../src/repro/cliffDescent';
import { CLOCKWORK_REPRO_RUNS, reproduceClockwork } from '../src/repro/clockwork';
import type { ReproRow } from '../src/repro/common';
import { reproduceCounter } from '../src/repro/counter';
import { reproduceEsn } from '../src/repro/esn';
import { reproduceForgetGate } from '../src/repro/forgetGate';
import { reproducePeepholes } from '../src/repro/peepholes';
import { reproduceLongLag } from '../src/repro/longLag';
import { reproduceReber } from '../src/repro/reber';
import { reproduceRtrlLag } from '../src/repro/rtrlLag';
import { reproduceVariants } from '../src/repro/variants';

const experiments: [string, () => ReproRow][] = [
  ['reber', () => reproduceReber()],
  ['adding', () => reproduceAdding()],
  ['rtrl', () => reproduceRtrlLag()],
  ['cliff', () => reproduceCliff()],
  ['esn', () => reproduceEsn()],
  ...CLOCKWORK_REPRO_RUNS.map(
    ({ budget, seeds }) =>
      [`clockwork-${budget}`, () => reproduceClockwork(budget, seeds)] as [string, () => ReproRow],
  ),
  ['forgetGate', () => reproduceForgetGate()],
  ['peepholes', () => reproducePeepholes()],
  ['longLag', () => reproduceLongLag()],
  ['counter', () => reproduceCounter()],
  ['variants', () => reproduceVariants()],
];

const only = process.argv.slice(2);
const rows: (ReproRow & { seconds: number })[] = [];
for (const [name, run] of experiments) {
  // `npm run repro clockwork` runs every clockwork-<budget> row.
  if (only.length > 0 && !only.includes(name) && !only.includes(name.split('-')[0]!)) continue;
  const start = Date.now();
  const row = run();
  const seconds = (Date.now() - start) / 1000;
  rows.push({ ...row, seconds });
  console.error(
    `${name}: ${row.reproduced ? 'reproduced' : 'NOT reproduced'} in ${seconds.toFixed(1)} s — ${row.measured}`,
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log('| Experiment | Source | Published | Measured here | Reproduced |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${cell(r.experiment)} | ${cell(r.source)} | ${cell(r.published)} | ${cell(r.measured)} | ${r.reproduced ? 'yes' : '**no**'} |`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/repro.json', JSON.stringify(rows, null, 2));
