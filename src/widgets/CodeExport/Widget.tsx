import { useRef } from 'react';
import { exportProblem, type ExportTarget } from '../../sim';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { ChoiceRow, FigureLayout, JobSettings, NumbersTable } from '../../ui/figure';
import { HeldNotice } from '../training/HeldNotice';
import { ExportView } from './ExportView';
import { PROGRAM_TRAIN_STEPS } from './CodePanel';
import { codeExportMeta } from './meta';
import { TRAIN_STEPS, useCodeExportView } from './useCodeExportView';

const SLIDERS = [
  ['hidden', 2, 32, 1],
  ['lr', 0.0001, 1, 'log'],
  ['clip', 0, 10, 0.5],
] as const;

const TARGETS: readonly ExportTarget[] = ['typescript', 'tfjs', 'pytorch'];

export default function CodeExport() {
  const s = useStrings().codeExport;
  const terms = useStrings().terms;
  const rootRef = useRef<HTMLDivElement>(null);
  const v = useCodeExportView(rootRef);
  const { props, setProps, bundle, training } = v;
  const loss = bundle ? bundle.loss.toPrecision(10) : '–';
  const precision = { typescript: s.sameLoss, tfjs: s.float32Loss, pytorch: s.float64Loss };
  const rows = TARGETS.map((target) => {
    const problem = training.config ? exportProblem(training.config.spec, target) : null;
    return [
      s[target],
      problem ? s.no : s.yes,
      problem ? s.refused : format(precision[target], { loss }),
    ];
  });
  return (
    <div className="code-export-figure" ref={rootRef}>
      <FigureLayout
        picture={
          bundle ? (
            <ExportView bundle={bundle} step={training.step} more={PROGRAM_TRAIN_STEPS} />
          ) : (
            <p role="status">{s.training}</p>
          )
        }
        controls={
          <>
            <ChoiceRow
              prop="cell"
              legend={s.cell}
              value={props.cell}
              options={[
                ['srn', 'SRN'],
                ['gru', 'GRU'],
                ['lstm', 'LSTM'],
              ]}
              onChange={(cell) => setProps({ cell })}
            />
            <button
              type="button"
              onClick={v.train}
              disabled={v.running}
              data-testid="code-export-train"
            >
              {v.running ? s.training : format(s.train, { n: TRAIN_STEPS })}
            </button>
          </>
        }
        readout={
          <>
            <p data-testid="code-export-steps">{format(s.steps, { steps: training.step, loss })}</p>
            {training.error && <p role="alert">{training.error}</p>}
            <HeldNotice held={training.held} />
          </>
        }
        table={
          <NumbersTable
            caption={s.tableCaption}
            columns={[s.colTarget, s.colRuns, s.colPrints]}
            rows={rows}
          />
        }
        more={
          <JobSettings
            meta={codeExportMeta}
            props={props}
            setProps={setProps}
            sliders={SLIDERS}
            labels={s}
          >
            <ChoiceRow
              prop="task"
              legend={s.task}
              value={props.task}
              options={[
                ['text', s.taskText],
                ['adding', s.taskAdding],
              ]}
              onChange={(task) => setProps({ task })}
            />
            <ChoiceRow
              prop="optimiser"
              legend={s.optimiser}
              value={props.optimiser}
              options={[
                ['sgd', terms.optimiser.sgd],
                ['momentum', terms.optimiser.momentum],
                ['rmsprop', terms.optimiser.rmsprop],
                ['adam', terms.optimiser.adam],
              ]}
              onChange={(optimiser) => setProps({ optimiser })}
            />
          </JobSettings>
        }
      />
    </div>
  );
}
