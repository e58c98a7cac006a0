import { EngineChoice } from '../../ui/EngineBadge';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, PlayPause, PresetRow } from '../../ui/figure';
import { useEngineBadge } from '../training/useEngineBadge';
import './charRnn.css';
import { LossChart } from './LossChart';
import { ConnectivityPanel } from './ConnectivityPanel';
import { charRnnMeta } from './meta';
import { ModelFiles } from './ModelFiles';
import { ModelSettings } from './ModelSettings';
import { SampleSettings } from './SampleSettings';
import { SampleText } from './SampleText';
import { StatePanel } from './StatePanel';
import { TextSource } from './TextSource';
import { TrainingReadout } from './TrainingReadout';
import { useCharRnnView } from './useCharRnnView';

/**
 * A character-level RNN trained live. First the loss curve and a sample with Train and the text;
 * then the readout (loss in bits per character, the engine); then the hidden state and the next
 * symbol's predictions; everything else under More settings.
 */
export default function CharRNN() {
  const s = useStrings().charRnn;
  const { root, ...v } = useCharRnnView();
  const { props, setProps, snapshot, configured, trainer, text, sample, reading } = v;
  const ready = configured !== null;
  const badge = useEngineBadge({
    config: snapshot.config,
    engine: snapshot.engine,
    requested: v.engine,
    error: snapshot.message,
    running: v.running,
    symbolsPerSecond: snapshot.symbolsPerSecond,
    webglLost: snapshot.webglLost,
    unit: 'chars',
    onChange: v.setEngine,
  });

  const picture = configured && (
    <div className="char-rnn__pictures">
      <LossChart history={snapshot.history} vocabularySize={configured.symbols.length} />
      {sample && (
        <SampleText
          temperature={props.temperature}
          seedShown={sample.seedShown}
          sample={sample.sample}
          onResample={sample.next}
        />
      )}
    </div>
  );

  const controls = (
    <div className="char-rnn__main-controls">
      <PlayPause
        running={v.running}
        onToggle={(run) => (run ? trainer.start() : trainer.pause())}
        playLabel={s.train}
        disabled={!ready}
      />
      <TextSource
        corpus={props.corpus}
        pastedActive={text.pasted !== null}
        prepared={text.prepared?.ok ? text.prepared.value : null}
        problem={text.prepared && !text.prepared.ok ? text.prepared.problem : null}
        loadError={text.loadError}
        onCorpus={(corpus) => {
          text.setPasted(null);
          setProps({ corpus });
        }}
        onPasted={text.setPasted}
      />
    </div>
  );

  const readout = configured && (
    <TrainingReadout
      snapshot={snapshot}
      vocabularySize={configured.symbols.length}
      score={v.score}
      badge={badge}
      shippedMessage={v.shipped.message}
    />
  );

  // The second picture: what the model holds as it reads, then how far back each output looks.
  const panels = configured && reading && (
    <div className="char-rnn__panels">
      <StatePanel
        probe={props.probe}
        probeSymbols={reading.symbols}
        steps={reading.steps}
        unknown={reading.unknown}
        layers={configured.model.spec.layers}
        layer={v.layer}
        symbols={configured.symbols}
        focus={v.focus}
        onProbe={(probe) => setProps({ probe })}
        onLayer={v.setLayer}
        onFocus={v.setFocus}
      />
      <ConnectivityPanel {...v.connectivity} otherLabel={s.otherSymbol} />
    </div>
  );

  const more = (
    <>
      <PresetRow meta={charRnnMeta} props={props} onApply={setProps} />
      <ModelSettings
        props={props}
        running={v.running}
        parameterCount={configured?.model.layout.size ?? null}
        ready={ready}
        canLoadShipped={v.shipped.fits}
        setProps={setProps}
        onStep={() => void trainer.step(1)}
        onResetWeights={() => trainer.resetWeights()}
        onLoadShipped={v.shipped.load}
      />
      {sample && (
        <SampleSettings
          props={props}
          firstSymbol={sample.first}
          unknownInSeed={sample.unknown}
          setProps={setProps}
        />
      )}
      <fieldset className="char-rnn__group">
        <legend>{s.engineSection}</legend>
        <EngineChoice {...badge} />
      </fieldset>
      <ModelFiles ready={ready} {...v.files} />
    </>
  );

  return (
    <div className="char-rnn" ref={root}>
      <FigureLayout
        picture={picture}
        controls={controls}
        readout={readout}
        table={panels}
        more={more}
      />
    </div>
  );
}
