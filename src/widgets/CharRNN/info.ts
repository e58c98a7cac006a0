import type { WidgetInfo } from '../../state/widgetInfo';

export const charRnnInfo = {
  name: 'CharRNN',
  title: { en: 'A character-level RNN, trained in your browser', zh: '在浏览器里训练的字符级 RNN' },
  description: {
    en: 'Train an SRN, GRU or LSTM on a text to predict the next character, sample from it at any temperature, and watch its hidden state read a string you type.',
    zh: '用一段文本训练 SRN、GRU 或 LSTM 预测下一个字符，以任意温度从中采样，并观察它读你输入的字符串时的隐藏状态。',
  },
} as const satisfies WidgetInfo;
