import type { Strings } from '../en';

/** “嵌入”对话框、嵌入代码生成器与教师页面。 */
export const embedKit: Strings['embedKit'] = {
  dialogTitle: '嵌入“{title}”',
  close: '关闭',
  formats: '嵌入代码',
  iframe: 'iframe',
  iframeHint:
    '几乎处处可用：Canvas、Notion、Obsidian、WordPress（受信任用户）、Moodle（放在“页面”资源中）。',
  element: '脚本 + 自定义元素',
  elementHint: '适用于允许脚本的页面：框架的高度会随图示自动伸缩。',
  link: '链接',
  linkHint: '一个普通网址：可用作 Moodle 的“网址”资源、幻灯片里的链接或邮件。',
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyRefused: '浏览器不允许复制：文本已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
  preview: '实时预览',
  previewTitle: '预览：{title}',
  size: '尺寸',
  width: '宽度',
  fullWidth: '占满页面宽度',
  fixedWidth: '720 像素',
  height: '高度（像素）',
  language: '语言',
  theme: '主题',
  themeSystem: '跟随读者的系统设置',
  themeLight: '浅色',
  themeDark: '深色',
  controls: '控件',
  controlsNote: '隐藏的控件不显示；锁定的控件仍然显示，但不能更改。',
  setting: '设置项',
  hide: '隐藏',
  lock: '锁定',
  hideLabel: '隐藏 {name}',
  lockLabel: '锁定 {name}',
  loadingSettings: '正在读取图示的设置项……',
  platforms: '粘贴到哪里',
  canvas:
    'Canvas：把页面编辑器切换到 HTML 编辑器，粘贴 iframe 代码；Canvas 会保留 src、width、height 和 title。在 Wiki 页面、课程大纲和作业页面上，Canvas 会响应图示发出的 lti.frameResize 消息，框架高度随图示伸缩；在其他页面以及 Canvas 移动应用中，框架保持你设定的高度。',
  moodle:
    'Moodle：添加一个“页面”（Page）资源，在其编辑器的 HTML 源码视图中粘贴 iframe 代码——Moodle 不清理页面资源的内容（活动描述和 HTML 区块也不清理）。在其他地方（如论坛帖子），Moodle 的 HTML 清理会删除所有 iframe，除非网站开启了“Enable trusted content”（启用受信任内容），且你的角色拥有 moodle/site:trustcontent 权限。如果管理员开启了“Content cleaning everywhere”（处处清理内容），请改为把链接添加为“网址”（URL）资源。',
  wordpress:
    'WordPress：把图示的链接（或某一章页面的网址，对应该章第一个图示）单独粘贴成一行——WordPress 会读取 oEmbed 发现链接，用沙箱框架嵌入图示，框架高度随图示变化。只有当提供 Unrolled 的网站发送“Access-Control-Allow-Origin: *”响应头时，这个沙箱框架才能加载图示；否则，编辑和管理员可以把 iframe 代码粘贴到“自定义 HTML”区块中。',
  notion:
    'Notion 与 Obsidian：在 Notion 中输入 /embed 并粘贴链接；在 Obsidian 笔记中直接粘贴 iframe 代码。两者都能实时显示。',
  slides:
    '幻灯片（reveal.js）：把链接用作幻灯片背景，<section data-background-iframe="…" data-background-interactive>；设置都保存在网址里，幻灯片卸载框架后也不会丢失。',
  notebooks:
    '笔记本（Jupyter、marimo、VS Code）：用 anywidget 加载 unrolled-anywidget.js（见 README 的“Notebooks”一节），在 Python 中设置 widget、lang 和 params。',
  teachTitle: '教师专页',
  teachIntro:
    '五个部分中的每个图示都可以放进你自己的课程页面，中英文皆可，并可隐藏或锁定你选定的控件。在下面挑选一个图示，生成嵌入代码，再粘贴到 Canvas、Moodle、WordPress、Notion 或幻灯片中。',
  teachHome: '在开课吗？把任意图示放进你的课程页面 →',
  teachNav: '教师专页',
  gallery: '全部图示，按章排列',
  figureIn: '图 {number}',
  presets: '预设：',
  build: '生成嵌入代码',
  buildPreset: '用“{preset}”生成',
  figureOption: '{title}（{name}）',
  figure: '图示',
  preset: '预设',
  presetNone: '无（沿用章节中的设置）',
  settings: '设置，写法同链接（word=rnn&seed=3）',
  settingsIssues: '无法识别：{list}',
  settingsIssue: '{key}={raw}（{reason}）',
  settingsIssueSeparator: '；',
};
