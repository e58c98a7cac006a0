/** The Embed dialog, its snippet builder and the teachers' page. */
export const embedKit = {
  dialogTitle: 'Embed “{title}”',
  close: 'Close',
  formats: 'Snippet',
  iframe: 'Iframe',
  iframeHint:
    'Works almost everywhere: Canvas, Notion, Obsidian, WordPress (trusted users), Moodle (in a Page resource).',
  element: 'Script + element',
  elementHint: 'For pages that allow scripts: the frame then grows and shrinks with the figure.',
  link: 'Link',
  linkHint: 'A plain address: for a Moodle “URL” resource, a slide link or an e-mail.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyRefused:
    'The browser did not allow copying: the text is selected, press Ctrl+C (⌘C on a Mac).',
  preview: 'Live preview',
  previewTitle: 'Preview: {title}',
  size: 'Size',
  width: 'Width',
  fullWidth: 'Full width of the page',
  fixedWidth: '720 px',
  height: 'Height (px)',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'The reader’s system setting',
  themeLight: 'Light',
  themeDark: 'Dark',
  controls: 'Controls',
  controlsNote: 'Hidden controls are not shown; locked ones are shown but cannot be changed.',
  setting: 'Setting',
  hide: 'Hide',
  lock: 'Lock',
  hideLabel: 'Hide {name}',
  lockLabel: 'Lock {name}',
  loadingSettings: 'Loading the figure’s settings…',
  platforms: 'Where to paste it',
  canvas:
    'Canvas: switch the page editor to its HTML editor and paste the iframe; Canvas keeps its src, width, height and title. On wiki pages, the syllabus and assignments Canvas answers the figure’s lti.frameResize message, so the frame grows and shrinks with the figure; elsewhere, and in the Canvas mobile apps, it keeps the height you set.',
  moodle:
    'Moodle: add a “Page” resource and paste the iframe in its editor’s HTML source view — Moodle does not clean a Page’s content (nor activity descriptions or HTML blocks). Elsewhere (forum posts…) its HTML cleaning removes every iframe unless the site has “Enable trusted content” on and your role holds moodle/site:trustcontent. If an administrator turned on “Content cleaning everywhere”, add the link as a “URL” resource instead.',
  wordpress:
    'WordPress: paste the figure’s link (or a chapter page’s address, for its first figure) on a line of its own — WordPress reads the oEmbed discovery link and embeds the figure in a sandboxed frame that follows its height. That frame loads the figure only if the site serving Unrolled sends “Access-Control-Allow-Origin: *”; otherwise editors and administrators paste the iframe into a “Custom HTML” block.',
  notion:
    'Notion and Obsidian: in Notion type /embed and paste the link; in an Obsidian note paste the iframe. Both render it live.',
  slides:
    'Slides (reveal.js): use the link as a slide background, <section data-background-iframe="…" data-background-interactive>; the settings live in the address, so a slide that unloads its frame loses nothing.',
  notebooks:
    'Notebooks (Jupyter, marimo, VS Code): load unrolled-anywidget.js with anywidget — see the README’s “Notebooks” section — and set widget, lang and params from Python.',
  // The teachers' page
  teachTitle: 'For teachers',
  teachIntro:
    'Every figure of the five parts can sit in your own course page, in English or Chinese, with the controls you choose hidden or locked. Pick one below, build its snippet and paste it into Canvas, Moodle, WordPress, Notion or your slides.',
  teachHome: 'Teaching a course? Put any figure in your course page →',
  teachNav: 'For teachers',
  gallery: 'Every figure, chapter by chapter',
  figureIn: 'Figure {number}',
  presets: 'Presets:',
  build: 'Build an embed',
  buildPreset: 'Build with “{preset}”',
  /** A figure in the picker: its title and its name (as `widget=` takes it). */
  figureOption: '{title} ({name})',
  figure: 'Figure',
  preset: 'Preset',
  presetNone: 'None (the chapter’s settings)',
  settings: 'Settings, as in a link (word=rnn&seed=3)',
  settingsIssues: 'Not understood: {list}',
  /** One refused setting; `settingsIssueSeparator` between two. */
  settingsIssue: '{key}={raw} ({reason})',
  settingsIssueSeparator: '; ',
} as const;
