import type { WidgetInfo } from '../../state/widgetInfo';

export const clockworkWaveInfo = {
  name: 'ClockworkWave',
  title: {
    en: 'Generating a waveform with no input: CW-RNN, SRN and LSTM at equal parameter budgets',
    zh: '没有输入也要生成波形：参数量相同的 CW-RNN、SRN 与 LSTM',
  },
  description: {
    en: 'A clockwork RNN, a simple RNN and an LSTM, each sized to the same number of parameters, learn to output a 320-step target from their own dynamics. Their outputs over the target, their NMSE, and each clockwork module’s share of the output.',
    zh: '时钟 RNN、简单 RNN 和 LSTM 按相同的参数量确定规模，在没有任何输入的情况下，仅凭自身的动力学学习输出一段 320 步的目标波形。图中给出它们的输出与目标、各自的 NMSE，以及时钟 RNN 每个模块对输出的贡献。',
  },
} as const satisfies WidgetInfo;
