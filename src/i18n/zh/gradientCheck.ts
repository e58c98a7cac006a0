import type { Strings } from '../en';

/** GradientCheck 组件的文字。 */
export const gradientCheck: Strings['gradientCheck'] = {
  cellLegend: '单元',
  cellSrn: 'SRN',
  cellGru: 'GRU',
  cellLstm: 'LSTM',
  cellClockwork: '时钟 RNN',
  run: '检验',
  again: '重新检验',
  idle: '检验会自动开始：共 {total} 个分量，每个要做四次前向计算，都在主线程之外进行。',
  progress: '正在检验：已完成 {done} / {total} 个分量……',
  autodiff: '差分已算完；TensorFlow.js 正在求导……',
  done: '已检验 {total} 个分量。',
  stopped: '在 {done} / {total} 个分量后停止。',
  paused: '在 {done} / {total} 个分量后暂停。',
  preempted: '在 {done} / {total} 个分量后暂停：另一张图开始计算了。按“继续”接着算。',
  offscreen: '已检验 {done} / {total} 个分量；图不在屏幕上，暂时等待。',
  hiddenTab: '已检验 {done} / {total} 个分量；标签页被隐藏，暂时等待。',
  fd64: 'float64 差分',
  fd32: 'float32 差分',
  tf: 'TensorFlow.js 自动微分',
  errorAxis: '相对误差（0 画在 10⁻¹⁷ 处）',
  stripsLabel:
    '每个被检验分量相对于随时间反向传播梯度的相对误差，按参数块分行，对数坐标：float64 差分、float32 差分和 TensorFlow.js 自动微分。具体数值见下方文字和表格。',
  guide: '10⁻⁷',
  sweepTitle: '{entry} 的步长取舍（∂E/∂w = {value}）',
  sweepX: '步长 h',
  sweepY: '相对误差',
  sweepLabel:
    '某一个分量的中心差分相对误差随步长 h 的变化，float64 与 float32 各一条线，双对数坐标。具体数值见下方文字。',
  stepInUse: '当前的 h',
  problem:
    '一个 8 个符号的字符模型，H = {hidden}，由种子生成的窗口长 T = {steps} 个字符：E = {loss} 奈特（float64），float32 下为 {loss32}。在 {blocks} 个参数块、共 {total} 个参数中检验了 {checked} 个；{sampledNote}',
  allChecked: '每个参数都检验了。',
  sampled: '有 {sampled} 个参数块超过 {perBlock} 个分量，每块随机抽取 {perBlock} 个。',
  frozenNote: 'W 中结构上为零的元素不是参数，不参与检验。',
  fd64Summary:
    'float64 差分（h = {h}）：{checked} 个分量中有 {below} 个与随时间反向传播的结果相差不到 10⁻⁷；相对误差的中位数为 {median}，最大为 {worst}。',
  fd32Summary:
    '同样的 h 下的 float32 差分：中位数 {median}，最大 {worst}，是 float64 中位数的 {factor} 倍。',
  sweepSummary:
    '扫描中的最佳步长：float64 在 h = {h64} 时误差降到 {best64}；float32 最好也只有 {best32}（h = {h32}）。步长太大，截断误差（∝ h²）占上风；步长太小，舍入误差（∝ u|E|/h）占上风，而 float32 的单位舍入误差 u ≈ 6 × 10⁻⁸，是 float64 的 5 × 10⁸ 倍。',
  tfSummary:
    'TensorFlow.js 自动微分（float32，{backend} 后端）：中位数 {median}，最大 {worst}。这是 float32 运算的误差，不是梯度算错了。',
  tfWaiting: 'TensorFlow.js 自动微分：尚未计算。',
  tfFailed: 'TensorFlow.js 自动微分无法运行：{message}',
  tinyNote:
    '差分的舍入误差约为 u|E|/h，与是哪个分量无关；所以按相对误差算，导数越小，它就越大：float64 误差最大的分量，梯度往往较小。',
  blocksCaption: '各参数块相对于随时间反向传播的最大相对误差',
  block: '参数块',
  checked: '已检验',
  checkedOf: '{checked} / {total}',
  worstFd64: 'float64 差分',
  worstFd32: 'float32 差分',
  worstTf: 'tfjs 自动微分',
  entriesCaption: 'float64 误差最大的分量，及其四个数值',
  entry: '分量',
  bptt: '随时间反向传播（float64）',
  relFd64: 'r，float64',
  relFd32: 'r，float32',
  relTf: 'r，tfjs',
  notComputed: '–',
  hidden: '隐藏单元数 H',
  steps: '窗口长度 T',
  h: '差分步长 h',
  perBlock: '每块最多检验的分量数',
};
