import { DEFAULT_TRAIN_STEPS, evaluationBatch, portableBatch } from './exportInput';
import type { ExportInput } from './exportInput';
import { settingsLines, WEIGHTS_FILE } from './header';
import { exportProblem } from './support';
import { TFJS_CELLS, TFJS_RUN } from './tfjsParts';

/**
 * A TensorFlow.js program for Node on the CPU backend (float32): it reads the weights file,
 * holds every block transposed as a tf.Variable (rows are time steps, so x·Uᵀ gives the layer's
 * input projection), runs the cell step by step, prints the loss on the evaluation batch (equal
 * to the app's to about 1e-5 relative: float32) and trains on with the figure's optimiser.
 */
export function tfjsProgram(input: ExportInput): string {
  const { config } = input;
  const { spec } = config;
  const header = [
    ...settingsLines(input, '//'),
    '//',
    '// TensorFlow.js on the CPU backend (float32). Save this file and',
    `// ${WEIGHTS_FILE} side by side, then:`,
    '//   npm install @tensorflow/tfjs',
    `//   node program.mjs [${WEIGHTS_FILE}]`,
  ].join('\n');
  const problem = exportProblem(spec, 'tfjs');
  if (problem)
    return `${header}
//
// Not exported: ${problem.detail}
// The TypeScript program runs this model on the project's own engine instead.
throw new Error(${JSON.stringify(`Not exported: ${problem.detail}`)});
`;
  const cell = spec.cell;
  const activation = cell.kind === 'srn' ? cell.activation : 'tanh';
  return `${header}
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';

const BATCH = ${JSON.stringify(portableBatch(spec, evaluationBatch(config)))};
const TRAIN = ${JSON.stringify(config.train)};
const TRAIN_STEPS = ${input.trainSteps ?? DEFAULT_TRAIN_STEPS};
const CELL = ${JSON.stringify(cell.kind)};
const ACTIVATION = ${JSON.stringify(activation)};

await tf.setBackend('cpu');

/** The Unrolled save format: float64 little-endian parameters, cut into row-major blocks. */
function loadBlocks(path) {
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  if (saved.format !== 'unrolled-model') throw new Error(\`\${path} is not an Unrolled model file\`);
  const bytes = Buffer.from(saved.params.data, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const blocks = {};
  let k = 0;
  for (const { name, rows, cols } of saved.layout) {
    const values = new Float32Array(rows * cols);
    for (let j = 0; j < values.length; j++) values[j] = view.getFloat64((k + j) * 8, true);
    k += values.length;
    // Stored transposed (cols × rows): a row vector times it is our matrix times a column.
    blocks[name] = tf.variable(tf.transpose(tf.tensor2d(values, [rows, cols])));
  }
  return { spec: saved.spec, blocks };
}

const { spec, blocks } = loadBlocks(process.argv[2] ?? '${WEIGHTS_FILE}');
const H = spec.hiddenSize;
const DIRECTIONS = spec.bidirectional ? ['fwd', 'bwd'] : ['fwd'];
${TFJS_CELLS}
${TFJS_RUN}`;
}
