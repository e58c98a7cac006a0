import type { Strings } from '../en';

/** 游乐场中回声状态网络的文字（src/widgets/Playground/esn/）。 */
export const playgroundEsn: Strings['playgroundEsn'] = {
  settings: '回声状态储备池',
  settingsNote:
    '储备池保留随机生成时的权重（W 缩放到谱半径 ρ），不再改动；只有读出层 W_out 用岭回归拟合。',
  size: '储备池单元数 N',
  rho: 'W 的谱半径 ρ',
  sparsity: '稀疏度（W 中为 0 的比例）',
  inputScaling: '输入缩放（W_in 在 ±该值内均匀取值）',
  leak: '泄漏率 a（1 表示不泄漏）',
  washout: '冲洗期（每条序列开头不参与拟合的步数）',
  ridge: '岭回归系数 λ',
  ridgeNote:
    '每一步把接下来的几条序列加进拟合，再用目前见过的全部序列重新求解读出层，所以曲线画的是损失随已见序列数的变化。不需要优化器、学习率和梯度裁剪。',
  batch: '每步序列数',
  diagramLabel:
    '按引擎的布局画出的回声状态网络：输入、固定的储备池（W_in、W）、经过训练的读出层 W_out、输出。',
  fixed: '固定',
  trained: '训练',
  reservoir: '储备池：{n} 个带泄漏的 tanh 单元',
  reservoirDetail: 'ρ = {rho}，稀疏度 {sparsity}，泄漏率 {leak}',
  readout: '读出层 y = W_out [1; u; x]',
  counts: '{trained} 个需训练的读出权重 · {fixed} 个固定的储备池权重',
  countsDetail: '按存储计 W_in 和 W；W 中约有 {nonzero} 个非零元素。',
  countsExact: '按存储计 W_in 和 W；W 中有 {nonzero} 个非零元素。',
  status: {
    idle: '尚未拟合：有 {trained} 个读出权重待拟合。',
    running: '拟合中：第 {step} / {steps} 步，已见 {sequences} 条序列，损失 {loss}。',
    paused: '暂停于第 {step} / {steps} 步，已见 {sequences} 条序列，损失 {loss}。',
    done: '完成：共 {steps} 步，已见 {sequences} 条序列，损失 {loss}。',
  },
  loss: '在已见序列上拟合的均方误差',
  predictionClass: '读出层对正确符号的输出（线性输出，不是概率）',
  sequencesAxis: '已见训练序列数',
  reservoirState:
    '储备池状态 x_t 在留出序列上的取值（单元 × 时间）：共 {n} 个单元中的前 {shown} 个',
  noGates: '回声状态网络没有门：储备池里都是带泄漏的 tanh 单元。',
  noGradients:
    '这里没有 ‖∂E/∂s_t‖：回声状态网络不做随时间反向传播，误差不会沿时间往回传；读出层直接拟合储备池当下的状态。',
  noAgreement: '不比较 RTRL 与 BPTT：两者都不用来训练回声状态网络，它的读出层只需一次岭回归求解。',
  engine:
    '在后台线程中用本项目引擎（类型化数组，float64）拟合；tfjs 和 WebAssembly 引擎只训练靠梯度学习的网络。',
  keep: '分享链接记下全部设置和随机种子：按种子重新生成储备池，在同样的序列上拟合读出层，因此打开链接得到的是同一个拟合结果。带权重的链接、模型文件、浏览器存储和代码导出只用于靠梯度训练的网络；回声状态网络不导出为程序。',
  numbersSequences: '序列数',
  numbersRows: '参与拟合的步数',
  failed: '拟合中止：{message}',
};
