/** Experiments that figures run: the algorithm race and the latch search. */
export * from './algorithmRace';
export * from './bitSrnSpec';
export * from './latchSearch';
