import { useMemo } from 'react';
import regions from 'virtual:handmade-regions/minCharRnn';
import type { SourceRegion } from '../../core/sourceRegions';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import type { ListingLine } from './CodeListing';
import { exactValue, formatValue } from './format';
import { codeStepperMeta } from './meta';
import { buildProgram, visibleValues } from './program';
import { recordExample } from './record';

export const SOURCE_FILE = 'src/core/handmade/minCharRnn.ts';
/** The regions the figure steps through, as the chapter shows them (CodeExcerpt). */
export const SHOWN: readonly SourceRegion[] = [regions['forward']!, regions['backward']!];

/**
 * The CodeStepper's view model: the hand-written code's run on the example (recorded from the
 * real functions), the program of stops read from the shown regions, and what the reader sees
 * at the current stop.
 */
export function useCodeStepperView() {
  const s = useStrings().codeStepper;
  const [props, setProps] = useWidgetProps(codeStepperMeta);
  const run = useMemo(() => recordExample(props.seed), [props.seed]);
  const stops = useMemo(
    () => buildProgram({ forward: SHOWN[0]!, backward: SHOWN[1]! }, run),
    [run],
  );
  // A share link may ask for more lines than there are: show the last one.
  const pos = Math.min(props.pos, stops.length);
  const current = pos > 0 ? stops[pos - 1]! : null;
  const shown = useMemo(() => visibleValues(stops, pos), [stops, pos]);

  const chars = (indices: readonly number[]) =>
    indices.map((i) => run.vocabulary.chars[i]).join('');
  const example = format(s.example, {
    input: chars(run.inputs),
    target: chars(run.targets),
    chars: run.vocabulary.chars.join(', '),
    V: run.vocabulary.chars.length,
    H: run.model.hiddenSize,
    T: run.inputs.length,
  });

  const position = current
    ? format(current.phase === 'forward' ? s.atForward : s.atBackward, {
        t: current.t === null ? '–' : current.t,
        line: current.line,
        fn: current.fn,
        name: current.name,
      })
    : format(s.atStart, { n: stops.length });

  /** The variables of the current function call, as the table lists them. */
  const rows = current
    ? [...shown.values()]
        .filter((stop) => stop.fn === current.fn)
        .map((stop) => [stop.name, formatValue(stop.value)])
    : [];

  const lines = SHOWN.flatMap((region) =>
    region.lines.map((line): ListingLine => {
      const stop = shown.get(line.number);
      return {
        region: region.name,
        number: line.number,
        text: line.text,
        current: current?.line === line.number,
        value: stop
          ? { name: stop.name, text: formatValue(stop.value), exact: exactValue(stop.value) }
          : null,
      };
    }),
  );

  return { props, setProps, pos, stops, current, example, position, rows, lines, regions: SHOWN };
}
