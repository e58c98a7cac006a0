import { describe, expect, it } from 'vitest';
import { fieldKind } from '../state/propsCodec';
import { widgetInfos } from './infos';
import { widgetMetas } from './metas';
import { widgetLoaders } from './registry';

describe('the widget registry', () => {
  it('lists the same widgets in infos, metas and loaders, under their own names', () => {
    const names = Object.keys(widgetInfos).sort();
    expect(Object.keys(widgetMetas).sort()).toEqual(names);
    expect(Object.keys(widgetLoaders).sort()).toEqual(names);
    for (const name of names) {
      expect(widgetMetas[name]!.name).toBe(name);
      expect(widgetMetas[name]!.title).toEqual(widgetInfos[name]!.title);
    }
  });

  it('gives every widget defaults that satisfy its schema, and presets that do too', () => {
    for (const meta of Object.values(widgetMetas)) {
      const defaults = meta.props.parse({});
      for (const key of Object.keys(meta.props.shape)) fieldKind(meta.props.shape[key]!);
      for (const preset of Object.values(meta.presets)) {
        expect(meta.props.safeParse({ ...defaults, ...preset.values }).success).toBe(true);
      }
    }
  });
});
