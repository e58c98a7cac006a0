/** Recurrent cells (SRN and clockwork, Jordan, LSTM and its variants, GRU): one step forward and back, and their Jacobians. */
export * from './gru';
export * from './jacobians';
export * from './jordan';
export * from './kernels';
export * from './lstm';
export * from './lstmVariants';
export * from './srn';
export * from './types';
