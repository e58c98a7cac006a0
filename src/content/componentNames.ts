/** Components the chapters may use besides widgets (see components.tsx). */
export const contentComponentNames = ['Cite', 'Planned', 'Figure'] as const;
