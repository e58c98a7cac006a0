import type { Strings } from '../en';

/** Latch 图示的文字。 */
export const latch: Strings['latch'] = {
  run: '运行实验',
  idle: '按“运行”：共 {total} 次训练，每次用 {tests} 条测试序列来判定。需要几秒钟，在主线程之外进行。',
  maxLag: '最长间隔 T',
  hidden: '隐藏单元数',
  noiseStd: '比特之后的噪声（标准差）',
  lr: '学习率（SGD）',
  range: '随机搜索：权重范围',
  budget: '每次的预算（序列数）',
  runs: '每个间隔、每种方法的次数',
  lagAxis: '间隔 T（比特与提问之间的步数）',
  shareAxis: '成功的比例',
  chartLabel: '学会锁存任务的比例随间隔的变化：梯度下降与随机搜索。具体数字见下表。',
  gdShort: '梯度下降',
  rsShort: '随机搜索',
  lag: '间隔 T',
  gdSolved: '梯度下降：成功',
  gdMedian: '梯度下降：序列数中位数',
  rsSolved: '随机猜权重：成功',
  rsMedian: '随机猜权重：序列数中位数',
  solvedOf: '{solved} / {runs}',
  tableCaption: '按间隔统计：学会记住这个比特的次数',
  rules:
    '网络在全部 {tests} 条测试序列上都报对比特，才算成功。梯度下降每次更新计一条序列；随机搜索每试一条序列计一条，猜的权重一出错就放弃。两种方法的第 r 次使用相同的测试序列。',
};
