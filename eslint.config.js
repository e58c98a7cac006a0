// Lint rules, including the one-way layering of DESIGN.md section 1:
//   core <- tf <- sim <- state <- ui/widgets <- content/site/embed; charts depends only on d3;
//   i18n depends on nothing.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({ group: [group], message })),
      },
    ],
  },
});

const frameworks = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'd3-*',
  'd3',
  '@tensorflow/*',
  'katex',
];

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
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  layer(
    ['src/core/**'],
    [
      ...frameworks,
      '**/tf/**',
      '**/sim/**',
      '**/state/**',
      '**/ui/**',
      '**/widgets/**',
      '**/charts/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
      '**/i18n/**',
    ],
    'src/core is framework-free math: no React, DOM libraries, tfjs, d3 or zustand, and no upper layer.',
  ),
  layer(
    ['src/tf/**'],
    [
      'react',
      'react-dom',
      'zustand',
      'd3-*',
      '**/sim/**',
      '**/state/**',
      '**/ui/**',
      '**/widgets/**',
      '**/charts/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
    ],
    'src/tf may use core and @tensorflow only.',
  ),
  layer(
    ['src/sim/**'],
    [
      'react',
      'react-dom',
      'd3-*',
      '**/state/**',
      '**/ui/**',
      '**/widgets/**',
      '**/charts/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
    ],
    'src/sim has no React: it may use core and tf.',
  ),
  layer(
    ['src/state/**'],
    [
      'react',
      'react-dom',
      'd3-*',
      '@tensorflow/*',
      '**/ui/**',
      '**/widgets/**',
      '**/charts/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
    ],
    'src/state holds stores and (de)serialisation: no React, no drawing, no upper layer.',
  ),
  layer(
    ['src/charts/**'],
    [
      'react',
      'react-dom',
      'zustand',
      '@tensorflow/*',
      '**/core/**',
      '**/tf/**',
      '**/sim/**',
      '**/state/**',
      '**/ui/**',
      '**/widgets/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
      '**/i18n/**',
    ],
    'src/charts is pure d3 drawing: create(el, opts) -> { update, destroy }.',
  ),
  layer(
    ['src/i18n/**'],
    [
      ...frameworks,
      '**/core/**',
      '**/tf/**',
      '**/sim/**',
      '**/state/**',
      '**/ui/**',
      '**/widgets/**',
      '**/charts/**',
      '**/content/**',
      '**/site/**',
      '**/embed/**',
    ],
    'src/i18n is plain data.',
  ),
  layer(
    ['src/ui/**'],
    ['@tensorflow/*', '**/widgets/**', '**/content/**', '**/site/**', '**/embed/**'],
    'src/ui holds small shared React pieces; widgets, content and the site build on it, not the reverse.',
  ),
  layer(
    ['src/widgets/**'],
    ['**/content/**', '**/site/**', '**/embed/**'],
    'Widgets do not know about chapters, the site or the embed page.',
  ),
  layer(
    ['src/content/**'],
    ['**/site/**', '**/embed/**'],
    'src/content is the MDX glue; the site builds on it.',
  ),
  layer(
    ['src/embed/**'],
    ['**/site/App', '**/site/Layout', '**/content/**'],
    'The embed page renders one widget, not the site.',
  ),
);
