/** Strings of the CharRNN figure's connectivity panel. */
export const charRnnConnectivity = {
  section: 'Connectivity: which characters a prediction leans on',
  intro:
    'Pick a character: each earlier character is coloured by how strongly the prediction made after the picked one depends on it — C(t, k) = ‖∂q_t/∂x_k‖_F, the size (Frobenius norm) of the Jacobian of the output logits q_t with respect to the one-hot input x_k, the “connectivity” of Madsen (2019, Distill, “Visualizing memorization in RNNs”). Log colour scale, darker is stronger. It fades with distance: the vanishing gradient, seen on real text. Train the SRN, the GRU and the LSTM on the same text and compare how far back each one reaches.',
  stripLabel:
    'Connectivity over the text: left and right arrow keys choose the character after which the prediction is made; Home and End jump to the first and last.',
  text: 'Text read: {text}',
  readout:
    'Prediction after “{symbol}” (position {t}): half of the influence comes from the last {half} character(s), 90% from the last {most}.',
  readoutNear: 'C(t, t) = {now}; five characters back {five}; ten characters back {ten}.',
  tooShort: 'not that far back',
  nearestCaption: 'C(t, k) for the characters nearest to t',
  columnBack: 'characters back',
  columnSymbol: 'character',
  columnValue: 'C(t, k)',
  columnShare: 'share of C(t, t)',
  computing: 'Computing the Jacobians ({done} of {total} backward sweeps)…',
  held: 'Waiting until the figure is on screen.',
  whileTraining: 'The connectivity follows the weights when training pauses.',
  failed: 'The connectivity could not be computed ({reason}).',
} as const;
