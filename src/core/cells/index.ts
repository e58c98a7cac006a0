/** Recurrent cells (SRN and clockwork, Jordan, LSTM, GRU): one step forward and back, and their Jacobians. */
export * from './gru';
export * from './jacobians';
export * from './jordan';
export * from './kernels';
export * from './lstm';
export * from './srn';
export * from './types';
