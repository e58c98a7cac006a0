import { matchingPreset } from '../../ui/figure';
import { playgroundMeta } from './meta';
import { playgroundPresets } from './presets';
import type { PlaygroundSettings } from './settings';

/**
 * What makes a run: every setting but the step budget and the Watch axis, which compose() does
 * not read. The Playground composes its session once per key, so raising the budget after a run
 * trains on from where it stopped, and switching the Watch axis keeps the run.
 */
export const runKeyOf = (props: PlaygroundSettings): string =>
  JSON.stringify({ ...props, steps: 0, watchAxis: 'steps' });

/**
 * The preset whose run this is, whatever step budget the reader set ('' for none): its story
 * names the steps it was measured at, so a reader (or a test) can stop at any of them.
 */
export function storyPreset(props: PlaygroundSettings): string {
  for (const [key, preset] of Object.entries(playgroundPresets))
    if (matchingPreset(playgroundMeta, { ...props, steps: preset.values.steps }) === key)
      return key;
  return '';
}
