import type { Strings } from '../en';

export const terms: Strings['terms'] = {
  optimiser: {
    sgd: '随机梯度下降（SGD）',
    momentum: '动量法',
    nesterov: 'Nesterov 动量法',
    adagrad: 'Adagrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  activation: { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'ReLU', linear: '线性' },
  lstmVariant: {
    standard: '标准',
    nig: 'NIG（无输入门）',
    nfg: 'NFG（无遗忘门）',
    nog: 'NOG（无输出门）',
    niaf: 'NIAF（输入无激活函数）',
    noaf: 'NOAF（输出无激活函数）',
    cifg: 'CIFG（输入门与遗忘门耦合）',
    fgr: 'FGR（门之间全循环连接）',
  },
};
