/**
 * Echo state networks (Jaeger 2001; Lukoševičius 2012): configuration, random weights,
 * reservoir dynamics, ridge-regression readout, free-running generation, NRMSE and an
 * empirical echo-state-property check.
 */
export * from './config';
export * from './convergence';
export * from './create';
export * from './generate';
export * from './layout';
export * from './metrics';
export * from './readout';
export * from './reservoir';
export * from './sequences';
export * from './sineGenerator';
