/** 共享图形部件（src/ui/figure）与图编号的文字。 */
export const figure = {
  number: '图 {n}',
  numbered: '图 {n} — {caption}',
  steps: '时间步',
  first: '回到 t = 0',
  back: '后退一步',
  forward: '前进一步',
  last: '最后一步',
  position: '第 t = {t} 步（最后一步 t = {last}）',
  seed: '换一组随机权重（种子 {seed}）',
  play: '播放',
  pause: '暂停',
  running: '运行中',
  paused: '已暂停',
  moreSettings: '更多设置',
  numbers: '具体数值',
  legend: '图例',
} as const;
