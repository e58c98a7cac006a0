import * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import type { Lang } from '../i18n/lang';
import { echo } from './echo';
import { issueReason, zhErrorMap } from './settingProblem';

export { ECHO_LIMIT, echo } from './echo';

/**
 * Turning widget props into strings (share links, embed URLs, HTML attributes) and back,
 * driven by each field's zod schema so no widget writes its own parser.
 */
type FieldKind = 'number' | 'integer' | 'string' | 'boolean' | 'enum' | 'numberArray';

export interface PropIssue {
  /** The setting's name as given, shortened for display (see `echo`). */
  readonly key: string;
  /** The raw text the reader or author gave, shortened for display (see `echo`). */
  readonly raw: string;
  /** Why it was refused, in the page's language. */
  readonly reason: string;
}

const localeErrors = { en: en().localeError, zh: zhErrorMap } as const;

interface JsonSchemaField {
  type?: string;
  enum?: unknown[];
  items?: { type?: string };
}

export function fieldKind(field: z.ZodType): FieldKind {
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchemaField;
  if (json.enum) return 'enum';
  switch (json.type) {
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array':
      if (json.items?.type === 'number' || json.items?.type === 'integer') return 'numberArray';
      break;
    case 'string':
      return 'string';
  }
  throw new Error(`props field of unsupported type ${JSON.stringify(json)}`);
}

/** Parses one raw string into the JS value the field expects (not yet validated). */
function decodeField(kind: FieldKind, raw: string): unknown {
  switch (kind) {
    case 'number':
    case 'integer':
      return raw.trim() === '' ? NaN : Number(raw);
    case 'boolean':
      return raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : raw;
    case 'numberArray':
      return raw.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
    default:
      return raw;
  }
}

export function encodeField(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => String(v)).join(',');
  return String(value);
}

/**
 * The schema's field for a key, or undefined. Only the shape's own keys count: a link naming
 * `constructor` or `toString` must not reach Object.prototype's members.
 */
function ownField(schema: z.ZodObject, key: string): z.ZodType | undefined {
  return Object.hasOwn(schema.shape, key) ? (schema.shape[key] as z.ZodType) : undefined;
}

interface DecodeResult<T> {
  readonly values: T;
  readonly issues: PropIssue[];
}

/**
 * Reads string-valued props over `base` (by default the schema's defaults). Every bad value is
 * reported and keeps its base value; unknown keys are reported; the result satisfies the schema.
 */
export function decodeProps<S extends z.ZodObject>(
  schema: S,
  raw: Readonly<Record<string, string>>,
  lang: Lang,
  base: z.output<S> = schema.parse({}),
): DecodeResult<z.output<S>> {
  const issues: PropIssue[] = [];
  const given: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(raw)) {
    const field = ownField(schema, key);
    if (!field) {
      issues.push({
        key: echo(key),
        raw: echo(text),
        reason: lang === 'zh' ? '没有这个设置项' : 'there is no such setting',
      });
      continue;
    }
    const parsed = field.safeParse(decodeField(fieldKind(field), text), {
      error: localeErrors[lang],
    });
    if (parsed.success) given[key] = parsed.data;
    else
      issues.push({
        key,
        raw: echo(text),
        reason: parsed.error.issues
          .map((i) => issueReason(i, lang))
          .join(lang === 'zh' ? '；' : '; '),
      });
  }
  // Object-level checks (refinements across fields): if the mix fails, keep the base.
  const whole = schema.safeParse({ ...base, ...given }, { error: localeErrors[lang] });
  if (whole.success) return { values: whole.data, issues };
  return { values: base, issues: [...issues, ...wholeIssues(whole.error.issues, lang)] };
}

/** Validates JS values (MDX props) over the defaults, reporting what was refused. */
export function validateProps<S extends z.ZodObject>(
  schema: S,
  given: Readonly<Record<string, unknown>>,
  lang: Lang,
): DecodeResult<z.output<S>> {
  const parsed = schema.strict().safeParse(given, { error: localeErrors[lang] });
  if (parsed.success) return { values: parsed.data as z.output<S>, issues: [] };
  return { values: schema.parse({}), issues: wholeIssues(parsed.error.issues, lang) };
}

function wholeIssues(list: readonly z.core.$ZodIssue[], lang: Lang): PropIssue[] {
  return list.map((i) => ({ key: i.path.join('.'), raw: '', reason: issueReason(i, lang) }));
}

/** The props that differ from their defaults, as string pairs in the schema's key order. */
export function encodeChangedProps<S extends z.ZodObject>(
  schema: S,
  values: z.output<S>,
): [string, string][] {
  const defaults = schema.parse({}) as Record<string, unknown>;
  const pairs: [string, string][] = [];
  for (const key of Object.keys(schema.shape)) {
    const value = (values as Record<string, unknown>)[key];
    if (encodeField(value) !== encodeField(defaults[key])) pairs.push([key, encodeField(value)]);
  }
  return pairs;
}
