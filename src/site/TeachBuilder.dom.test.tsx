// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import { LangContext } from '../ui/LangContext';
import { findWidget } from '../widgets/list';
import { TeachBuilder } from './TeachBuilder';

afterEach(cleanup);

async function builder(lang: Lang, settings: string) {
  const meta = await findWidget('RecurrenceStepper')!.loadMeta();
  render(
    <LangContext.Provider value={lang}>
      <TeachBuilder
        selection={{ name: 'RecurrenceStepper', preset: null, settings }}
        onSelect={() => {}}
        metas={{ RecurrenceStepper: meta }}
      />
    </LangContext.Provider>,
  );
}

const issuesText = () => document.querySelector('.embed-builder__issues')!.textContent;

describe("the teachers' builder", () => {
  it('on a Chinese page, describes the settings and lists what it refused in Chinese', async () => {
    await builder('zh', 'word=hi&t=5&colour=red');
    const row = screen.getByLabelText('隐藏 uScale').closest('tr')!;
    expect(row.querySelector('th')!.textContent).toBe('uScale 乘在随机输入权重 U 上的倍数。');
    expect(issuesText()).toBe(
      '无法识别：colour=red（没有这个设置项）；t=5（时间步 t 必须小于单词的长度）',
    );
  });

  it('on an English page, in English', async () => {
    await builder('en', 'word=hi&t=5&colour=red');
    const row = screen.getByLabelText('Hide uScale').closest('tr')!;
    expect(row.querySelector('th')!.textContent).toBe(
      'uScale Multiplies the random input weights U.',
    );
    expect(issuesText()).toBe(
      'Not understood: colour=red (there is no such setting); t=5 (the time step t must be smaller than the length of the word)',
    );
  });
});
