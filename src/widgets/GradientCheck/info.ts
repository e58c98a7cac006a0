import type { WidgetInfo } from '../../state/widgetInfo';

export const gradientCheckInfo = {
  name: 'GradientCheck',
  title: {
    en: 'Checking gradients four ways',
    zh: '用四种方法检验梯度',
  },
  description: {
    en: 'BPTT’s gradient of an SRN, GRU, LSTM or clockwork RNN beside centred finite differences in float64 and in float32 and TensorFlow.js’s automatic differentiation, block by block: relative errors on a log scale, the step-size trade-off, and the worst entries.',
    zh: '对 SRN、GRU、LSTM 或时钟 RNN，按参数块并排比较随时间反向传播的梯度、float64 与 float32 的中心差分，以及 TensorFlow.js 的自动微分：相对误差画在对数坐标上，并给出步长的取舍和误差最大的分量。',
  },
} as const satisfies WidgetInfo;
