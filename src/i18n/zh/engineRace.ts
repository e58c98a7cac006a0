import type { Strings } from '../en';

/** EngineRace 组件的文字。 */
export const engineRace: Strings['engineRace'] = {
  run: '让引擎比赛',
  again: '再比一次',
  idle: '按“比赛”：min-char-rnn 的模型（H = {hidden}，批大小 {batch}，窗口长 25，Adagrad）依次在每个引擎上训练，在后台线程里运行：先预热 {warmup} 步，再各计时训练约 {seconds} 秒。',
  phases: {
    progress: '正在测量 {engine}……已完成 {done} / {total} 个引擎。',
    done: '{total} 个引擎全部测完。',
    stopped: '已停止：测完了 {done} / {total} 个引擎。',
    paused: '已暂停：测完了 {done} / {total} 个引擎。',
    preempted: '已暂停：测完了 {done} / {total} 个引擎（另一个图示开始运行了）。',
    offscreen: '已测完 {done} / {total} 个引擎；图示不在屏幕上，暂停等待。',
    hiddenTab: '已测完 {done} / {total} 个引擎；标签页被隐藏，暂停等待。',
  },
  failed: '比赛中止：{message}',
  hidden: '隐藏单元数 H',
  batch: '批大小',
  budgetMs: '每个引擎的计时训练（毫秒）',
  warmup: '预热步数',
  chartLabel:
    '本浏览器中每个引擎每秒的训练步数（条形图），“自动”选中的引擎有标记。具体数字见下表。',
  winnerMark: '← 自动',
  unavailable: '不可用',
  engine: '引擎',
  stepsPerSecond: '每秒步数',
  charsPerSecond: '每秒字符数',
  status: '状态',
  measured: '已测量',
  waiting: '等待中',
  measuring: '测量中……',
  unavailableBecause: '不可用：{reason}',
  tableCaption: '本浏览器中的训练速度（模型：H = {hidden}，批大小 {batch}，T = 25，V = {V}）',
  autoPick: '“自动”选择 {engine}。会话给出的理由：',
  autoWaiting: '所有引擎测完后，这里显示“自动”会选哪个引擎。',
  ratio: '{winner} 每秒的步数是第二名 {second} 的 {ratio} 倍。',
  note: '这些是你的浏览器测出的数字：与“自动”做的测量相同（最快的候选者胜出），只是每个引擎测得更久。小模型有利于类型化数组，它的每一步不必为每个运算付出调度开销；更大的 H 和批大小让每个运算有足够的工作量，WebAssembly 和 GPU 才能胜出。',
};
