import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, SeedButton, StepControls } from '../../ui/figure';
import { CodeListing } from './CodeListing';
import { SOURCE_FILE, useCodeStepperView } from './useCodeStepperView';
import './codeStepper.css';

export default function CodeStepper() {
  const s = useStrings().codeStepper;
  const v = useCodeStepperView();

  const picture = <CodeListing file={SOURCE_FILE} regions={v.regions} lines={v.lines} />;

  const controls = (
    <StepControls
      prop="pos"
      t={v.pos}
      count={v.stops.length + 1}
      onStep={(pos) => v.setProps({ pos })}
      position={v.position}
      positionTestId="code-stepper-position"
      groupLabel={s.controls}
      labels={{ first: s.toStart, back: s.back, forward: s.forward, last: s.toEnd }}
    />
  );

  const readout = <p data-testid="code-stepper-example">{v.example}</p>;

  const table = v.current ? (
    <NumbersTable
      testId="code-stepper-variables"
      caption={format(s.tableCaption, { fn: v.current.fn })}
      columns={[{ label: s.colName }, { label: s.colValue }]}
      rows={v.rows}
      current={v.rows.findIndex(([name]) => name === v.current?.name)}
    />
  ) : (
    <p className="muted">{s.tableEmpty}</p>
  );

  const more = (
    <>
      <SeedButton seed={v.props.seed} onSeed={(seed) => v.setProps({ seed })} />
      <p className="muted">{format(s.seedNote, { seed: v.props.seed })}</p>
    </>
  );

  return (
    <FigureLayout
      className="code-stepper"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
