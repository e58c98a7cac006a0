import { DEFAULT_TRAIN_STEPS, dataSeedOf, describeData, evaluationCount } from './exportInput';
import type { ExportInput } from './exportInput';
import { settingsLines, WEIGHTS_FILE } from './header';

/** The data source as TypeScript: a task by name, or the fixed samples rebuilt as Float64Arrays. */
function dataCode(input: ExportInput): string {
  const { data } = input.config;
  if (data.kind === 'task')
    return [
      `const task = createTask(${JSON.stringify(data.name)}, ${JSON.stringify(data.params ?? {})});`,
      `const rng = createRng(${dataSeedOf(input.config)}); // the session's data seed`,
      'const next = (): Sample => task.sample(rng);',
    ].join('\n');
  const samples = data.samples.map((s) => ({
    inputs: s.inputs.map((x) => Array.from(x)),
    targets: s.targets.map((d) => (d === null || typeof d === 'number' ? d : Array.from(d))),
  }));
  const order = data.order ?? 'random';
  return [
    `const samples: Sample[] = (${JSON.stringify(samples)} as { inputs: number[][]; targets: (number | number[] | null)[] }[]).map((s) => ({`,
    '  inputs: s.inputs.map((x) => Float64Array.from(x)),',
    "  targets: s.targets.map((d) => (d === null || typeof d === 'number' ? d : Float64Array.from(d))),",
    '}));',
    `const rng = createRng(${dataSeedOf(input.config)}); // the session's data seed`,
    'let position = 0;',
    order === 'cycle'
      ? 'const next = (): Sample => samples[position++ % samples.length]!;'
      : 'const next = (): Sample => samples[Math.floor(rng.next() * samples.length)]!;',
  ].join('\n');
}

/**
 * A program on this project's own engine (run inside a clone: `npx tsx program.ts`): it loads the
 * weights file, prints the loss on the evaluation batch — the number the app computes — and
 * trains on with the figure's optimiser, learning rate and clipping.
 * `projectRoot` is where src/ is, relative to the program (default '.', the clone's root).
 */
export function typescriptProgram(input: ExportInput, projectRoot = '.'): string {
  const { config } = input;
  const steps = input.trainSteps ?? DEFAULT_TRAIN_STEPS;
  const batchSize = config.batchSize ?? 1;
  const fixed = config.data.kind === 'samples';
  const core = `${projectRoot}/src/core`;
  return `${settingsLines(input, '//').join('\n')}
//
// Runs on the project's own engine (float64). Save this file and ${WEIGHTS_FILE} in a clone of
// the project and run:  npx tsx program.ts [${WEIGHTS_FILE}]
import { readFileSync } from 'node:fs';
import { forward, loadModel, sequenceLoss, type Model, type Sample } from '${core}/model';
import { createRng } from '${core}/rng';
${fixed ? '' : `import { createTask } from '${core}/tasks';\n`}import { createTrainer } from '${core}/train';

const { model, params } = loadModel(readFileSync(process.argv[2] ?? '${WEIGHTS_FILE}', 'utf8'));

// The data: ${describeData(config)}.
${dataCode(input)}

// The evaluation batch: the first ${evaluationCount(config)} ${fixed ? 'samples' : 'sequences of the data stream'}.
const evaluation = ${
    fixed
      ? `samples.slice(0, ${evaluationCount(config)})`
      : `Array.from({ length: ${evaluationCount(config)} }, next)`
  };

/** Mean loss per step with a target, from zero initial states (nats for a softmax head). */
function meanLoss(m: Model, p: Float64Array, batch: readonly Sample[]): number {
  let loss = 0;
  let count = 0;
  for (const sample of batch) {
    const result = sequenceLoss(m, forward(m, p, sample.inputs), sample.targets);
    loss += result.loss;
    count += result.count;
  }
  return loss / count;
}

console.log(\`loss \${meanLoss(model, params, evaluation)}\`);

// Training goes on: BPTT on batches of ${batchSize}, with the figure's optimiser and clipping.
const trainer = createTrainer(model, ${JSON.stringify(config.train)});
for (let step = 1; step <= ${steps}; step++) {
  const report = trainer.bpttStep(params, Array.from({ length: ${batchSize} }, next));
  if (report.diverged) throw new Error(\`step \${step} diverged\`);
}
console.log(\`loss after ${steps} steps \${meanLoss(model, params, evaluation)}\`);
`;
}
