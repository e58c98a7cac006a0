import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { compose } from './compose';
import { playgroundMeta } from './meta';
import { problemText } from './problemText';

describe('a task that needs another output layer', () => {
  it('is refused with the two layers as values, worded in each language', () => {
    const c = compose(playgroundMeta.props.parse({ task: 'temporalXor', head: 'linear' }));
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problem).toEqual({
      kind: 'taskFit',
      mismatches: [{ what: 'output', task: 'sigmoid', model: 'linear' }],
    });
    expect(problemText(c.problem, en.playground, 'en')).toBe(
      'This task needs a sigmoid output layer (the model has linear).',
    );
    expect(problemText(c.problem, zh.playground, 'zh')).toBe(
      '这个任务需要“sigmoid”输出层（当前模型用的是“线性”）。',
    );
  });
});
