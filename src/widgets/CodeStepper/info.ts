import type { WidgetInfo } from '../../state/widgetInfo';

export const codeStepperInfo = {
  name: 'CodeStepper',
  title: {
    en: 'The hand-written RNN, line by line',
    zh: '逐行运行手写的 RNN',
  },
  description: {
    en: 'Steps through the chapter’s own forward and backward code like a debugger, on “hell” → “ello”, with every variable’s value beside its line.',
    zh: '像调试器一样逐行运行本章自己的前向与反向代码，输入 “hell”、目标 “ello”，每个变量的当前值就写在它那一行旁边。',
  },
} as const satisfies WidgetInfo;
