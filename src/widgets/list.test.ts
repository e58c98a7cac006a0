import { describe, expect, it } from 'vitest';
import { fieldKind } from '../state/propsCodec';
import { findWidget, widgetList } from './list';

describe('the widget list', () => {
  it('names each widget once, and its meta agrees with its info', async () => {
    const names = widgetList.map((entry) => entry.info.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of widgetList) {
      const meta = await entry.loadMeta();
      expect(meta.name).toBe(entry.info.name);
      expect(meta.title).toEqual(entry.info.title);
      expect(meta.description).toEqual(entry.info.description);
      expect(findWidget(entry.info.name)).toBe(entry);
    }
    expect(findWidget('NoSuchWidget')).toBeUndefined();
  });

  it('loads a component for every widget', async () => {
    for (const entry of widgetList) {
      const module = await entry.loadWidget();
      expect(typeof module.default).toBe('function');
    }
  }, 30_000);

  it('gives every widget defaults that satisfy its schema, and presets that do too', async () => {
    for (const entry of widgetList) {
      const meta = await entry.loadMeta();
      const defaults = meta.props.parse({});
      for (const key of Object.keys(meta.props.shape)) fieldKind(meta.props.shape[key]!);
      for (const preset of Object.values(meta.presets)) {
        expect(meta.props.safeParse({ ...defaults, ...preset.values }).success).toBe(true);
      }
    }
  });
});
