/** Experiments that figures run: the algorithm race, the latch search and the echo state experiment. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './echoState';
export * from './latchExperiment';
export * from './latchSearch';
export * from './raceRounds';
export * from './snapshot';
