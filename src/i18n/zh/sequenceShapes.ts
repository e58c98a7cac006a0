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
    unaligned: '不逐步对应的多对多（连接时序分类，CTC）',
  },
  why: {
    languageModel: '每一步，网络读入一个字并预测下一个字，所以每一步的输出就是下一步的输入。',
    translation: '编码器先读完整个句子，之后解码器才开始写出译文，译文的长度不必与原文相同。',
    sentiment: '网络读完整条评论，只在最后给出一个判断。',
    captioning: '图片只在第一步输入一次；之后网络每一步写出一个词。',
    speech:
      '语音的帧数远多于文字的字数，也没有人标出一个字在哪里结束、下一个字从哪里开始，所以没有哪一步被规定要输出哪个字。连接时序分类（CTC）让每一帧输出一个字或一个空白，合并重复、删去空白之后剩下的就是文字（Graves 等，2006）。',
  },
  summary:
    '{app}是{shape}：共 {steps} 步，其中 {nIn} 步有输入（第 {inSteps} 步），{nOut} 步有输出（第 {outSteps} 步）。',
  summaryUnaligned:
    '每个输出是一个字或空白符 {blank}；折叠之后只剩 {labels} 个字，比 {steps} 帧少。',
  collapse:
    '逐帧输出：{path}。合并相邻的重复：{merged}。删去空白：{labels}（{frames} 帧得到 {n} 个字）。',
  collapseWhy:
    '空白符让一帧可以什么都不输出，也让连续两个相同的字不被合并成一个。用 CTC 训练时，把所有能折叠成正确文字的路径的概率加起来，所以不需要有人标出哪一帧对应哪个字。',
  labelsCaption: '最上面一行：合并重复、删去空白符 {blank} 之后剩下的字。',
  encoder: '编码器：读入',
  decoder: '解码器：写出',
  diagram: '{app}的展开网络，{shape}',
  progressNone: '还没有计算任何一步：请按“播放”或“前进一步”。',
  progress: '时间步 t = {t}（最后一步是 {last}）：{reads}，{emits}。',
  reads: '读入“{x}”',
  readsNothing: '没有输入（只有上一步传来的状态）',
  emits: '输出“{y}”',
  emitsNothing: '没有输出',
  emitsBlank: '输出空白符 {blank}（没有字）',
  done: '全部 {steps} 步已计算完毕。',
  table: '每一步的输入和输出',
  stepColumn: '时间步',
  inputColumn: '输入',
  outputColumn: '输出',
  none: '—',
};
