/** The gradient check of chapter 5's figure: BPTT against finite differences in float64 and float32, block by block, and the step-size trade-off. */
export * from './blocks';
export * from './check';
export * from './float32Loss';
export * from './problem';
