/** The chapters' own worked examples, written as the text writes them: the textbook network of chapter 1, BPTT step by step, the single-unit cliff, and chapter 3's LSTM and GRU gate by gate. */
export * from './bpttSteps';
export * from './cliffSurface';
export * from './gateLesson';
export * from './gatePaths';
export * from './gruGates';
export * from './heldGates';
export * from './lstmGates';
export * from './textbookNetwork';
