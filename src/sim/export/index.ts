/** Programs for a training figure's settings and weights: TypeScript, TensorFlow.js, PyTorch. */
import { createModel, saveModel } from '../../core/model';
import { expectedLoss, type ExportInput } from './exportInput';
import { pytorchProgram } from './pytorchProgram';
import { exportProblem, type ExportProblem, type ExportTarget } from './support';
import { tfjsProgram } from './tfjsProgram';
import { typescriptProgram } from './typescriptProgram';

export { expectedLoss, evaluationBatch, meanLoss, type ExportInput } from './exportInput';
export {
  exportProblem,
  type ExportProblem,
  type ExportProblemCode,
  type ExportTarget,
} from './support';
export { WEIGHTS_FILE } from './header';
export { typescriptProgram, tfjsProgram, pytorchProgram };

export interface ExportedProgram {
  readonly target: ExportTarget;
  readonly fileName: string;
  readonly text: string;
  /** Set when the target cannot express the model: the program says so and stops. */
  readonly problem: ExportProblem | null;
}

export interface ExportBundle {
  readonly programs: readonly ExportedProgram[];
  /** The weights in the project's save format (JSON), what every program reads. */
  readonly weightsJson: string;
  /** The loss every program prints first, as the engine computes it (mean per target step). */
  readonly loss: number;
}

export const PROGRAM_FILES: Record<ExportTarget, string> = {
  typescript: 'program.ts',
  tfjs: 'program.mjs',
  pytorch: 'program.py',
};

export function exportPrograms(input: ExportInput): ExportBundle {
  const { spec } = input.config;
  const model = createModel(spec);
  const make = (target: ExportTarget, text: string): ExportedProgram => ({
    target,
    fileName: PROGRAM_FILES[target],
    text,
    problem: exportProblem(spec, target),
  });
  return {
    programs: [
      make('typescript', typescriptProgram(input)),
      make('tfjs', tfjsProgram(input)),
      make('pytorch', pytorchProgram(input)),
    ],
    weightsJson: saveModel(
      model,
      input.weights,
      input.source ? { source: input.source } : undefined,
    ),
    loss: expectedLoss(input),
  };
}
