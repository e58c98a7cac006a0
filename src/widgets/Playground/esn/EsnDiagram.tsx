import { format } from '../../../i18n';
import { useLang, useStrings } from '../../../ui/LangContext';
import type { EsnBlock } from '../../../core/esn';
import type { EsnComposed } from './composeEsn';
import './esn.css';

const blockText = (b: EsnBlock) => `${b.name} ${b.rows}×${b.cols}`;

/**
 * The echo state network drawn from the engine's layout (esnLayout): the input, the reservoir
 * with its fixed W_in and W, the trained readout W_out, the output — and the count of trained
 * readout weights apart from the fixed reservoir's. `nonzero` is W's exact count once drawn.
 */
export function EsnDiagram({
  composed,
  nonzero,
}: {
  readonly composed: EsnComposed;
  readonly nonzero: number | null;
}) {
  const s = useStrings().playground;
  const e = useStrings().playgroundEsn;
  const lang = useLang();
  const n = (v: number) =>
    v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });
  const { config, layout, trained, fixed } = composed;
  const fixedBlocks = layout.filter((b) => !b.trained);
  const readout = layout.filter((b) => b.trained);
  const expected = (1 - config.sparsity) * config.reservoirSize ** 2;
  const tag = (text: string) => <span className="playground__tag">{text}</span>;
  return (
    <figure
      className="playground__diagram"
      aria-label={e.diagramLabel}
      data-testid="playground-diagram"
      data-kind="esn"
    >
      <ol className="playground__stack" reversed>
        <li className="playground__box playground__box--io">
          {s.output} ({config.outputSize})
        </li>
        <li className="playground__box" data-testid="playground-esn-readout">
          <strong>{e.readout}</strong>
          <span className="muted"> {readout.map(blockText).join(', ')}</span>
          {tag(e.trained)}
          <span className="playground__count"> · {n(trained)}</span>
        </li>
        <li
          className="playground__box playground__box--fixed"
          data-testid="playground-esn-reservoir"
        >
          <strong>{format(e.reservoir, { n: config.reservoirSize })}</strong>
          <span className="muted">
            {' '}
            {fixedBlocks.map(blockText).join(', ')};{' '}
            {format(e.reservoirDetail, {
              rho: config.spectralRadius,
              sparsity: config.sparsity,
              leak: config.leakRate,
            })}
          </span>
          {tag(e.fixed)}
          <span className="playground__count"> · {n(fixed)}</span>
        </li>
        <li className="playground__box playground__box--io">
          {s.input} ({config.inputSize})
        </li>
      </ol>
      <figcaption data-testid="playground-params" data-count={trained} data-fixed={fixed}>
        {format(e.counts, { trained: n(trained), fixed: n(fixed) })}{' '}
        <span className="muted">
          {nonzero === null
            ? format(e.countsDetail, { nonzero: n(expected) })
            : format(e.countsExact, { nonzero: n(nonzero) })}
        </span>
      </figcaption>
    </figure>
  );
}
