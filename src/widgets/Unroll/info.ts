import type { WidgetInfo } from '../../state/widgetInfo';

export const unrollInfo = {
  name: 'Unroll',
  title: { en: 'Unroll the loop', zh: '把循环展开' },
  description: {
    en: 'A small tanh RNN with a loop unrolls into one copy per word of a sentence; every copy shows its state s_t and uses the same U, W and V.',
    zh: '一个带环的小型 tanh RNN 展开成一条链，句子中每个词一个副本；每个副本显示自己的状态 s_t，并共用同一组 U、W、V。',
  },
} as const satisfies WidgetInfo;
