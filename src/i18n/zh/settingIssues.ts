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
