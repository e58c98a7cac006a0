import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { PlayPause, PropControl } from '../../ui/figure';
import { HeldNotice } from '../training/HeldNotice';
import { asSentence } from './format';
import { Heatmap, Summary } from './TrainingHeatmaps';
import { MAX_COLUMNS } from './trainer';
import type { useFlowTrainer } from './useFlowTrainer';

interface TrainingPanelProps {
  readonly training: ReturnType<typeof useFlowTrainer>;
  readonly steps: number;
  readonly full: boolean;
  readonly lstm: boolean;
  readonly onLstm: (on: boolean) => void;
}

/** The second picture: the training heatmaps, with Train / Pause, one column, start again. */
export function TrainingPanel({ training, steps, full, lstm, onLstm }: TrainingPanelProps) {
  const s = useStrings().gradientFlow;
  const { history, running, held } = training;
  const stopped = full || !!history.diverged;
  return (
    <section className="flow__training" aria-label={s.train}>
      <h4 className="flow__train-title">{s.train}</h4>
      <div className="flow__heatmaps">
        <Heatmap title={s.heatmapSrn} columns={history.srn} testId="heatmap-srn" />
        {lstm && <Heatmap title={s.heatmapLstm} columns={history.lstm} testId="heatmap-lstm" />}
      </div>
      <div className="figure-row" role="group" aria-label={s.train}>
        <PlayPause
          running={running}
          onToggle={(run) => (run ? training.start() : training.pause())}
          playLabel={s.start}
          disabled={!running && stopped}
          status={
            <span data-testid="progress">
              {format(s.progress, { columns: history.srn.length, max: MAX_COLUMNS, steps })}
              {held && ' '}
              <HeldNotice held={held} />
            </span>
          }
        />
        <button type="button" onClick={training.advance} disabled={running || stopped}>
          {s.step}
        </button>
        <button type="button" onClick={training.restart}>
          <span aria-hidden="true">⟲</span> {s.reset}
        </button>
        <PropControl prop="lstm">
          <label className="flow__check">
            <input
              type="checkbox"
              checked={lstm}
              onChange={(e) => onLstm(e.currentTarget.checked)}
            />
            {s.lstm}
          </label>
        </PropControl>
      </div>
      {history.diverged && (
        <p className="widget-message" role="status" data-testid="diverged">
          {format(s.diverged, { message: asSentence(history.diverged) })}
        </p>
      )}
      {history.srn.length <= 1 && <p className="muted">{s.idle}</p>}
      <Summary name="SRN" columns={history.srn} testId="summary-srn" />
      {lstm && <Summary name="LSTM" columns={history.lstm} testId="summary-lstm" />}
    </section>
  );
}
