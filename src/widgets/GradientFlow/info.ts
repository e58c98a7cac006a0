import type { WidgetInfo } from '../../state/widgetInfo';

export const gradientFlowInfo = {
  name: 'GradientFlow',
  title: {
    en: 'Gradients flowing back in time: vanishing and exploding',
    zh: '沿时间反向流动的梯度：消失与爆炸',
  },
  description: {
    en: 'Set the spectral radius of W and the activation; see ‖∂s_T/∂s_k‖ against the lag beside its bound, then train and watch the gradient per time step vanish or explode.',
    zh: '调整 W 的谱半径和激活函数，看 ‖∂s_T/∂s_k‖ 随时间间隔的变化及其上界；再训练网络，观察每个时间步的梯度如何消失或爆炸。',
  },
} as const satisfies WidgetInfo;
