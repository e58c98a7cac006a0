import { settingProblem, type SettingProblem } from '../../state/settingProblem';

/** The clock periods a reader may ask for: at most four modules, each period 1–256, fastest first. */
export const MAX_MODULES = 4;
export const MAX_PERIOD = 256;

/** Periods as the widget writes them: whole numbers separated by commas, e.g. "1,2,4,8". */
export const PERIODS_PATTERN = /^\d{1,3}(,\d{1,3}){0,3}$/;

/** The periods of a text, or why they cannot be used. */
export function parsePeriods(text: string): number[] | SettingProblem {
  const compact = text.replace(/\s+/g, '');
  if (!PERIODS_PATTERN.test(compact))
    return settingProblem(
      `one to ${MAX_MODULES} whole numbers separated by commas`,
      'periodsForm',
      {
        max: MAX_MODULES,
      },
    );
  const periods = compact.split(',').map(Number);
  if (periods.some((T) => T < 1 || T > MAX_PERIOD))
    return settingProblem(`each period from 1 to ${MAX_PERIOD}`, 'periodsRange', {
      max: MAX_PERIOD,
    });
  if (periods.some((T, m) => m > 0 && T < periods[m - 1]!))
    return settingProblem('periods sorted, fastest first', 'periodsOrder');
  return periods;
}
