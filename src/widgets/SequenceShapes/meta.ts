import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { APPLICATIONS } from './examples';
import { sequenceShapesInfo } from './info';

export const sequenceShapesMeta = defineWidget({
  ...sequenceShapesInfo,
  props: z.object({
    app: z
      .enum(APPLICATIONS)
      .default('translation')
      .describe(
        'The task shown: languageModel, translation, sentiment, captioning or speech (unaligned, CTC).',
      ),
  }),
  presets: {
    languageModel: {
      label: { en: 'Language model: many-to-many', zh: '语言模型：多对多' },
      values: { app: 'languageModel' },
    },
    translation: {
      label: { en: 'Translation: encoder–decoder (default)', zh: '翻译：编码器–解码器（默认）' },
      values: { app: 'translation' },
    },
    sentiment: {
      label: { en: 'Sentiment: many-to-one', zh: '情感分析：多对一' },
      values: { app: 'sentiment' },
    },
    captioning: {
      label: { en: 'Captioning: one-to-many', zh: '看图说话：一对多' },
      values: { app: 'captioning' },
    },
    speech: {
      label: { en: 'Speech: unaligned, CTC', zh: '语音识别：不逐步对应，CTC' },
      values: { app: 'speech' },
    },
  },
});
