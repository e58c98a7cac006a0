// Lint rules, including the one-way layering of DESIGN.md section 1:
//   core <- tf <- sim <- state <- ui/widgets <- content/site/embed; charts depends only on d3;
//   i18n depends on nothing. Each folder lists what it may import; everything else is refused.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const frameworks = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'd3',
  'd3-*',
  '@tensorflow/*',
  'katex',
];
const react = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'katex', 'd3', 'd3-*'];
const folders = [
  'core',
  'tf',
  'wasm',
  'sim',
  'state',
  'ui',
  'widgets',
  'charts',
  'content',
  'site',
  'embed',
  'i18n',
  'bench',
  'repro',
  'harness',
];

/** Outside src/core, each area of core is entered through its index.ts, never a file behind it. */
const frontDoor = {
  group: ['**/core/*/*'],
  message:
    'Import src/core through its front doors: core/<area> (its index.ts) or a single-file core/<name>, not core/<area>/<file>.',
};

/** `src/<folder>` may import only the listed folders and packages (and core by its front doors). */
const boundary = (folder, allowed, message) => ({
  files: [`src/${folder}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(folder === 'core' ? [] : [frontDoor]),
          ...folders
            .filter((f) => f !== folder && !(allowed.folders ?? []).includes(f))
            .map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message })),
          ...frameworks
            .filter((p) => !(allowed.packages ?? []).includes(p))
            .map((p) => ({ group: [p], message })),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded Rng from src/core/rng.ts.' },
      ],
    },
  },
  // AssemblyScript has no `import type`: its source imports classes used as types plainly.
  {
    files: ['src/wasm/assembly/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // The host script runs in other sites' pages: a plain browser script.
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['scripts/**', 'e2e/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frontDoor] }] },
  },
  boundary(
    'core',
    {},
    'src/core is framework-free math: no React, DOM libraries, tfjs, d3 or zustand, and no upper layer.',
  ),
  boundary(
    'tf',
    { folders: ['core'], packages: ['@tensorflow/*'] },
    'src/tf may use core and @tensorflow only.',
  ),
  boundary(
    'wasm',
    { folders: ['core'] },
    'src/wasm is the WebAssembly engine: core only (its AssemblyScript source has no imports outside src/wasm/assembly).',
  ),
  boundary(
    'sim',
    { folders: ['core', 'tf', 'wasm'] },
    'src/sim runs training sessions: core, tf and wasm, no React.',
  ),
  boundary(
    'state',
    { folders: ['core', 'sim', 'i18n'], packages: ['zustand', 'zustand/*'] },
    'src/state holds stores and (de)serialisation: no React, no drawing.',
  ),
  boundary(
    'charts',
    { packages: ['d3', 'd3-*'] },
    'src/charts is pure d3 drawing: create(el, opts) -> { update, destroy }.',
  ),
  boundary('i18n', {}, 'src/i18n is plain data.'),
  boundary(
    'ui',
    { folders: ['core', 'sim', 'state', 'charts', 'i18n'], packages: react },
    'src/ui holds small shared React pieces that widgets, content and the site build on.',
  ),
  boundary(
    'widgets',
    { folders: ['core', 'sim', 'state', 'ui', 'charts', 'i18n'], packages: react },
    'Widgets do not know about chapters, the site or the embed page.',
  ),
  boundary(
    'content',
    { folders: ['core', 'state', 'ui', 'widgets', 'i18n'], packages: react },
    'src/content is the MDX glue; the site builds on it.',
  ),
  boundary(
    'site',
    { folders: ['core', 'state', 'ui', 'widgets', 'content', 'i18n'], packages: react },
    'The site shell: everything but the embed page.',
  ),
  boundary(
    'bench',
    { folders: ['core', 'tf', 'wasm', 'sim'], packages: ['@tensorflow/*'] },
    'The benchmark measures the engines; it uses no UI. Its tfjs-layers baselines import @tensorflow directly (the one exception to src/tf owning tfjs: the site never loads them).',
  ),
  boundary(
    'repro',
    { folders: ['core'] },
    'src/repro holds the experiments only `npm run repro` runs: core only, never loaded by the site.',
  ),
  boundary(
    'harness',
    { folders: ['core', 'sim', 'ui', 'widgets', 'i18n'], packages: react },
    'The test harness pages drive sessions and widgets; the site never links them.',
  ),
  boundary(
    'embed',
    { folders: ['state', 'ui', 'widgets', 'i18n'], packages: react },
    'The embed page renders one widget, not the site.',
  ),
);
