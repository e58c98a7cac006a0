import { useId } from 'react';
import { createSequenceShapes } from '../../charts/sequenceShapes';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  NumbersTable,
  PlayPause,
  PresetRow,
  StepControls,
  useScrollsSideways,
  PropControl,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { APPLICATIONS } from './examples';
import { sequenceShapesMeta } from './meta';
import { BLANK } from './shapes';
import { useSequenceShapesView } from './useSequenceShapesView';
import './sequenceShapes.css';

const NO_OPTIONS = {};

export default function SequenceShapes() {
  const s = useStrings().sequenceShapes;
  const v = useSequenceShapesView();
  const { app, shape, steps, progress } = v;
  const groupName = useId();
  const ref = useChart(createSequenceShapes, NO_OPTIONS, v.chartData);
  const c = useStrings().content;
  // Wider than a phone: the diagram scrolls in its own box, which then takes focus.
  const [scrollBox, scrolls] = useScrollsSideways<HTMLDivElement>([v.chartData]);

  const picture = (
    <figure className="seq-widget__figure">
      <div
        ref={scrollBox}
        className="seq-widget__scroll"
        {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': c.diagramScrolls } : {})}
      >
        <div
          ref={ref}
          className="seq-widget__diagram"
          role="img"
          aria-label={format(s.diagram, { app: v.appName, shape: v.shapeName })}
          data-testid="diagram"
        />
      </div>
      {v.labels && (
        <figcaption className="muted">{format(s.labelsCaption, { blank: BLANK })}</figcaption>
      )}
    </figure>
  );

  const controls = (
    <>
      <PropControl prop="app">
        <fieldset className="seq-widget__apps">
          <legend>{s.application}</legend>
          {APPLICATIONS.map((a) => (
            <label key={a} className="seq-widget__app">
              <input
                type="radio"
                name={groupName}
                value={a}
                checked={a === app}
                onChange={() => v.setProps({ app: a })}
              />
              {s.apps[a]}
            </label>
          ))}
        </fieldset>
      </PropControl>
      <div className="figure-row">
        <PlayPause running={v.playing} onToggle={v.togglePlay} />
      </div>
      <StepControls
        t={progress}
        count={steps + 1}
        onStep={v.goTo}
        position={v.progressText}
        positionTestId="progress"
      />
    </>
  );

  const readout = (
    <>
      <p data-testid="summary" aria-live="polite">
        <strong>{v.summary}</strong> {s.why[app]}
      </p>
      {v.collapse && (
        <p data-testid="collapse">
          {v.collapse} {s.collapseWhy}
        </p>
      )}
    </>
  );

  const none = (text: string | null) => text ?? s.none;
  const table = (
    <NumbersTable
      testId="steps-table"
      caption={s.table}
      columns={[{ label: s.stepColumn }, { label: s.inputColumn }, { label: s.outputColumn }]}
      rows={shape.inputAt.map((_, t) => [
        String(t),
        none(v.tokenAt(t, 'in')),
        none(v.tokenAt(t, 'out')),
      ])}
      current={progress > 0 && progress < steps ? progress - 1 : undefined}
    />
  );

  const more = <PresetRow meta={sequenceShapesMeta} props={v.props} onApply={v.setProps} />;

  return (
    <FigureLayout
      className="seq-widget"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
