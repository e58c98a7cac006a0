import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import type { DiagramBlock, ModelDiagram as Diagram } from './diagram';

const blockText = (b: DiagramBlock) => `${b.name} ${b.rows}×${b.cols}`;

/**
 * The model drawn from the engine's layout, bottom to top as data flows: input, each layer's
 * cells (forward and backward) with their weight blocks, the head, the output. Plain boxes in
 * the page's flow, so it wraps on a narrow screen instead of scrolling sideways.
 */
export function ModelDiagram({ diagram }: { diagram: Diagram }) {
  const s = useStrings().playground;
  const lang = useLang();
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  return (
    <figure
      className="playground__diagram"
      aria-label={s.diagramLabel}
      data-testid="playground-diagram"
    >
      <ol className="playground__stack" reversed>
        <li className="playground__box playground__box--io">
          {s.output} ({diagram.outputSize})
        </li>
        {diagram.head && (
          <li className="playground__box">
            <strong>{format(s.headBox, { kind: diagram.output })}</strong>
            <span className="muted"> {diagram.head.blocks.map(blockText).join(', ')}</span>
            <span className="playground__count"> · {n(diagram.head.trainable)}</span>
          </li>
        )}
        {[...diagram.layers].reverse().map((layer, i) => {
          const index = diagram.layers.length - i;
          return (
            <li key={index} className="playground__layer">
              <span className="playground__layer-name">{format(s.layer, { n: index })}</span>
              {layer.cells.map((cell) => (
                <span key={cell.direction} className="playground__box">
                  <strong>{cell.direction === 'fwd' ? s.forward : s.backward}</strong>
                  <span className="muted"> {cell.blocks.map(blockText).join(', ')}</span>
                  <span className="playground__count"> · {n(cell.trainable)}</span>
                </span>
              ))}
            </li>
          );
        })}
        <li className="playground__box playground__box--io">
          {s.input} ({diagram.inputSize})
        </li>
      </ol>
      <figcaption data-testid="playground-params" data-count={diagram.total}>
        {format(s.parameterCount, { count: n(diagram.total) })}
      </figcaption>
    </figure>
  );
}
