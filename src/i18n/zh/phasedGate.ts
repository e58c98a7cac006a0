import type { Strings } from '../en';

/** PhasedGate 图示的文字。 */
export const phasedGate: Strings['phasedGate'] = {
  picture: '时间门与周期相同的时钟模块',
  xLabel: '时间 t（步）',
  yLabel: '门 kₜ',
  gateLabel: '时间门 kₜ',
  note: '阴影：门的开放阶段。圆点：整数步上的 kₜ。方块：周期 T = τ 的时钟模块，实心（■）表示运行，空心（□）表示保持。',
  clockLabel: '时钟模块，T = {T}：■ 运行，□ 保持',
  period: '周期 τ',
  shift: '相移 ψ（论文中的 s）',
  openRatio: '开放比例 r_on',
  leak: '泄漏 α（训练时）',
  leakNote: '作者的代码在训练时取 α = 0.001，测试时取 α = 0；滑块的范围更大，是为了让泄漏看得见。',
  summary:
    '在 τ = {T} 步的一个周期里，门开放 r_on·τ = {open} 步：在整数步 t = 0 … {last} 中，它在 {openSteps} 步大于零（{openList}），在 {fullSteps} 步完全打开（k = 1）。时钟模块在其中 {ticks} 步运行（t = {tickList}），其余各步保持原值。',
  none: '无',
  contrast:
    'kₜ = 0 时，单元精确地保持状态，就像时钟模块在两次节拍之间那样；0 < kₜ < 1 时，它只接受一部分更新，这是时钟模块做不到的。τ、ψ 和 r_on 按单元学习得到，t 可以是任意实数时间戳。',
  table: '第一个周期内各整数步的门值',
  step: 't',
  phase: 'φₜ',
  piece: '阶段',
  gate: 'kₜ',
  clock: '时钟模块，T = {T}',
  opening: '打开中',
  closing: '关闭中',
  closed: '关闭',
  runs: '运行',
  holds: '保持',
};
