import type { WidgetInfo } from '../../state/widgetInfo';

export const variantsInfo = {
  name: 'Variants',
  title: {
    en: 'Which parts of the LSTM matter? A small ablation',
    zh: 'LSTM 的哪些部件重要？一个小型消融实验',
  },
  description: {
    en: 'Greff et al.’s nine LSTM forms — each one part removed or added — trained from several seeds on the continual embedded Reber grammar; box plots of the final loss beside the paper’s findings.',
    zh: 'Greff 等人比较的九种 LSTM（各去掉或加上一个部件），在连续嵌入式 Reber 文法上从多个随机种子训练；用箱线图比较最终损失，并与论文的结论对照。',
  },
} as const satisfies WidgetInfo;
