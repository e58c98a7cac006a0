import type { Lang } from '../../../i18n';
import { zhSettingDescriptions } from '../../../i18n/zh/settingDescriptions';
import type { WidgetMeta } from '../../../state/widgetMeta';

const zhTable: Readonly<Record<string, Readonly<Record<string, string>>>> = zhSettingDescriptions;

/**
 * What one setting of a figure does, in the page's language: the schema's `.describe()` in
 * English, the Chinese table (src/i18n/zh/settingDescriptions.ts) in Chinese.
 */
export function settingDescription(meta: WidgetMeta, key: string, lang: Lang): string | undefined {
  if (lang === 'en') return meta.props.shape[key]?.description;
  const forWidget = Object.hasOwn(zhTable, meta.name) ? zhTable[meta.name] : undefined;
  return forWidget && Object.hasOwn(forWidget, key) ? forWidget[key] : undefined;
}
