import type { GruGateName, HeldGate, LstmGateName } from '../../core/lessons';
import { settingProblem, type SettingProblem } from '../../state/settingProblem';

/**
 * The gates the reader holds by hand, as one short string (so a share link carries them):
 * space-separated entries `<cell>.<gate><unit>@<step>:<value>`, e.g. `lstm.f2@3:0.25` holds
 * the LSTM's forget gate of unit 2 at step 3 at 0.25; `*` for the unit or step means every
 * one (`lstm.f*@*:1`). A later entry wins over an earlier one.
 */
export type CellName = 'lstm' | 'gru';
export type GateName = LstmGateName | GruGateName;

export interface HandEntry {
  readonly cell: CellName;
  readonly gate: GateName;
  /** 0-based unit, or undefined for every unit. */
  readonly unit?: number;
  readonly t?: number;
  readonly value: number;
}

export const CELL_GATES: Readonly<Record<CellName, readonly GateName[]>> = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['z', 'r', 'c'],
};

/** Gates squashed by tanh take values in [−1, 1]; the sigmoid gates in [0, 1]. */
export const isTanhGate = (cell: CellName, gate: GateName): boolean =>
  (cell === 'lstm' && gate === 'g') || (cell === 'gru' && gate === 'c');

const ENTRY = /^(lstm)\.([ifgo])|^(gru)\.([zrc])/;
const REST = /^([1-9]|\*)@(\d{1,2}|\*):(-?\d(?:\.\d{1,3})?)$/;
export const HAND_PATTERN =
  /^$|^(?:(?:lstm\.[ifgo]|gru\.[zrc])(?:[1-9]|\*)@(?:\d{1,2}|\*):-?\d(?:\.\d{1,3})?(?: |$))+$/;
/** At most this many entries. */
export const MAX_HAND_ENTRIES = 24;

/** The entries of a hand string the schema accepted; an entry out of its gate's range is refused. */
export function parseHand(text: string): HandEntry[] | SettingProblem {
  const entries: HandEntry[] = [];
  for (const token of text.split(' ').filter(Boolean)) {
    const head = ENTRY.exec(token);
    const rest = head && REST.exec(token.slice(head[0].length));
    if (!head || !rest)
      return settingProblem(`“${token}” is not of the form lstm.f2@3:0.25`, 'handForm', { token });
    const cell = (head[1] ?? head[3]) as CellName;
    const gate = (head[2] ?? head[4]) as GateName;
    const value = Number(rest[3]);
    const [lo, hi] = isTanhGate(cell, gate) ? [-1, 1] : [0, 1];
    if (value < lo || value > hi)
      return settingProblem(`${cell}.${gate} takes values in [${lo}, ${hi}]`, 'handRange', {
        gate: `${cell}.${gate}`,
        lo,
        hi,
      });
    entries.push({
      cell,
      gate,
      ...(rest[1] === '*' ? {} : { unit: Number(rest[1]) - 1 }),
      ...(rest[2] === '*' ? {} : { t: Number(rest[2]) }),
      value,
    });
  }
  return entries;
}

/** The entries as a hand string (values to 3 decimals). */
export function formatHand(entries: readonly HandEntry[]): string {
  return entries
    .map(
      (e) =>
        `${e.cell}.${e.gate}${e.unit === undefined ? '*' : e.unit + 1}@${e.t ?? '*'}:${Number(e.value.toFixed(3))}`,
    )
    .join(' ');
}

/** The core's holds for one cell. */
export function holdsOf<G extends GateName>(
  entries: readonly HandEntry[],
  cell: CellName,
): HeldGate<G>[] {
  return entries
    .filter((e) => e.cell === cell)
    .map((e) => ({
      gate: e.gate as G,
      value: e.value,
      ...(e.unit === undefined ? {} : { unit: e.unit }),
      ...(e.t === undefined ? {} : { t: e.t }),
    }));
}

/** Holds `cell.gate` of `unit` at step t at `value` (replacing that exact entry, after all others). */
export function setHand(
  entries: readonly HandEntry[],
  cell: CellName,
  gate: GateName,
  unit: number,
  t: number,
  value: number,
): HandEntry[] {
  return [
    ...entries.filter((e) => !(e.cell === cell && e.gate === gate && e.unit === unit && e.t === t)),
    { cell, gate, unit, t, value },
  ];
}

/** Lets `cell.gate` of `unit` at step t go: every entry that holds it there is removed. */
export function releaseHand(
  entries: readonly HandEntry[],
  cell: CellName,
  gate: GateName,
  unit: number,
  t: number,
): HandEntry[] {
  return entries.filter(
    (e) =>
      !(
        e.cell === cell &&
        e.gate === gate &&
        (e.unit === undefined || e.unit === unit) &&
        (e.t === undefined || e.t === t)
      ),
  );
}
