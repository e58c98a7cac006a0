import type { WidgetInfo } from '../../state/widgetInfo';

export const clockGradientInfo = {
  name: 'ClockGradient',
  title: {
    en: 'How far back the gradient reaches, module by module',
    zh: '梯度能传回多远：逐个模块来看',
  },
  description: {
    en: 'Measures ‖∂s_T/∂s_k‖ against the lag on a clockwork RNN, one line per module, and on a simple RNN of the same size: the slow modules stay flat while they hold, the SRN decays at every step.',
    zh: '在时钟循环神经网络（CW-RNN）上逐个模块测量 ‖∂s_T/∂s_k‖ 随时间间隔的变化，并与同样大小的简单循环网络对比：慢模块在保持期间一动不动，简单循环网络则每一步都在衰减。',
  },
} as const satisfies WidgetInfo;
