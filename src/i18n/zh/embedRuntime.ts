/** 嵌入页自己的文字：隐藏/锁定的提示、返回链接、离线说明。 */
export const embedRuntime = {
  unknownControl: '已忽略“{list}={name}”：这个图示没有叫这个名字的设置。它的设置有：{keys}。',
  keySeparator: '、',
  openInUnrolled: '在 Unrolled 中打开',
  openInUnrolledLabel: '在 Unrolled 的对应章节中打开这个图示（保留当前设置）',
  locked: '此项由嵌入本图示的页面固定',
  offline: '可离线使用：本站已保存在你的浏览器中，没有网络也能打开。',
} as const;
