import type { Strings } from '../en';

/** SequenceShapes 图示的文字。 */
export const sequenceShapes: Strings['sequenceShapes'] = {
  application: '应用',
  apps: {
    languageModel: '语言模型',
    translation: '机器翻译',
    sentiment: '评论的情感',
    captioning: '看图说话',
    speech: '语音识别',
  },
  shapes: {
    oneToMany: '一对多',
    manyToOne: '多对一',
    manyToMany: '多对多，每个输入对应一个输出',
    encoderDecoder: '编码器–解码器（序列到序列）',
  },
  why: {
    languageModel: '每一步，网络读入一个字并预测下一个字，所以每一步的输出就是下一步的输入。',
    translation: '编码器先读完整个句子，之后解码器才开始写出译文，译文的长度不必与原文相同。',
    sentiment: '网络读完整条评论，只在最后给出一个判断。',
    captioning: '图片只在第一步输入一次；之后网络每一步写出一个词。',
    speech: '每一小段声音帧一到就被标注，每帧一个字母（实际的识别器还会输出空白并合并重复）。',
  },
  summary:
    '{app}是{shape}：共 {steps} 步，其中 {nIn} 步有输入（第 {inSteps} 步），{nOut} 步有输出（第 {outSteps} 步）。',
  encoder: '编码器：读入',
  decoder: '解码器：写出',
  diagram: '{app}的展开网络，{shape}',
  play: '播放',
  pause: '暂停',
  step: '单步',
  restart: '从头开始',
  flow: '数据流动',
  progressNone: '还没有计算任何一步：请按“播放”或“单步”。',
  progress: '时间步 t = {t}（最后一步是 {last}）：{reads}，{emits}。',
  reads: '读入“{x}”',
  readsNothing: '没有输入（只有上一步传来的状态）',
  emits: '输出“{y}”',
  emitsNothing: '没有输出',
  done: '全部 {steps} 步已计算完毕。',
  table: '每一步的输入和输出',
  stepColumn: '时间步',
  inputColumn: '输入',
  outputColumn: '输出',
  none: '—',
};
