import type { WidgetInfo } from '../../state/widgetInfo';

export const embeddingsInfo = {
  name: 'Embeddings',
  title: { en: 'One-hot vectors and learned embeddings', zh: '独热向量与学到的嵌入' },
  description: {
    en: 'Your words as one-hot vectors (all equally unlike) beside the embeddings a small RNN learns from a toy grammar (similar words end up close), with their similarity matrices.',
    zh: '把你选的词表示成独热向量（两两一样不相似），再和一个小 RNN 从玩具语法中学到的嵌入（相似的词彼此靠近）并排比较，附相似度矩阵。',
  },
} as const satisfies WidgetInfo;
