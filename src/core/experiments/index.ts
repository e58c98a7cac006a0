/** Experiments that figures run: the algorithm race, the latch search, the echo state experiment, the gradient-flow measurements, the clockwork RNN's gradient per module, the LSTM variant ablation, long lags and counting, the forget gate on the continual Reber stream and peepholes on spike timing. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './clockGradient';
export * from './continualReber';
export * from './counter';
export * from './echoState';
export * from './forgetGate';
export * from './gradientFlow';
export * from './latchExperiment';
export * from './latchSearch';
export * from './peepholes';
export * from './longLag';
export * from './raceRounds';
export * from './runPairs';
export * from './snapshot';
export * from './variantAblation';
export * from './gateTraces';
