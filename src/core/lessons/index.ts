/** The chapters' own worked examples, written as the text writes them: the textbook network of chapter 1, BPTT step by step, and the single-unit cliff. */
export * from './bpttSteps';
export * from './cliffSurface';
export * from './textbookNetwork';
