/** What a figure measures on a model: gradient size by step, gate activity, Jacobians (whole and per module), input–output connectivity, and the cost of each training algorithm. */
export * from './connectivity';
export * from './cost';
export * from './gates';
export * from './gradientByStep';
export * from './jacobians';
export * from './moduleJacobians';
export * from './stateGradients';
