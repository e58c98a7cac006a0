import type { WidgetInfo } from '../../state/widgetInfo';

export const peepholesInfo = {
  name: 'Peepholes',
  title: {
    en: 'Peepholes and timing: answer one measured gap later',
    zh: '窥视孔连接与计时：隔同样长的时间再回应',
  },
  description: {
    en: 'Two input spikes D steps apart; the network must spike again D steps after the second. LSTMs with and without peephole connections are trained from the same weights over several seeds, and their spikes compared with the targets.',
    zh: '输入中有两个相隔 D 步的脉冲，网络要在第二个脉冲之后再隔 D 步发出一个脉冲。带与不带窥视孔连接的 LSTM 从相同的权重出发，用多个随机种子分别训练，再把它们发出的脉冲和目标对比。',
  },
} as const satisfies WidgetInfo;
