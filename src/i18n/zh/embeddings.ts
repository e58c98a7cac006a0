import type { Strings } from '../en';

/** Embeddings 图示的文字。 */
export const embeddings: Strings['embeddings'] = {
  vocabulary:
    '词表：一个玩具语法的 {n} 个词，仿照 Elman（1990）的词序实验——人、动物、食物、易碎的东西，以及表示吃、移动、感知和打破的动词——组成这样的句子：',
  categoryNames: {
    person: '人',
    animal: '动物',
    food: '食物',
    thing: '东西',
    eat: '吃的动词',
    motion: '移动动词',
    perceive: '感知动词',
    break: '打破动词',
  },
  words: '你的词（来自词表）',
  unknown: '不在词表里：{words}。图中显示其余的词。词表是：{all}。',
  tooFew: '请从词表中至少选两个词来比较。',
  tooMany: '只显示前 {n} 个词。',
  wordColumn: '词',
  oneHotTitle: '独热向量',
  oneHotNote:
    '每个词是一个有 {n} 个分量的向量，只在自己的下标处为 1，其余为 0。任意两个不同的词都正交：余弦相似度恰好为 0，所以“猫”和“狗”的差别，与“猫”和“吃”的差别一样大。',
  oneHotMatrix: '你的词（行）在词表（列）上的独热向量',
  similarityOneHot: '独热向量的余弦相似度',
  learnedTitle: '学到的嵌入',
  learnedNote:
    '一个有 {h} 个隐藏单元的简单 RNN（Elman 1990）逐词读入语料，学习预测下一个词。U 乘以一个独热向量，就取出 U 的一列，所以 U 的第 j 列就是第 j 个词学到的嵌入：{h} 个数，而不是 {n} 个。',
  training: '训练中：第 {step} 次更新，共 {total} 次，损失 {loss} 奈特/词',
  trained:
    '已训练：{total} 次更新，损失 {loss} 奈特/词（即使完美掌握这个语法也要付出约 1.9，因为同一角色里的下一个词是随机的）',
  progress: '训练进度',
  trainAgain: '重新训练',
  scatterTitle: '全部 {n} 个嵌入在前两个主成分上的投影（占方差的 {pct}）',
  scatterLabel: '学到的词嵌入散点图',
  similarityLearned: '学到的嵌入的余弦相似度，词按角色分组',
  cellReadout: '相似度（“{a}”，“{b}”）= {v}',
  heatmapHint: '指向一个格子，或聚焦矩阵后用方向键，读出数值。',
  groupStats: '同一角色的不同词之间的平均余弦相似度：{within}；不同角色之间：{between}。',
  groupStatsOneHot: '独热向量：角色内 {within}，角色之间 {between}。',
  neighbours: '最近邻（学到的嵌入）',
  neighboursOf: '{word}：{list}',
  tableSummary: '相似度矩阵表格',
  diverged: '训练停止：{message}',
  failed: '训练失败：{message}',
};
