/**
 * The English words in a text meant for a Chinese reader: Latin words of three or more letters,
 * less what stays in Latin letters on a Chinese page — acronyms (RNN, WASM, BPTT), names of
 * people, software and formats, and identifiers (camelCase, snake_case). What the language
 * guards of the tests use (engineReasonText.test.ts, zhText.dom.test.tsx).
 */
const NAMES = new Set(
  (
    'WebGL WebAssembly tfjs TensorFlow PyTorch NumPy Python TypeScript JavaScript Jupyter Moodle Canvas ' +
    'Elman Jordan Reber Hochreiter Schmidhuber Gers Cummins Graves Koutník Koutnik Greff Jaeger Elman ' +
    'Williams Zipser Werbos Pascanu Bengio Mikolov Karpathy Neil Pfeiffer Liu Cho Adam Adagrad RMSprop ' +
    'Xavier Glorot Kaiming Unrolled KaTeX Phased tanh softmax sigmoid logistic ReLU relu NaN Infinity ' +
    'float32 float64 wasm iframe json Chromium Firefox Safari Chrome GitHub RMSProp Nesterov Koutník ' +
    'Weiss Goldberg Yahav Mackey Glass Clockwork Shift Enter Tab Esc nats nat mod max min cos sin exp log'
  ).split(' '),
);

export function englishWords(text: string): string[] {
  const words =
    text
      // Paths, identifiers and file names (src/core, l0.fwd.U, program.ts, min-char-rnn), commands
      // (npx …), example words in quotes.
      .replace(/[\w.-]*\/[\w./-]+/g, ' ')
      .replace(/[\w-]+(\.[\w-]+)+/g, ' ')
      .replace(/\bnpx [\w .-]+/g, ' ')
      .replace(/\w+(-\w+)+/g, ' ')
      .replace(/“[^”]{1,30}”/g, ' ')
      .match(/[A-Za-zÀ-ÖØ-öø-ž][A-Za-zÀ-ÖØ-öø-ž0-9'’]{2,}/g) ?? [];
  return words.filter(
    (w) =>
      !NAMES.has(w) &&
      !/^[A-Z0-9]+s?$/.test(w) && // acronyms, and their plurals (RNNs)
      !/[a-z][A-Z]/.test(w), // identifiers: camelCase
  );
}
