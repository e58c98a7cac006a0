// `npm run train:charrnn [en|zh]`: trains the character models the CharRNN widget ships
// (public/models/charrnn-<lang>.json) on the project's own corpus (content/corpus/<lang>.txt),
// with the core engine and fixed seeds, so the same command always writes the same bytes.
// 1,500 steps: about five minutes per language on a busy two-core machine.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  charModelSpec,
  corpusTrainingText,
  natsToBits,
  PRETRAINED,
  textLoss,
} from '../src/core/charModel';
import { createModel, initParams, saveModel } from '../src/core/model';
import { createRng } from '../src/core/rng';
import { charCorpusTask } from '../src/core/tasks';
import { createTrainer } from '../src/core/train';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const langs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['en', 'zh'];

for (const lang of langs) {
  const raw = readFileSync(path.join(root, 'content', 'corpus', `${lang}.txt`), 'utf8');
  const text = corpusTrainingText(raw);
  const p = PRETRAINED;
  const task = charCorpusTask(text, p.seqLen);
  const V = task.vocabulary.symbols.length;
  const model = createModel(charModelSpec(p.cell, p.hidden, p.layers, V));
  const params = initParams(model, p.seed);
  const trainer = createTrainer(model, {
    optimiser: { kind: 'adam', lr: p.lr },
    clipNorm: p.clip,
  });
  const rng = createRng(p.seed + 1000);
  const start = Date.now();
  let smoothed = Math.log(V);
  for (let step = 1; step <= p.steps; step++) {
    const batch = Array.from({ length: p.batch }, () => task.sample(rng));
    const report = trainer.bpttStep(params, batch);
    if (report.diverged) throw new Error(`training diverged at step ${step}`);
    smoothed = 0.98 * smoothed + 0.02 * report.loss;
    if (step % 250 === 0)
      console.error(
        `${lang} step ${step}: ${natsToBits(smoothed).toFixed(3)} bits/char (${((Date.now() - start) / 1000).toFixed(0)} s)`,
      );
  }
  const loss = textLoss(model, params, task.encoded);
  const file = saveModel(model, params, {
    symbols: JSON.stringify(task.vocabulary.symbols),
    corpus: `content/corpus/${lang}.txt`,
    steps: p.steps,
    seed: p.seed,
    bitsPerChar: Number(natsToBits(loss).toFixed(4)),
  });
  const out = path.join(root, 'public', 'models', `charrnn-${lang}.json`);
  writeFileSync(out, file + '\n');
  console.error(
    `${lang}: V = ${V}, ${model.layout.size} parameters, ${natsToBits(loss).toFixed(3)} bits/char on the corpus (log2 V = ${Math.log2(V).toFixed(3)}), ${(file.length / 1024).toFixed(0)} kB, ${((Date.now() - start) / 1000).toFixed(0)} s → ${path.relative(root, out)}`,
  );
}
