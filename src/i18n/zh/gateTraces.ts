/** GateTraces 图示的文字。 */
export const gateTraces = {
  input: '输入门 i',
  forget: '遗忘门 f',
  output: '输出门 o',
  cell: '细胞状态 c',
  heatmapLabel: '{name}：第 1–{units} 个单元（行）在测试序列 {stream} 上（列）的值',
  key: '▾ 标出每个串的第一个符号，也就是要记住的那个；? 要求网络说出它。加框的一行是记忆单元。',
  train: '训练',
  untrained: '还没有训练：热图显示的是初始权重。请按“训练”。',
  training: '训练中：第 {step} 次更新（共 {total} 次），损失 {loss}。',
  paused: '已暂停，在第 {step} 次更新（共 {total} 次）。',
  trained: '训练完成：{total} 次更新，损失 {loss}。',
  failed: '训练停止：{message}',
  again: '重新开始',
  summary:
    '记忆单元 {unit}：遗忘门在串的边界处为 {fB}，其他位置为 {fE}；输入门在第一个符号处为 {iK}，在中间的符号处为 {iE}。',
  accuracy: '在 {streams} 个留出的测试序列上答对的比例：{accuracy}（随机猜为 50%）。',
  table: '记忆单元（{unit}）在测试序列上的值',
  symbol: '符号',
  lr: '学习率（Adam）',
  hidden: '单元数',
  forgetBias: '遗忘门的初始偏置',
} as const;
