/**
 * The fixed parts of the exported TensorFlow.js program. They read the globals the program
 * defines first (spec, blocks, H, DIRECTIONS, CELL, ACTIVATION, BATCH, TRAIN, TRAIN_STEPS).
 */

/** One step of each cell on row vectors: x (1 × in), state → the new state and the output. */
export const TFJS_CELLS = `
const squash = { tanh: tf.tanh, relu: tf.relu, sigmoid: tf.sigmoid, linear: (a) => a }[ACTIVATION];

function cellStep(p, x, state) {
  if (CELL === 'srn') {
    const s = squash(tf.add(tf.add(tf.matMul(x, p.U), tf.matMul(state.s, p.W)), p.b));
    return { state: { s }, out: s };
  }
  if (CELL === 'gru') {
    // Cho et al. (2014): the reset gate acts before the recurrent product. Gate columns z, r, c.
    const [xz, xr, xc] = tf.split(tf.add(tf.matMul(x, p.Wx), p.b), 3, 1);
    const [wz, wr, wc] = tf.split(p.Wh, 3, 1);
    const z = tf.sigmoid(tf.add(xz, tf.matMul(state.s, wz)));
    const r = tf.sigmoid(tf.add(xr, tf.matMul(state.s, wr)));
    const c = tf.tanh(tf.add(xc, tf.matMul(tf.mul(r, state.s), wc)));
    const s = tf.add(tf.mul(tf.sub(1, z), c), tf.mul(z, state.s));
    return { state: { s }, out: s };
  }
  // LSTM with a forget gate; gate columns i, f, g, o; peepholes when the file has them.
  const a = tf.add(tf.add(tf.matMul(x, p.Wx), tf.matMul(state.h, p.Wh)), p.b);
  let [ai, af, ag, ao] = tf.split(a, 4, 1);
  if (p.p_i) {
    ai = tf.add(ai, tf.mul(p.p_i, state.c));
    af = tf.add(af, tf.mul(p.p_f, state.c));
  }
  const c = tf.add(tf.mul(tf.sigmoid(af), state.c), tf.mul(tf.sigmoid(ai), tf.tanh(ag)));
  if (p.p_o) ao = tf.add(ao, tf.mul(p.p_o, c));
  const h = tf.mul(tf.sigmoid(ao), tf.tanh(c));
  return { state: { h, c }, out: h };
}

function zeroState() {
  const zero = tf.zeros([1, H]);
  return CELL === 'lstm' ? { h: zero, c: zero } : { s: zero };
}

/** The blocks of one layer and direction, by our names (U, W, b, Wx, Wh, p_i …). */
function cellParams(layer, direction) {
  const prefix = \`l\${layer}.\${direction}.\`;
  const p = {};
  for (const [name, v] of Object.entries(blocks))
    if (name.startsWith(prefix)) p[name.slice(prefix.length)] = v;
  return p;
}

/** Logits (one 1 × O tensor per step) of a sequence of 1 × I inputs, from zero states. */
function logitsOf(xs) {
  for (let layer = 0; layer < spec.layers; layer++) {
    const outs = DIRECTIONS.map((direction) => {
      const p = cellParams(layer, direction);
      const order = direction === 'fwd' ? xs : [...xs].reverse();
      let state = zeroState();
      const out = order.map((x) => {
        const step = cellStep(p, x, state);
        state = step.state;
        return step.out;
      });
      return direction === 'fwd' ? out : out.reverse();
    });
    xs = xs.map((_, t) => (outs.length > 1 ? tf.concat([outs[0][t], outs[1][t]], 1) : outs[0][t]));
  }
  return xs.map((h) => tf.add(tf.matMul(h, blocks['head.V']), blocks['head.c']));
}
`;

/** Data, loss, the printed numbers and the training loop. */
export const TFJS_RUN = `
const I = spec.inputSize;
const inputsOf = (xs) =>
  xs.map((x) => (BATCH.oneHot ? tf.cast(tf.oneHot([x], I), 'float32') : tf.tensor2d([x], [1, I])));
const COUNT = BATCH.targets.flat().filter((d) => d !== null).length;

/** Mean loss per step with a target (nats for a softmax head), as a scalar tensor. */
function meanLoss() {
  let total = tf.scalar(0);
  BATCH.inputs.forEach((xs, n) => {
    const logits = logitsOf(inputsOf(xs));
    BATCH.targets[n].forEach((d, t) => {
      if (d === null) return;
      const z = logits[t];
      let loss;
      if (spec.output === 'softmax') loss = tf.sub(tf.logSumExp(z), tf.reshape(tf.slice(z, [0, d], [1, 1]), []));
      else if (spec.output === 'linear') loss = tf.mul(tf.sum(tf.square(tf.sub(z, tf.tensor2d([d])))), 0.5);
      else loss = tf.sum(tf.sub(tf.softplus(z), tf.mul(z, tf.tensor2d([d]))));
      total = tf.add(total, loss);
    });
  });
  return tf.div(total, COUNT);
}

const lossNow = () => tf.tidy(meanLoss).dataSync()[0];
console.log(\`loss \${lossNow()}\`);

// Training goes on, on this batch, with the figure's optimiser and clipping. (tfjs's RMSProp
// adds its epsilon inside the square root, the app outside: a small difference.)
const o = TRAIN.optimiser;
const optimiser = {
  sgd: () => tf.train.sgd(o.lr),
  momentum: () => tf.train.momentum(o.lr, o.momentum),
  nesterov: () => tf.train.momentum(o.lr, o.momentum, true),
  rmsprop: () => tf.train.rmsprop(o.lr, o.decay ?? 0.9, 0, o.eps ?? 1e-8),
  // The app's sum of squares starts at 0 and adds ε under the root; starting it at ε is the same.
  adagrad: () => tf.train.adagrad(o.lr, o.eps ?? 1e-8),
  adam: () => tf.train.adam(o.lr, o.beta1 ?? 0.9, o.beta2 ?? 0.999, o.eps ?? 1e-8),
}[o.kind]();
for (let step = 0; step < TRAIN_STEPS; step++) {
  tf.tidy(() => {
    const { grads } = tf.variableGrads(meanLoss);
    const names = Object.keys(grads);
    if (TRAIN.clipNorm !== undefined) {
      const norm = Math.sqrt(names.reduce((s, n) => s + tf.sum(tf.square(grads[n])).dataSync()[0], 0));
      if (norm > TRAIN.clipNorm)
        for (const n of names) grads[n] = tf.mul(grads[n], TRAIN.clipNorm / norm);
    }
    if (TRAIN.clipValue !== undefined)
      for (const n of names) grads[n] = tf.clipByValue(grads[n], -TRAIN.clipValue, TRAIN.clipValue);
    optimiser.applyGradients(grads);
  });
}
console.log(\`loss after \${TRAIN_STEPS} steps \${lossNow()}\`);
`;
