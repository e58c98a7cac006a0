/** Names of optimisers, activations and LSTM variants, shared by every figure that offers them. */
export const terms = {
  optimiser: {
    sgd: 'SGD',
    momentum: 'Momentum',
    nesterov: 'Nesterov momentum',
    adagrad: 'Adagrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  },
  activation: { tanh: 'tanh', sigmoid: 'sigmoid', relu: 'ReLU', linear: 'linear' },
  /** Greff et al. (2017)'s names (upper case, as the paper writes them). */
  lstmVariant: {
    standard: 'standard',
    nig: 'NIG (no input gate)',
    nfg: 'NFG (no forget gate)',
    nog: 'NOG (no output gate)',
    niaf: 'NIAF (no input activation)',
    noaf: 'NOAF (no output activation)',
    cifg: 'CIFG (coupled input and forget gates)',
    fgr: 'FGR (full gate recurrence)',
  },
} as const;
