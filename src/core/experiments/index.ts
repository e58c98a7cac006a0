/** Experiments that figures run: the algorithm race, the latch search, the echo state experiment, the gradient-flow measurements and the LSTM variant ablation. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './echoState';
export * from './gradientFlow';
export * from './latchExperiment';
export * from './latchSearch';
export * from './raceRounds';
export * from './snapshot';
export * from './variantAblation';
