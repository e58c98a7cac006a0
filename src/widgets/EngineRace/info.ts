import type { WidgetInfo } from '../../state/widgetInfo';

export const engineRaceInfo = {
  name: 'EngineRace',
  title: {
    en: 'The engines, racing in your browser',
    zh: '各个引擎在你的浏览器里比赛',
  },
  description: {
    en: 'The same character model trained on typed arrays, on every TensorFlow.js backend this browser offers and on every other engine the project has, one after another: steps and characters per second, and which engine “auto” picks and why.',
    zh: '同一个字符模型依次在类型化数组、本浏览器提供的每个 TensorFlow.js 后端以及本项目的其他引擎上训练：每秒步数和每秒字符数，以及“自动”选哪个引擎、为什么。',
  },
} as const satisfies WidgetInfo;
