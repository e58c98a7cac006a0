import type { Strings } from '../en';

/** Unroll 图示的文字。 */
export const unroll: Strings['unroll'] = {
  sentence: '句子',
  presetSentence: '今天天气很好。',
  sentenceEmpty: '请至少输入一个词或字；图示仍使用“{sentence}”。',
  sentenceLong: '最多 {max} 个词（中文按字计）、{chars} 个字符；图示仍使用“{sentence}”。',
  fold: '折叠成环',
  unfold: '展开这个环',
  play: '播放：逐字读入',
  copies: '副本数 T',
  hidden: '隐藏单元数',
  step: '显示的时间步 t',
  diagram: '网络，画成它的各个副本',
  listLabel: '单元的副本，每个时间步一个；用方向键在时间步之间移动',
  stepLabel: '第 {t} 步，读入“{word}”：s{t} = ({values})；最可能的下一个字“{next}”',
  foldedNote: '折叠：只有一个单元，显示的是第 {t} 步。它的环 W 把状态带到下一步。',
  unrolledNote: '同一个单元的 {T} 个副本。把指针移到某个副本上、聚焦它或按方向键，查看它的数值。',
  weights: '共享的权重',
  weightButton: '点亮 {name} 的每一处使用',
  weightNames: {
    U: 'U（输入 → 状态）',
    W: 'W（状态 → 下一个状态）',
    V: 'V（状态 → 输出）',
  },
  litNone: '把指针移到 U、W 或 V 上、聚焦或按下它，点亮这个矩阵被使用的每一处。',
  lit: '{name} 在它被使用的全部 {n} 处同时点亮：只有一个 {rows} × {cols} 的矩阵，每一步的数值都相同。',
  litOnce: '{name} 已点亮：只有一个 {rows} × {cols} 的矩阵，每一步都重复使用它。',
  params: '无论句子多长，网络都只有 {total} 个权重：U {u} 个，W {w} 个，V {v} 个。',
  table: '每个副本的状态 sₜ 和它最可能的下一个字',
  word: '字',
  next: '最可能的下一个字',
  state: '读入“{word}”之后的状态 s{t}',
  cellsLabel: '{name}：{values}',
  output:
    'o{t} = softmax(V s{t})：最可能的下一个字 {list}。权重是随机的、未经训练，这些猜测还没有意义。',
  input: 'x{t} 是“{word}”的独热向量（{K} 个中的第 {k} 个），所以 U x{t} 就是 U 的第 {k} 列。',
};
