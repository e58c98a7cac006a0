import { describe, expect, it } from 'vitest';
import { zhSettingDescriptions } from '../../../i18n/zh/settingDescriptions';
import { widgetList } from '../../list';
import { settingDescription } from './settingDescription';

const zhTable: Readonly<Record<string, Readonly<Record<string, string>>>> = zhSettingDescriptions;

/** Numbers (ranges, defaults, years, units' values) a description states. */
const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];
/** Greek letters and the operators the descriptions write as symbols. */
const symbolsIn = (text: string) => text.match(/[α-ωΑ-Ω∇±×·]/g) ?? [];

describe('every setting of every figure has a Chinese description', () => {
  it('the table names only figures that exist', () => {
    const names = widgetList.map((e) => e.info.name);
    expect(Object.keys(zhTable).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(widgetList.map((entry) => [entry.info.name, entry] as const))(
    '%s: one Chinese description per schema key, no more, saying what the English says',
    async (name, entry) => {
      const meta = await entry.loadMeta();
      const keys = Object.keys(meta.props.shape);
      const zh = zhTable[name] ?? {};
      expect(
        keys.filter((key) => !Object.hasOwn(zh, key)),
        'keys with no description',
      ).toEqual([]);
      expect(
        Object.keys(zh).filter((key) => !keys.includes(key)),
        'stale keys',
      ).toEqual([]);
      for (const key of keys) {
        const english = meta.props.shape[key]!.description;
        const chinese = settingDescription(meta, key, 'zh');
        expect(english, `${name}.${key} in English`).toBeTruthy();
        expect(chinese, `${name}.${key} in Chinese`).toMatch(/[\u4e00-\u9fff]/);
        expect(settingDescription(meta, key, 'en')).toBe(english);
        // The same ranges, defaults and symbols as the English (which states the schema's).
        for (const n of numbersIn(english!))
          expect(numbersIn(chinese!), `${name}.${key}`).toContain(n);
        for (const c of symbolsIn(english!)) expect(chinese, `${name}.${key}`).toContain(c);
        // Chinese prose takes full-width punctuation: none of , ; : ( ? ! straight after a Hanzi.
        expect(chinese, `${name}.${key}`).not.toMatch(/[\u4e00-\u9fff][,;:(?!]/);
        expect(chinese!.endsWith('。'), `${name}.${key} ends with 。`).toBe(true);
      }
    },
  );

  it('a key that is not a setting has no description, in either language', async () => {
    const meta = await widgetList[0]!.loadMeta();
    expect(settingDescription(meta, 'constructor', 'zh')).toBeUndefined();
    expect(settingDescription(meta, 'nope', 'zh')).toBeUndefined();
    expect(settingDescription(meta, 'nope', 'en')).toBeUndefined();
  });
});
