/** Experiments that figures run: the algorithm race, the latch search, the echo state experiment, the gradient-flow measurements, the LSTM variant ablation, long lags and counting. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './counter';
export * from './echoState';
export * from './gradientFlow';
export * from './latchExperiment';
export * from './latchSearch';
export * from './longLag';
export * from './raceRounds';
export * from './snapshot';
export * from './variantAblation';
export * from './gateTraces';
