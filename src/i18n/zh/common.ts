import type { Strings } from '../en';

/** 站点本身及所有图示共用的文字。 */
export const site: Strings['site'] = {
  name: 'Unrolled · 展开',
  tagline: '循环神经网络：讲清楚，并且在浏览器里跑起来。',
  skipToContent: '跳到正文',
  home: '首页',
  parts: '五个部分',
  part: '第 {n} 部分',
  minutes: '{n} 分钟',
  minutesLong: '约 {n} 分钟',
  contents: '目录',
  previous: '上一章',
  next: '下一章',
  language: '语言',
  otherLanguage: 'English',
  otherLanguageLabel: '阅读本页的英文版',
  themeToDark: '深色主题',
  themeToLight: '浅色主题',
  themeLabel: '在浅色与深色主题之间切换',
  references: '参考文献',
  start: '开始阅读',
  intro:
    '2015 年，一个介绍循环神经网络的中文博客系列预告了五个部分，却只写完了第一篇。Unrolled 把它写完：每个概念都配有一个小网络，你可以在页面里直接运行、调整参数，看着它学习。',
  footer: 'Unrolled · 文字与图示由 Unrolled 作者撰写 · 全部在你的浏览器中运行',
  notFound: '没有这个页面。',
};

export const content: Strings['content'] = {
  plannedTitle: '交互图示准备中：{name}',
  plannedNote: '这个图示将在本章后续更新中加入。',
  unknownCitation: '未知文献',
};

export const widget: Strings['widget'] = {
  loading: '正在加载交互图示……',
  noscript: '这个交互图示需要启用 JavaScript。',
  errorTitle: '这个图示出错了。',
  errorDetail: '页面其余部分不受影响，你的设置也都保留着。',
  tryAgain: '重试',
  resetDefaults: '恢复默认设置',
  reset: '重置',
  share: '分享链接',
  embed: '嵌入',
  copied: '已复制到剪贴板。',
  copyYourself: '请选中文本自行复制。',
  shareLabel: '可恢复当前设置的链接',
  embedLabel: '以当前设置嵌入此图示的 HTML 代码',
  ignored: '已忽略“{key}={raw}”：{reason}。改用默认值。',
  ignoredWhole: '这些设置彼此矛盾（{reason}），改用默认设置。',
  unknownWidget: '没有名为“{name}”的交互图示。可用的有：{list}。',
  missingWidget: '请用 ?widget=… 指定一个图示。可用的有：{list}。',
  preset: '预设',
  presetCustom: '自定义',
};

export const engineBadge: Strings['engineBadge'] = {
  label: '训练引擎',
  failed: '训练引擎无法启动',
  starting: '正在启动引擎…',
  runningOn: '运行于 {engine}',
  inWorker: '（在后台线程中）',
  onPage: '（在页面主线程上）',
  rate: '每秒 {n} 个{unit}',
  unitChars: '字符',
  unitSymbols: '符号',
  fallback: '原因：{reason}',
  auto: '自动（选本机最快的）',
  core: '类型化数组',
  webgl: 'WebGL（GPU）',
  wasm: 'WASM',
  cpu: 'CPU（tfjs）',
  unavailable: '{engine}——不可用：{reason}',
  noWebgl: '此浏览器不支持 WebGL',
  noWasm: '此浏览器不支持 WebAssembly',
  lost: '本页的 WebGL 上下文已丢失',
  onlyCore: '此模型或算法只能在类型化数组引擎上训练',
};
