/** What a figure measures on a model: gradient size by step, gate activity, Jacobians, and the cost of each training algorithm. */
export * from './cost';
export * from './gates';
export * from './gradientByStep';
export * from './jacobians';
