import { format } from '../../i18n';
import type { Strings } from '../../i18n/en';
import type { Problem } from './compose';

/** Why a combination cannot train, in the reader's language (the engine's own words inside). */
export function problemText(problem: Problem, s: Strings['playground'], lang: 'en' | 'zh'): string {
  const n = (v: number) =>
    v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumSignificantDigits: 3 });
  switch (problem.kind) {
    case 'engine':
      return format(s.problems.engine, { message: problem.message });
    case 'taskJson':
      return format(s.problems.taskJson, { message: problem.message });
    case 'unknownParam':
      return format(s.problems.unknownParam, { name: problem.name, known: problem.known });
    case 'paramType':
      return format(s.problems.paramType, { name: problem.name, type: problem.type });
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
