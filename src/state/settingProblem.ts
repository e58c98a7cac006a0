import type * as z from 'zod';
import { format, type Lang } from '../i18n';
import { zhSettingIssues } from '../i18n/zh/settingIssues';

export type SettingIssueCode = keyof typeof zhSettingIssues;

/** A custom schema issue: its English message, and the params that name its Chinese version. */
export interface SettingProblem {
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>> & {
    readonly zhIssue: SettingIssueCode;
  };
}

/**
 * What a meta.ts's own check (refine, superRefine) reports: the English message and, for Chinese
 * pages, a key into src/i18n/zh/settingIssues.ts with the values its placeholders take.
 */
export function settingProblem(
  message: string,
  zhIssue: SettingIssueCode,
  values: Readonly<Record<string, string | number>> = {},
): SettingProblem {
  return { message, params: { ...values, zhIssue } };
}

/** Why zod refused a value, in the page's language (zod's own messages come localised already). */
export function issueReason(issue: z.core.$ZodIssue, lang: Lang): string {
  if (lang === 'zh' && issue.code === 'custom') {
    const params: Readonly<Record<string, unknown>> = issue.params ?? {};
    const code = params['zhIssue'];
    if (typeof code === 'string' && Object.hasOwn(zhSettingIssues, code))
      return format(zhSettingIssues[code as SettingIssueCode], params as Record<string, string>);
  }
  return issue.message;
}
