import type * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { format, type Lang } from '../i18n';
import { zhSettingIssues, zhValueIssues } from '../i18n/zh/settingIssues';

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

const zodZh = zhCN().localeError;

/** The Chinese for a refused value's size: a number's bound, a text's length, a list's count. */
function zhBound(issue: z.core.$ZodRawIssue, limit: number | bigint, upper: boolean): string {
  const values = { limit: String(limit) };
  const inclusive = 'inclusive' in issue && issue.inclusive !== false;
  if (issue['origin'] === 'string')
    return format(upper ? zhValueIssues.textAtMost : zhValueIssues.textAtLeast, values);
  if (issue['origin'] === 'array') {
    const exact = 'exact' in issue && issue.exact === true;
    const bound = upper ? zhValueIssues.listAtMost : zhValueIssues.listAtLeast;
    return format(exact ? zhValueIssues.listExactly : bound, values);
  }
  const bound = upper
    ? inclusive
      ? zhValueIssues.atMost
      : zhValueIssues.below
    : inclusive
      ? zhValueIssues.atLeast
      : zhValueIssues.above;
  return format(bound, values);
}

/**
 * zod's error map for Chinese pages: plain sentences for the refusals a link meets (a number out
 * of range, a list too long, not one of the choices), zod's own zh-CN text for anything else.
 */
export function zhErrorMap(issue: z.core.$ZodRawIssue): string | { message: string } | undefined {
  switch (issue.code) {
    case 'too_big':
      return zhBound(issue, issue.maximum, true);
    case 'too_small':
      return zhBound(issue, issue.minimum, false);
    case 'invalid_type':
      if (issue.expected === 'number') return zhValueIssues.number;
      if (issue.expected === 'int') return zhValueIssues.integer;
      if (issue.expected === 'boolean') return zhValueIssues.boolean;
      break;
    case 'invalid_value':
      return format(zhValueIssues.oneOf, { list: issue.values.map(String).join('、') });
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue)
        return format(zhValueIssues.pattern, { pattern: String(issue.pattern) });
      break;
  }
  return zodZh(issue) ?? undefined;
}
