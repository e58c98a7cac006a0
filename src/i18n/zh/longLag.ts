import type { Strings } from '../en';

/** LongLag 图示的文字。 */
export const longLag: Strings['longLag'] = {
  run: '运行实验',
  idle: '按“运行”：共 {total} 次训练（每种单元 {runs} 次），每次最多 {budget} 条序列。默认设置下只需几秒钟，在主线程之外进行。',
  lag: '序列长度 T（间隔 ≥ T/2）',
  forgetBias: 'LSTM 遗忘门偏置',
  runs: '每种单元的训练次数',
  budget: '每次的预算（序列条数）',
  lr: '学习率（Adam）',
  xAxis: '训练序列条数',
  yAxis: '测试序列答对的比例',
  chartLabel: '每种单元答对的测试序列比例（各次训练的平均）随训练序列条数的变化。具体数字见下表。',
  cells: { srn: 'SRN', gru: 'GRU', lstm: 'LSTM' },
  cell: '单元',
  solved: '学会的次数',
  median: '所需序列条数（中位数）',
  share: '结束时测试答对比例',
  published: '论文结果（Hochreiter & Schmidhuber 1997）',
  publishedRows: {
    srn: '失败：其他循环网络算法都没能解决',
    gru: '—（GRU 到 2014 年才提出）',
    lstm: '能解决（T = 100 到 1000）；所需序列数：未核对',
  },
  solvedOf: '{solved} / {runs}',
  tableCaption: 'T = {T} 的加法问题：各单元学会的次数',
  rules:
    '加法问题：每步输入一对数（数值，标记）；序列结束时，网络要输出 0.5 + (X₁ + X₂)/4，其中 X₁、X₂ 是被标记的两个数值，第一个在前十步之内。序列末尾的误差小于 0.04 就算答对（论文的标准）；一次训练在 {tests} 条测试序列中答对 {share}% 时算学会。每种单元约 120 个权重，用 Adam 加梯度裁剪，每批 8 条序列。',
  scale:
    '为了在浏览器里几秒钟内跑完，这里的规模很小：T = {T}，每种单元训练 {runs} 次。论文的设置大得多——T 取 100、500 和 1000，训练序列也多得多——所以那里的时间间隔比这里长得多。',
  paperRead:
    '论文结果：我们读的是这个实验的会议版本（Hochreiter & Schmidhuber 1996），其中给出了 0.04 的标准，并说没有别的循环网络算法能在合理时间内解决这些任务；1997 年论文中所需序列数的表格未核对。时间顺序问题（实验 6）这里没有运行。',
  forgetNote:
    '遗忘门偏置 {bias}：若无其他作用，细胞每步保留 σ({bias}) = {kept} 的内容，{lag} 步之后还剩 {left}。在我们的试验中，T = 100 的加法问题需要偏置 5 才学得会。',
};
