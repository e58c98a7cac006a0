/** Chapter 5's hand-written code: the character-level SRN by hand and the gradient check. Shown in the chapter region by region. */
export * from './gradCheck';
export * from './minCharRnn';
