import type { Strings } from '../en';

/** Peepholes 图示的文字。 */
export const peepholes: Strings['peepholes'] = {
  run: '训练两种单元',
  idle: '按“训练”：共 {total} 次训练，每次用 50 条测试序列来判定。大约需要一分钟，在主线程之外进行。',
  plain: '不带窥视孔连接的 LSTM',
  peepholes: '带窥视孔连接的 LSTM',
  plainShort: '无窥视孔',
  peepholesShort: '有窥视孔',
  input: '输入脉冲',
  target: '目标',
  stepAxis: '时间步',
  outputAxis: '输出',
  chartLabel:
    '第一条测试序列：两个输入脉冲、目标脉冲，以及两个网络在每一步的输出。脉冲的时刻见下方文字。',
  timesUntrained:
    '未训练的权重。输入脉冲在第 {first} 步和第 {second} 步，应在第 {target} 步回应；第二个脉冲之后输出最大的一步，不带窥视孔连接时是第 {plain} 步，带窥视孔连接时是第 {peepholes} 步。',
  timesTrained:
    '最近训练好的一对网络。输入脉冲在第 {first} 步和第 {second} 步，应在第 {target} 步回应；第二个脉冲之后输出最大的一步，不带窥视孔连接时是第 {plain} 步，带窥视孔连接时是第 {peepholes} 步。',
  why: '窥视孔连接让各个门直接看到细胞状态本身，而不只是经过压缩和门控的输出 hₜ₋₁：一个在数步数的细胞，可以在计数达到阈值时打开输出门。',
  cell: '单元',
  solved: '学会的次数',
  error: '平均计时误差（步）',
  median: '学会所需序列数（中位数）',
  published: 'Gers 等 2002',
  publishedPlain: '未核对',
  publishedPeepholes: '能区分相隔 50 步与 49 步的脉冲（摘要）；表格未核对',
  solvedOf: '{solved} / {runs}',
  tableCaption: '学会按时回应的训练次数',
  rules:
    '如果在全部 50 条测试序列上，输出在应回应的那一步高于 ½、在其余每一步都低于 ½，这次训练就算学会了。计时误差是第二个脉冲之后输出最大的那一步与应回应的那一步相差的步数。两种单元的第 r 次训练使用同一个随机种子，看到相同的序列。',
  runs: '每种单元的训练次数',
  budget: '每次训练的预算（序列数）',
  hidden: '记忆细胞数',
  minGap: '最短间隔 D',
  maxGap: '最长间隔 D',
  lr: '学习率（Adam）',
} as const;
