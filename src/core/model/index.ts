/** The model: spec, parameters and their initialisation, forward and backward runs, and the save format. */
export * from './init';
export * from './model';
export * from './run';
export * from './saveFormat';
export * from './savedTraining';
export * from './spec';
