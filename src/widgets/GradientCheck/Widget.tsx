import { CHECK_CELLS, type CheckCell } from '../../core/gradientCheck';
import { useStrings } from '../../ui/LangContext';
import {
  ChoiceRow,
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { ErrorStripsChart, StepSweepChart } from './charts';
import { fmtSci, fmtValue } from './summary';
import { useGradientCheckView } from './useGradientCheckView';
import './gradientCheck.css';

/** Under "More settings": sizes, the step h on a log track, and the sample per block. */
const SLIDERS = [
  ['hidden', 2, 32, 1],
  ['steps', 2, 40, 1],
  ['h', 1e-10, 0.1, 'log', (v: number) => fmtSci(v, 0)],
  ['perBlock', 4, 200, 1],
] as const satisfies readonly SliderRow<string>[];

const CELL_LABEL = {
  srn: 'cellSrn',
  gru: 'cellGru',
  lstm: 'cellLstm',
  clockwork: 'cellClockwork',
} as const satisfies Record<CheckCell, string>;

const sci = { format: (v: number) => fmtSci(v) };
const value = { format: fmtValue };

export default function GradientCheck() {
  const s = useStrings().gradientCheck;
  const { rootRef, run, ...v } = useGradientCheckView();

  const controls = (
    <>
      <ChoiceRow
        prop="cell"
        legend={s.cellLegend}
        value={v.props.cell}
        options={CHECK_CELLS.map((c) => [c, s[CELL_LABEL[c]]] as const)}
        onChange={(cell) => v.setProps({ cell })}
      />
      <JobRunBar
        run={run}
        label={s.run}
        againLabel={s.again}
        idle={v.idle}
        phases={{ ...s, progress: v.stage === 'autodiff' ? s.autodiff : s.progress }}
        values={v.runValues}
        testId="check-progress"
      />
    </>
  );

  const readout = v.readout && (
    <div data-testid="check-readout">
      <p data-testid="check-problem">{v.readout.problem}</p>
      <p data-testid="check-fd64">{v.readout.fd64}</p>
      <p data-testid="check-fd32">{v.readout.fd32}</p>
      <p data-testid="check-sweep">{v.readout.sweep}</p>
      <p data-testid="check-tf">{v.readout.tf}</p>
      <p className="muted">{s.tinyNote}</p>
    </div>
  );

  const table = (
    <>
      <NumbersTable
        testId="block-table"
        caption={s.blocksCaption}
        columns={[
          s.block,
          s.checked,
          { label: s.worstFd64, ...sci },
          { label: s.worstFd32, ...sci },
          { label: s.worstTf, ...sci },
        ]}
        rows={v.blockRows}
      />
      <NumbersTable
        testId="entry-table"
        caption={s.entriesCaption}
        columns={[
          s.entry,
          { label: s.bptt, ...value },
          { label: s.fd64, ...value },
          { label: s.fd32, ...value },
          { label: s.tf, ...value },
          { label: s.relFd64, ...sci },
          { label: s.relFd32, ...sci },
          { label: s.relTf, ...sci },
        ]}
        rows={v.entryRows}
      />
    </>
  );

  return (
    <div className="gradient-check" ref={rootRef} data-stage={v.stage}>
      <FigureLayout
        picture={
          <div className="gradient-check__pictures">
            <ErrorStripsChart data={v.strips} />
            {v.sweepData && <StepSweepChart data={v.sweepData} title={v.sweepTitle} />}
          </div>
        }
        controls={controls}
        readout={readout}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
