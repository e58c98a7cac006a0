import type { Strings } from '../en';

/** ClockGradient 组件的文字。 */
export const clockGradient: Strings['clockGradient'] = {
  periods: '各模块周期（由快到慢）',
  periodsHint: '请填写一到四个 1 至 256 之间的整数，用逗号分隔，后一个不小于前一个。',
  rho: '谱半径 ρ（简单循环网络的 W、各模块自身的块）',
  horizon: '最后一步 T（最长时间间隔）',
  unitsPerModule: '每个模块的单元数 k',
  chartTitle:
    '时钟循环网络中各模块自身块的范数 ‖∂s_T^(m)/∂s_k^(m)‖，以及简单循环网络的 ‖∂s_T/∂s_k‖，随时间间隔 T − k 的变化（对数坐标）',
  chartLabel: '雅可比矩阵乘积的范数随时间间隔的变化：每个模块一条线，简单循环网络一条线',
  lagAxis: '时间间隔 T − k（向前的步数）',
  normAxis: '范数（对数坐标）',
  endModule: '{m}：T = {period}',
  endSrn: 'SRN',
  keys: '实线：简单循环网络（SRN）。虚线：模块 1 至 {count}，各用一种虚线样式，右端标有模块序号和周期。',
  tableCaption: '几个时间间隔上的范数（最大奇异值）',
  lag: '间隔',
  moduleColumn: '模块 {m}，T = {period}',
  wholeColumn: 'CW-RNN 整体',
  srnColumn: 'SRN 整体',
  readout:
    '在时间间隔 {lag} 处，最慢的模块（周期 {period}）只经过了 {ticks} 次非线性更新，它自身块的范数仍有 {slow}；简单循环网络经过了 {lag} 步，范数已降到 {srn}。',
  ratio: '两者相差 {ratio} 倍。',
  held: '本次运行实测：在 {steps} 个某模块没有更新的时间步上，该模块在 ∂s_t/∂s_{t−1} 中的各行与单位矩阵完全相同（自身的块为 I，其余的块为 0）；在 {spans} 个完整的保持期上，它在乘积中的各行同样如此。最大偏差为 {deviation}。',
  noHold:
    '没有模块处于保持状态：所有周期都是 1，每个模块每一步都乘上一个因子，与简单循环网络相同。',
  note: '两个网络都是未经训练的 tanh 网络，各有 {units} 个单元，随机种子固定，读入同一个输入序列（每一步一个取自 N(0, 1) 的数）。简单循环网络的 W 缩放到谱半径 ρ；时钟循环网络的 W 取自同一次抽样，按分块上三角屏蔽，每个模块自身的块再缩放到 ρ。模块的线是它在雅可比矩阵乘积中自身的块：每次更新乘一个因子，两次更新之间数值不变；简单循环网络的线是整个乘积，它不小于其中任何一块。',
  progress: '正在测量：已完成 {done} / {of} 个时间间隔……',
  done: '',
  stopped: '测量已停止。',
  paused: '测量已暂停。',
  preempted: '另一个图正在计算，测量暂停。',
  offscreen: '等待中：图不在屏幕上。',
  hiddenTab: '等待中：标签页处于隐藏状态。',
  failed: '测量失败：{message}',
} as const;
