import type { WidgetInfo } from '../../state/widgetInfo';

export const echoStateInfo = {
  name: 'EchoState',
  title: { en: 'An echo state network generates a sine', zh: '回声状态网络生成正弦波' },
  description: {
    en: 'A random reservoir, trained only at its readout, learns to generate a sine on its own; two copies started apart forget their start when ρ is small enough.',
    zh: '一个随机的储备池只训练读出层，就学会了自己生成正弦波；当 ρ 足够小时，从不同状态出发的两份副本会忘掉各自的起点。',
  },
} as const satisfies WidgetInfo;
