import type { Strings } from '../en';

/** CharRNN 图中连通性面板的文字。 */
export const charRnnConnectivity: Strings['charRnnConnectivity'] = {
  section: '连通性：一次预测依赖哪些字符',
  intro:
    '选一个字符：它之前的每个字符按“读完所选字符后做出的预测有多依赖它”着色——C(t, k) = ‖∂q_t/∂x_k‖_F，即输出 logits q_t 对独热输入 x_k 的雅可比矩阵的大小（弗罗贝尼乌斯范数），也就是 Madsen（2019，Distill，《Visualizing memorization in RNNs》）所说的“连通性”。颜色按对数刻度，越深越强。它随距离衰减——这就是真实文本上的梯度消失。在同一段文本上分别训练 SRN、GRU 和 LSTM，比较它们各自能往回依赖多远。',
  stripLabel:
    '文本上的连通性：用左右方向键选择在哪个字符之后做预测；Home 和 End 跳到第一个和最后一个字符。',
  text: '读入的文本：{text}',
  readout:
    '读完“{symbol}”（位置 {t}）后的预测：一半的影响来自最近的 {half} 个字符，90% 来自最近的 {most} 个。',
  readoutNear: 'C(t, t) = {now}；往前 5 个字符为 {five}；往前 10 个字符为 {ten}。',
  tooShort: '文本没有那么长',
  nearestCaption: '离 t 最近的几个字符的 C(t, k)',
  columnBack: '往前几个字符',
  columnSymbol: '字符',
  columnValue: 'C(t, k)',
  columnShare: '相对 C(t, t)',
  computing: '正在计算雅可比矩阵（{total} 次反向传播已完成 {done} 次）……',
  held: '等图进入屏幕后再计算。',
  whileTraining: '训练暂停时，连通性才按新的权重重新计算。',
  failed: '无法计算连通性（{reason}）。',
};
