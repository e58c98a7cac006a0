import type { Strings } from '../en';

/** Counter 图示的文字。 */
export const counter: Strings['counter'] = {
  run: '训练两个网络',
  runAgain: '再训练一次',
  idle: '按“训练两个网络”：LSTM 和 GRU 各用 {budget} 条 n ≤ {trainMaxN} 的字符串训练，然后读 n 直到 {testMaxN} 的每一条字符串。只需几秒钟，在主线程之外进行。',
  progress: '正在训练 {cell}：{sequences} / {budget} 条字符串，损失 {loss}…',
  done: '两个网络都已训练并测试完毕。',
  stopped: '已停止。',
  paused: '已暂停。',
  preempted: '已暂停：另一个图示开始运行。按“继续”接着做。',
  offscreen: '图示不在屏幕上，暂时等待。',
  hiddenTab: '标签页被隐藏，暂时等待。',
  failed: '训练中止：{message}。设置都保留着，可以再训练一次。',
  language: '语言',
  languages: { anbn: 'aⁿbⁿ', anbncn: 'aⁿbⁿcⁿ' },
  trainMaxN: '训练用的最大 n',
  testMaxN: '测试用的最大 n',
  hidden: '每个网络的单元数',
  budget: '每个网络的训练字符串条数',
  lr: '学习率（Adam）',
  xAxis: '在字符串中的位置',
  yAxis: '计数单元的值',
  chartLabel:
    '沿一条很长的测试字符串，两个网络各自的计数单元：LSTM 的细胞状态 c_t 和 GRU 的状态 s_t。具体数字见下表。',
  lstmLabel: 'LSTM c_t',
  gruLabel: 'GRU s_t',
  traceNote:
    '图中是 n = {n} 的字符串，是训练时最大 n 的 {times} 倍；计数 #a − #b 先升到 {n}，再降回 0。每个网络画的是最贴近这个计数（同向或反向）的那个单元。',
  verdict:
    '只用 n ≤ {trainMaxN} 训练：LSTM 直到 n = {lstm} 的每条字符串都答对，GRU 直到 n = {gru}。',
  cell: '网络',
  cells: { lstm: 'LSTM', gru: 'GRU' },
  longest: '全对直到 n',
  rightOf: '答对的字符串',
  peak: '最大 |值|',
  correlation: '与 #a − #b 的相关系数 r',
  published: '论文结果（Weiss, Goldberg & Yahav 2018）',
  publishedRows: {
    lstm: '确实学会了使用计数机制',
    gru: '在有限精度下无法计数：严格更弱',
  },
  rightOfValue: '{right} / {total}',
  tableCaption: '用 n ≤ {trainMaxN} 训练，在 n = 1 … {testMaxN} 上测试',
  rules:
    '网络先读 S，再逐个读字符串，每一步预测下一个符号。读 a 的时候它无法知道 b 何时开始，所以只从第一个 b 起计分：它必须一直说 b（或 c），直到正好来了 n 个，然后说结束。这些预测全对，这条字符串才算对。训练只用了 n = 1 … {trainMaxN}。',
  paperRead:
    '论文结果：我们读了论文摘要——在有限精度下，LSTM（以及 ReLU 循环网络）能计数，严格强于 GRU 和用饱和激活函数的循环网络，而且 LSTM 确实学会了使用计数机制。论文的训练范围以及各网络在哪个 n 出错，未核对。',
};
