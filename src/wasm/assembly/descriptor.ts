// A cell descriptor: the whole-number facts about one placed cell that its time steps read, as
// consecutive i32 words in linear memory at the cell's descriptor address. The TypeScript side
// (src/wasm/descriptors.ts) writes them from the memory plan; the module reads them (step.ts).
// This file is plain constants so both sides import the same word numbers.

/** Word numbers, each an i32: addresses are bytes, sizes count floats. */
export const KIND = 0;
export const PARAMS = 1;
export const GRAD = 2;
export const INPUT_SIZE = 3;
export const HIDDEN_SIZE = 4;
/** Step 0's record; each step's record starts with the state it leaves. */
export const RECORDS = 5;
export const RECORD_SIZE = 6;
export const STATE_SIZE = 7;
/** 1 for the backward direction of a bidirectional layer, which runs from t = T − 1 down. */
export const REVERSED = 8;
/** The inputs [steps × INPUT_SIZE]; for the first layer, INPUT_INDEX holds each step's one-hot index or −1. */
export const INPUTS = 9;
export const INPUT_INDEX = 10;
/** This direction's part of the layer outputs [steps × OUT_STRIDE], and of their gradients. */
export const OUTS = 11;
export const OUT_STRIDE = 12;
export const D_OUTS = 13;
/** Gradients of the inputs (the layer below's D_OUTS), or 0 for the first layer. */
export const D_INPUTS = 14;
export const ZERO_STATE = 15;
export const D_STATE = 16;
export const D_PREV = 17;
export const SCRATCH = 18;
/** The kind's own words start here. */
export const OPTIONS = 19;

/** Cell kinds. */
export const RNN = 0;
export const GRU = 1;
export const LSTM = 2;
export const JORDAN = 3;

/** RNN (SRN and clockwork) options: activation, module count M, M + 1 module starts, M periods. */
export const RNN_ACTIVATION = 0;
export const RNN_MODULES = 1;
export const RNN_STARTS = 2;

/**
 * LSTM options: the gate rows in Wx/Wh/b (floats), each gate's first row there (−1 when the
 * variant has no such gate), each peephole vector's offset in the cell's parameters (−1 when
 * absent), Wgg's offset (−1 unless full gate recurrence) and the flags below. lstm.ts reads
 * them as a struct (LstmOptions), whose fields keep this order.
 */
export const LSTM_ROWS = 0;
export const LSTM_ROW_I = 1;
export const LSTM_ROW_F = 2;
export const LSTM_ROW_G = 3;
export const LSTM_ROW_O = 4;
export const LSTM_PEEP_I = 5;
export const LSTM_PEEP_F = 6;
export const LSTM_PEEP_O = 7;
export const LSTM_WGG = 8;
export const LSTM_FLAGS = 9;
export const FLAG_LINEAR_INPUT = 1;
export const FLAG_LINEAR_OUTPUT = 2;
export const FLAG_COUPLED = 4;
export const FLAG_TRUNCATED = 8;

/** Jordan options: the hidden activation, the output squashing and the output size O. */
export const JORDAN_ACTIVATION = 0;
export const JORDAN_OUTPUT = 1;
export const JORDAN_OUTPUTS = 2;

/** Activation codes (src/core/activations.ts) and output codes (the heads). */
export const TANH = 0;
export const RELU = 1;
export const SIGMOID = 2;
export const LINEAR = 3;
export const OUTPUT_SOFTMAX = 0;
export const OUTPUT_LINEAR = 1;
export const OUTPUT_SIGMOID = 2;
