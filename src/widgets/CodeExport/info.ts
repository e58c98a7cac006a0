import type { WidgetInfo } from '../../state/widgetInfo';

export const codeExportInfo = {
  name: 'CodeExport',
  title: {
    en: 'Your model as a program: TypeScript, TensorFlow.js, PyTorch',
    zh: '把模型写成程序：TypeScript、TensorFlow.js、PyTorch',
  },
  description: {
    en: 'Trains a small model here, then writes it out as three runnable programs with its weights; each prints the same loss.',
    zh: '在这里训练一个小模型，再连同权重写成三个可运行的程序；每个程序都打印同一个损失。',
  },
} as const satisfies WidgetInfo;
