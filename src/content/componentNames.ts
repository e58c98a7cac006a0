/** Components the chapters may use besides widgets (see components.tsx). */
export const contentComponentNames = [
  'Cite',
  'FigRef',
  'Planned',
  'Figure',
  'CodeExcerpt',
] as const;
