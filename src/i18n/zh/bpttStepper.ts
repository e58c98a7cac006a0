import type { Strings } from '../en';

/** BpttStepper 图示的文字。 */
export const bpttStepper: Strings['bpttStepper'] = {
  word: '单词（5–9 个字母 a–z）',
  wordInvalid: '请用 5 到 9 个小写字母 a–z；图中保留“{word}”。',
  controls: '前向与反向的步进',
  toStart: '回到开头',
  back: '后退一步',
  forwardStep: '前向一步',
  backwardStep: '反向一步',
  toEnd: '一直运行到结束',
  atStart: '还没有计算。网络将读入 {T} 个字母，每个字母都要预测下一个。',
  atForward: '前向传播，第 t = {t} 步（共到 {last}）：读入“{input}”，应当预测“{target}”。',
  atBackward:
    '反向传播，第 t = {t} 步：δ_t 汇集第 {t} 步自己的误差，以及从第 t + 1 步传回来的误差。',
  pressForward: '按“前向一步”，让网络一次读一个字母。',
  k: '截断 k（每个误差向后传的步数）',
  kAll: '{k} = T',
  wScale: 'W 的缩放',
  barsAxis: '‖δₜ sₜ₋₁ᵀ‖',
  chainLegend:
    '方框：输入字母 xₜ、状态 sₜ（三个数）、目标 y 与误差 Eₜ。反向传播时的红色虚线箭头：传回的误差大小——从输出来的 ‖Vᵀeₜ‖，沿 W 传回的 ‖Wᵀδₜ₊₁‖。当前这一步加了粗框。',
  chainRegion: '展开后的网络，每个时间步一列（可左右滚动）',
  barsKey: '柱形图例',
  keyFull: '完整的项 δₜ sₜ₋₁ᵀ（斜线框）',
  keyKept: '截断 BPTT 保留的部分（实心柱）',
  barsLabel:
    '每个时间步对 ∂E/∂W 的贡献：斜线框是完整的贡献，实心部分是截断 BPTT 保留的部分。具体数字见下表。',
  summaryPending: '反向传播到达某一步时，这一步对 ∂E/∂W 的贡献就会显示出来。',
  summaryFull: '‖∂E/∂W‖ = {full}：完整 BPTT 计算的、所有时间步之和。',
  summaryTruncated:
    '完整的 ‖∂E/∂W‖ = {full}；截断到 k = {k} 时为 {kept}，两个方向夹角的余弦为 {cosine}。',
  tableCaption: '每个时间步：误差、反向传播的 δ，以及它对 ∂E/∂W 的贡献（完整与截断）',
  colLetters: '读入 → 预测',
  colFull: '贡献（完整）',
  colKept: '贡献（截断）',
};
