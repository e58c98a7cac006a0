import { describe, expect, it } from 'vitest';
import { format } from '../../i18n';
import { gradientFlow as en } from '../../i18n/en/gradientFlow';
import { gradientFlow as zh } from '../../i18n/zh/gradientFlow';
import { asSentence } from './format';

// The session's own divergence message ends with a full stop (src/sim/tfSessionCore.ts).
const message =
  'SRN: Training diverged at step 21: the gradient norm reached 3.2e+7, above the limit of 1.00e+6. The weights of step 20 (the last checked) are kept; lower the learning rate, clip the gradient, or reset.';

describe('the divergence message', () => {
  it('has one full stop after the session’s message, never two (issue 11, item 13)', () => {
    const text = format(en.diverged, { message: asSentence(message) });
    expect(text).not.toMatch(/\.\./);
    expect(text).toContain('or reset. The columns so far are kept');
    expect(format(zh.diverged, { message: asSentence(message) })).not.toMatch(/\.\.|\.。/);
  });

  it('ends a message without a stop with one', () => {
    expect(asSentence('worker failed ')).toBe('worker failed.');
    expect(asSentence('已停止。')).toBe('已停止。');
  });
});
