import type { ModelSpecProblem } from '../../core/model';
import type { TaskParamProblem } from '../../core/tasks';
import { format } from '../../i18n';
import type { Strings } from '../../i18n/en';
import type { Problem } from './compose';

type Words = Strings['playground'];
type Num = (v: number) => string;

/** Why a combination cannot train, in the reader's language. */
export function problemText(problem: Problem, s: Words, lang: 'en' | 'zh'): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const n = (v: number) => v.toLocaleString(locale, { maximumSignificantDigits: 3 });
  // A setting's own value, as the reader typed it (no rounding).
  const exact = (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 20 });
  switch (problem.kind) {
    case 'taskParam':
      return taskParamText(problem.problem, s.problems.taskParam, exact);
    case 'modelSpec':
      return modelSpecText(problem.problem, s.problems.modelSpec, exact);
    case 'training':
      return trainingText(problem.problem, s, exact);
    case 'engine':
      return format(s.problems.engine, { message: problem.message });
    case 'taskFit':
      return format(s.problems.taskFit, {
        needs: problem.mismatches
          .map((m) =>
            m.what === 'output'
              ? format(s.problems.taskFitOutput, { task: s.heads[m.task], model: s.heads[m.model] })
              : format(s.problems.taskFitSize[m.what], { task: m.task, model: m.model }),
          )
          .join(s.problems.taskFitSeparator),
      });
    case 'taskJson':
      return format(s.problems.taskJson, { message: problem.message });
    case 'unknownParam':
      return format(s.problems.unknownParam, { name: problem.name, known: problem.known });
    case 'paramType':
      return format(s.problems.paramType, {
        name: problem.name,
        type: s.problems.paramTypes[problem.type],
      });
    case 'learningRate':
      return format(s.problems.learningRate, { value: String(problem.value) });
    case 'esnCell':
      return s.problems.esnCell;
    case 'ridgeOnlyEsn':
      return format(s.problems.ridgeOnlyEsn, { cell: s.cells[problem.cell] });
    case 'esnAlgorithm':
      return format(s.problems.esnAlgorithm, { algorithm: s.algorithms[problem.algorithm] });
    case 'esnHead':
      return format(s.problems.esnHead, { head: s.heads[problem.head] });
    case 'esnWashout':
      return format(s.problems.esnWashout, { washout: problem.washout, first: problem.first });
    case 'tooBig':
      return format(s.problems.tooBig[problem.what], {
        value: n(problem.value),
        limit: n(problem.limit),
      });
  }
}

function taskParamText(p: TaskParamProblem, t: Words['problems']['taskParam'], num: Num): string {
  switch (p.code) {
    case 'integer':
    case 'number': {
      const values = { param: p.param, min: num(p.min), max: num(p.max), value: num(p.value) };
      const open = p.max === Infinity;
      if (p.code === 'integer') return format(open ? t.integerAtLeast : t.integerRange, values);
      if (open && p.min === -Infinity) return format(t.numberFinite, values);
      // Number.MIN_VALUE as the least: "above 0".
      if (open && p.min === Number.MIN_VALUE) return format(t.numberPositive, values);
      return format(open ? t.numberAtLeast : t.numberRange, values);
    }
    case 'choice':
      return format(t.choice, {
        param: p.param,
        value: p.value,
        allowed: p.allowed.map((a) => `“${a}”`).join(t.choiceSeparator),
      });
    case 'multipleOfDt':
      return format(t.multipleOfDt, { param: p.param, value: num(p.value), dt: num(p.dt) });
    case 'delaySteps':
      return format(t.delaySteps, { steps: num(p.steps), min: num(p.min) });
    case 'textTooShort':
      return format(t.textTooShort, { symbols: num(p.symbols), needed: num(p.needed) });
  }
}

function modelSpecText(p: ModelSpecProblem, t: Words['problems']['modelSpec'], num: Num): string {
  switch (p.code) {
    case 'jordanLayers':
      return t.jordanLayers;
    case 'clockworkModules':
      return format(t.clockworkModules, { modules: num(p.modules), hidden: num(p.hidden) });
    case 'clockworkOrder':
      return format(t.clockworkOrder, { periods: p.periods.map(num).join(', ') });
  }
}

function trainingText(
  p: Extract<Problem, { kind: 'training' }>['problem'],
  s: Words,
  num: Num,
): string {
  const t = s.problems.training;
  const { bptt, rtrl } = s.algorithms;
  switch (p.code) {
    case 'onlineBatch':
      return format(t.onlineBatch, {
        algorithm: s.algorithms[p.algorithm],
        batchSize: num(p.batchSize),
      });
    case 'tbpttBidirectional':
      return format(t.tbpttBidirectional, { bptt });
    case 'tbpttWindow':
      return format(t.tbpttWindow, { k1: num(p.k1), k2: num(p.k2) });
    case 'rtrlModel': {
      const why = format(t.rtrlModel[p.why], { rtrl, bptt });
      return p.algorithm === 'rtrl'
        ? why
        : format(t.rtrlJacobians, { algorithm: s.algorithms[p.algorithm] }) + why;
    }
    case 'ekfNoise':
      return format(t.ekfNoise[p.which], { value: num(p.value) });
  }
}
