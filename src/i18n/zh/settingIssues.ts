/**
 * 各图示 meta.ts 中自定义校验的中文说明：链接或嵌入地址里的设置不合规定、彼此矛盾时，
 * 图示上方的“已忽略……”提示显示它们。键由 meta.ts 通过 settingProblem() 指定，{…} 为占位符。
 */
export const zhSettingIssues = {
  lagBeyondSequence: '间隔 lag 必须小于序列长度 length',
  posBeyondBackward: 'pos 不能超过反向传播的终点（2 × (字母数 − 1)）',
  stepBeyondWord: '时间步 t 必须小于单词的长度',
  stepBeyondRun: '时间步 t 必须落在运行范围之内（最慢的时钟走两圈）',
  unitBeyondCells: 'unit 必须是单元中的一个（不大于 hidden）',
  periodsOrder: '周期按从快到慢排列：每个都不小于前一个',
  periodsForm: '应为一到 {max} 个整数，用逗号分隔',
  periodsRange: '每个周期取 1 到 {max}',
  handForm: '“{token}”不符合 lstm.f2@3:0.25 的写法',
  handRange: '{gate} 的取值范围是 [{lo}, {hi}]',
  handCount: '最多 {max} 个条目',
  sentenceWords: '句子需要 1 到 {max} 个词',
} as const;

/**
 * 链接里某个值本身不合规定时的说明（代替 zod 自带的中文信息，如“数值过大：期望 number <=32”）。
 * 未列出的情形仍用 zod 的中文信息。
 */
export const zhValueIssues = {
  atMost: '不能大于 {limit}',
  below: '必须小于 {limit}',
  atLeast: '不能小于 {limit}',
  above: '必须大于 {limit}',
  textAtMost: '最多 {limit} 个字符',
  textAtLeast: '至少 {limit} 个字符',
  listAtMost: '最多 {limit} 项',
  listAtLeast: '至少 {limit} 项',
  listExactly: '应为 {limit} 项',
  number: '应为数字',
  integer: '应为整数',
  boolean: '应为 true 或 false',
  oneOf: '应为以下之一：{list}',
  pattern: '格式不符（应匹配 {pattern}）',
} as const;
