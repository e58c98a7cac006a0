import type { Strings } from '../en';

/** ForgetGate 图示的文字。 */
export const forgetGate: Strings['forgetGate'] = {
  run: '训练两种单元',
  idle: '按“训练”：共 {total} 次训练，每次都在一条由 {strings} 个字符串组成、中途不重置的测试流上评判。大约需要一两分钟，在主线程之外进行。',
  noForget: '1997 年的单元（无遗忘门）',
  forget: '带遗忘门',
  noForgetShort: '无遗忘门',
  forgetShort: '有遗忘门',
  stepAxis: '输入流的第几步（不重置）',
  driftAxis: '|c| 的平均值',
  chartLabel: '两个网络的细胞状态绝对值的平均，沿测试流变化。具体数值见下方文字。',
  driftUntrained:
    '未训练的权重，输入流共 {steps} 步：最后十分之一里 |c| 的平均值，无遗忘门为 {noForget}，有遗忘门为 {forget}。',
  driftTrained:
    '最近训练好的一对网络，输入流共 {steps} 步：最后十分之一里 |c| 的平均值，无遗忘门为 {noForget}，有遗忘门为 {forget}。',
  why: '没有遗忘门时，cₜ = cₜ₋₁ + iₜ ∘ gₜ：输入门放进来的东西会一直留着，一个字符串接一个字符串地累积，细胞状态只能不断漂移。有了遗忘门，网络可以在字符串结束时乘上 fₜ ≈ 0，清空记忆，重新开始。',
  cell: '单元',
  solved: '学会的次数',
  median: '学会所需训练段数（中位数）',
  outer: '外层 T/P 预测正确',
  driftEnd: '最后十分之一的 |c| 平均值',
  published: 'Gers 等 2000',
  publishedNoForget: '在连续输入流上失败（摘要）；表格未核对',
  publishedForget: '能够解决（摘要）；表格未核对',
  solvedOf: '{solved} / {runs}',
  tableCaption: '学会连续输入流的训练次数（在测试流上每一步的预测都合法）',
  rules:
    '每次训练用 Adam，在从字符串边界开始的一段段输入流上学习；然后从零状态出发，一次读完整条测试流。如果每一步最可能的下一个符号都合法（包括外层的 T 或 P），就算学会了。两种单元的第 r 次训练使用同一个随机种子，看到相同的训练段。',
  runs: '每种单元的训练次数',
  budget: '每次训练的预算（训练段数）',
  hidden: '记忆细胞数',
  stretch: '每段训练的符号数',
  lr: '学习率（Adam）',
  testStrings: '测试流中的字符串数',
} as const;
