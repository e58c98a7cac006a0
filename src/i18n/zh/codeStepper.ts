import type { Strings } from '../en';

/** CodeStepper 图示的文字。 */
export const codeStepper: Strings['codeStepper'] = {
  controls: '逐行运行代码',
  toStart: '回到开头',
  back: '退回一行',
  forward: '运行一行',
  toEnd: '一直运行到结束',
  example:
    '例子：文本 “hello”，所以有 V = {V} 个字符（{chars}）、H = {H} 个隐藏单元、T = {T} 步：输入 “{input}”，目标 “{target}”。',
  atStart: '还没有运行任何一行。按 ▶（或 →）运行 {n} 行中的第一行。',
  atForward: '前向传播，t = {t}：{fn} 中的第 {line} 行刚算出 {name}。',
  atBackward: '反向传播，t = {t}：{fn} 中的第 {line} 行刚算出 {name}。',
  codeLabel: '{file} 第 {lines} 行的代码，旁边是运行算出的值',
  currentMarker: '当前行',
  regionTitle: '{file}，区段 “{region}”',
  tableCaption: '运行到这一行时 {fn} 中的变量',
  tableEmpty: '运行一行之后，这里会列出变量的值。',
  colName: '名称',
  colValue: '值',
  seedNote:
    '权重取自 σ = 0.5 的高斯分布（种子 {seed}），这样数字不会都接近 0；min-char-rnn 的初始值用的是 σ = 0.01。',
};
