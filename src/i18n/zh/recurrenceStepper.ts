import type { Strings } from '../en';

/** RecurrenceStepper 图示的文字。 */
export const recurrenceStepper: Strings['recurrenceStepper'] = {
  word: '单词（小写字母 a–z）',
  wordInvalid: '请输入 1 到 12 个小写字母 a–z；图示仍使用“{word}”。',
  position: '时间步 t = {t}（共到 {last}），当前读入“{symbol}”',
  uScale: 'U 的缩放',
  wMatrix: '循环权重 W',
  wEntry: 'W 第 {i} 行第 {j} 列',
  input: '输入 xₜ（独热）',
  previous: '上一步状态 sₜ₋₁',
  state: '新状态 sₜ',
  output: '输出 oₜ = softmax(V sₜ)',
  cellsLabel: '{name}：{values}',
  table: '“{word}”的每一步',
  letter: '字母 xₜ',
  next: '最可能的下一个',
  predicts: '最可能的下一个字母：“{symbol}”（{p}）',
};
