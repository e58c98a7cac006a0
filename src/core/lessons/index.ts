/** The chapters' own worked examples, written as the text writes them: the textbook network of chapter 1, BPTT step by step, the single-unit cliff, chapter 3's LSTM and GRU gate by gate, and chapter 4's clockwork schedule and the Phased LSTM time gate. */
export * from './bpttSteps';
export * from './cliffSurface';
export * from './gateLesson';
export * from './gatePaths';
export * from './gruGates';
export * from './heldGates';
export * from './lstmGates';
export * from './textbookNetwork';
export * from './clockSchedule';
export * from './phasedGate';
