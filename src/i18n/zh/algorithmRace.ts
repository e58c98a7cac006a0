import type { Strings } from '../en';

/** AlgorithmRace 图示的文字。 */
export const algorithmRace: Strings['algorithmRace'] = {
  dekf: '解耦 EKF',
  start: '开始比赛',
  pause: '暂停',
  resume: '继续',
  restart: '重置比赛',
  idle: '按“开始”：同一个小 RNN 的五个副本，初始权重相同、读到的序列也相同，各用一种算法训练。训练在主线程之外进行。',
  failed: '比赛中断：{message}。你的设置都保留着，可以重新开始。',
  running: '比赛中……每种算法已训练 {n} 条序列。',
  paused: '已暂停：每种算法训练了 {n} 条序列。',
  offscreen: '图不在屏幕上，比赛暂停等待（每种算法已训练 {n} 条序列）。',
  hiddenTab: '标签页被隐藏，比赛暂停等待（每种算法已训练 {n} 条序列）。',
  preempted: '已暂停：每种算法训练了 {n} 条序列（另一个图示开始运行了）。按“继续”接着比。',
  task: '任务',
  taskDelay: '延迟：复述 lag 步之前的比特',
  taskXor: '时间异或（Elman 1990）',
  lag: '延迟任务的间隔',
  hidden: '隐藏单元数 n',
  length: '每条序列的步数',
  k: 'TBPTT 窗口 k',
  lr: '学习率（BPTT）',
  fairness:
    '为了公平，每种梯度方法每条序列让权重移动的距离大致相同：BPTT 每条序列用学习率更新一次，TBPTT 每 k 步用 lr·k/L 更新一次，RTRL 每一步用 lr/L 更新一次。卡尔曼滤波没有学习率，初始协方差为 100·I。',
  sequences: '序列数',
  seconds: '训练时间（秒）',
  loss: '误差（nats，平滑后）',
  lossBySequence: '误差随已见序列数的变化：谁从每个样本学到最多。',
  lossByTime: '误差随训练时间的变化：谁每秒学到最多。',
  lossBySequenceLabel: '各算法平滑后的误差随训练序列数的变化。具体数字见下表。',
  lossByTimeLabel: '各算法平滑后的误差随训练时间（秒）的变化。具体数字见下表。',
  hiddenUnits: '隐藏单元数 n',
  multiplyAdds: '每步乘加次数',
  floats: '存储的浮点数',
  opsLabel:
    '每个时间步的乘加次数随隐藏单元数的变化（双对数）：BPTT 和 TBPTT 按 n² 增长，RTRL 和两种 EKF 按 n⁴ 增长（全局 EKF 的常数最大）。',
  memLabel: '各算法需要保存的浮点数随隐藏单元数的变化（双对数）。',
  opsCaption:
    '每个时间步的代价，按尺寸计数（双对数）：BPTT 的线斜率为 2（n²），RTRL 的斜率为 4（n⁴）。',
  memCaption:
    '内存：BPTT 保存整条序列的每一步，RTRL 保存 n³ 个敏感度，EKF 保存覆盖所有权重的协方差。',
  agreement:
    'RTRL 与 BPTT 是沿时间向前和向后计算的同一个梯度。在 BPTT 训练了 {at} 条序列后的权重上，用一条探测序列比较：最大差 {diff}，相对差 {rel}。',
  agreementPending: '比赛开始后，这里会比较 RTRL 和 BPTT 的梯度。',
  tableCaption: '目前的比赛情况，以及在当前尺寸下各算法每个时间步的计数代价',
  algorithm: '算法',
  msPerSequence: '每条序列毫秒数',
};
