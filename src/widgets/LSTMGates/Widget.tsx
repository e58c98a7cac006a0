import { format } from '../../i18n';
import { DraftTextField } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { FormattedMessage } from '../../ui/ReaderText';
import { Slider } from '../../ui/Slider';
import { FigureLayout, PresetRow, SeedButton, StepControls } from '../../ui/figure';
import { GateStrips } from './GateStrips';
import { GateTables } from './GateTables';
import { HandSliders } from './HandSliders';
import { MAX_HIDDEN, lstmGatesMeta } from './meta';
import { PathChart } from './PathChart';
import { useLstmGatesView } from './useLstmGatesView';
import './lstmGates.css';

const n3 = (v: number) => v.toFixed(3).replace('-', '−');
const exp = (v: number) => v.toExponential(2);

export default function LSTMGates() {
  const s = useStrings().lstmGates;
  const v = useLstmGatesView();
  const { props, setProps, model, t, u, lstm, gru } = v;
  const T = model.symbols.length - 1;
  const held = v.readings.filter((r) => r.held);

  const picture = (
    <>
      <p className="muted">{s.handMark}</p>
      <div className="gates__cells">
        <GateStrips
          title={s.lstm}
          testId="lstm"
          unit={u}
          strips={[
            ...(['i', 'f', 'g', 'o'] as const).map((g) => ({
              testId: `lstm-${g}`,
              caption: s.gate[g],
              values: lstm.gates[g].value,
              held: lstm.gates[g].held,
              scheme: g === 'g' ? ('diverging' as const) : ('probability' as const),
            })),
            { testId: 'lstm-c', caption: s.cellState, values: lstm.c, scheme: 'diverging' },
            { testId: 'lstm-s', caption: s.state, values: lstm.s, scheme: 'diverging' },
          ]}
        />
        <GateStrips
          title={s.gru}
          testId="gru"
          unit={u}
          strips={[
            ...(['z', 'r', 'c'] as const).map((g) => ({
              testId: `gru-${g}`,
              caption: s.gate[g],
              values: gru.gates[g].value,
              held: gru.gates[g].held,
              scheme: g === 'c' ? ('diverging' as const) : ('probability' as const),
            })),
            { testId: 'gru-s', caption: s.state, values: gru.s, scheme: 'diverging' },
          ]}
        />
      </div>
      <PathChart paths={model.paths} T={T} />
    </>
  );

  const controls = (
    <>
      <StepControls
        prop="t"
        t={t}
        count={model.symbols.length}
        onStep={(to) => setProps({ t: to })}
        position={format(s.position, { t, last: T, symbol: v.symbol })}
      />
      <HandSliders
        readings={v.readings}
        unit={props.unit}
        units={props.hidden}
        t={t}
        onUnit={(unit) => setProps({ unit })}
        onGate={v.setGate}
        onRelease={v.releaseGate}
        onReleaseAll={v.releaseAll}
      />
    </>
  );

  const readout = (
    <>
      <p data-testid="lstm-readout">
        {format(s.lstmReadout, {
          unit: props.unit,
          kept: n3(lstm.kept[u]!),
          written: n3(lstm.written[u]!),
          c: n3(lstm.c[u]!),
          s: n3(lstm.s[u]!),
        })}
      </p>
      <p data-testid="gru-readout">
        {format(s.gruReadout, {
          unit: props.unit,
          kept: n3(gru.kept[u]!),
          written: n3(gru.written[u]!),
          s: n3(gru.s[u]!),
        })}
      </p>
      <p className="muted" data-testid="held-here">
        {held.length
          ? format(s.heldHere, {
              list: held
                .map((r) => `${r.cell.toUpperCase()} ${r.gate} = ${n3(r.value)}`)
                .join(', '),
            })
          : s.heldNone}
      </p>
      <p data-testid="paths-readout">
        {format(s.pathsReadout, {
          lag: T,
          k: 0,
          cell: exp(model.paths.cell[T]!),
          hidden: exp(model.paths.hidden[T]!),
          gru: exp(model.paths.gru[T]!),
        })}
      </p>
    </>
  );

  const table = <GateTables model={model} unit={props.unit} word={props.word} t={t} />;

  const more = (
    <>
      <PresetRow meta={lstmGatesMeta} props={props} onApply={setProps}>
        <DraftTextField prop="word" label={s.word} draft={v.word} hintId={v.hintId} />
      </PresetRow>
      {!v.word.valid && (
        <p className="widget-message" id={v.hintId} role="status">
          <FormattedMessage
            template={s.wordInvalid}
            values={{ word: props.word }}
            readerText={['word']}
          />
        </p>
      )}
      <Slider
        prop="hidden"
        label={s.hidden}
        value={props.hidden}
        min={1}
        max={MAX_HIDDEN}
        step={1}
        format={String}
        onChange={(hidden) => setProps({ hidden, unit: Math.min(props.unit, hidden) })}
      />
      <Slider
        prop="forgetBias"
        label={s.forgetBias}
        value={props.forgetBias}
        min={-3}
        max={5}
        step={0.5}
        onChange={(forgetBias) => setProps({ forgetBias })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );

  return (
    <FigureLayout
      className="gates"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
