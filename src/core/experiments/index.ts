/** Experiments that figures run: the algorithm race, the latch search, the echo state experiment and the gradient-flow measurements. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './echoState';
export * from './gradientFlow';
export * from './latchExperiment';
export * from './latchSearch';
export * from './raceRounds';
export * from './snapshot';
export * from './gateTraces';
