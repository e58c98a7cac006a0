import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgetList } from '../widgets/list';
import { zh } from '../i18n/zh';

// Standard Chinese terms, everywhere a Chinese reader sees text: the chapters, the UI strings,
// the widgets' titles, descriptions and preset labels. Each pattern is a non-standard form.
const NON_STANDARD: readonly { readonly pattern: RegExp; readonly standard: string }[] = [
  { pattern: /(?<!随)时间反向传播/u, standard: '随时间反向传播' },
  { pattern: /联结主义时间分类/u, standard: '连接时序分类（CTC）' },
];

const contentDir = path.resolve(__dirname, '../../content/zh');

/** Every string in a nested object of strings, with its path. */
function stringsIn(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) stringsIn(inner, `${at}.${key}`, out);
  return out;
}

/** The Chinese text of the widgets' metadata: titles, descriptions, preset labels. */
async function widgetTexts(): Promise<[string, string][]> {
  const metas = await Promise.all(widgetList.map((w) => w.loadMeta()));
  return metas.flatMap((meta) => stringsIn(meta, meta.name)).filter(([at]) => at.endsWith('.zh'));
}

/** The places where a pattern occurs, as "where: …context…". */
function offences(texts: readonly [string, string][], pattern: RegExp): string[] {
  return texts.flatMap(([where, text]) => {
    const m = pattern.exec(text);
    return m ? [`${where}: …${text.slice(Math.max(0, m.index - 8), m.index + 12)}…`] : [];
  });
}

describe('Chinese terminology', async () => {
  const chapters = readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f): [string, string] => [
      `content/zh/${f}`,
      readFileSync(path.join(contentDir, f), 'utf8'),
    ]);
  const ui = [...stringsIn(zh, 'zh'), ...(await widgetTexts())];

  it('reads every Chinese chapter and a full set of strings', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
    expect(ui.length).toBeGreaterThan(300);
  });

  it.each(NON_STANDARD)('writes $standard, never $pattern', ({ pattern }) => {
    expect(offences(chapters, pattern)).toEqual([]);
    expect(offences(ui, pattern)).toEqual([]);
  });

  it('catches the non-standard forms it is meant to catch', () => {
    const sample: [string, string][] = [['sample', '训练用时间反向传播；随时间反向传播']];
    expect(offences(sample, NON_STANDARD[0]!.pattern)).toHaveLength(1);
    expect(offences([['ok', '随时间反向传播']], NON_STANDARD[0]!.pattern)).toEqual([]);
  });

  it('names BPTT and CTC by their standard terms in parts 1 and 2', () => {
    const text = (file: string) => chapters.find(([f]) => f.endsWith(file))![1];
    expect(text('01-basics.mdx')).toContain('连接时序分类');
    expect(text('02-training.mdx')).toContain(
      '随时间反向传播（backpropagation through time，BPTT）',
    );
  });
});
