import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import type { ParameterCount } from './counts';
import type { Member } from './members';

/** The live parameter count, with what is and is not trained, and the blocks it adds up. */
export function ParameterPanel({ member, counts }: { member: Member; counts: ParameterCount }) {
  const s = useStrings().family;
  const lang = useLang();
  const n = (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const explanation =
    member === 'esn'
      ? format(s.paramsEsn, {
          n: n(counts.trained),
          fixed: n(counts.fixed),
          nonzero: n(counts.fixedNonzero),
        })
      : counts.masked > 0
        ? format(s.paramsClockwork, {
            layout: n(counts.layoutSize),
            masked: n(counts.masked),
            n: n(counts.trained),
          })
        : s.paramsPlain;
  return (
    <section className="family__params" aria-label={s.paramsTitle}>
      <p
        className="family__count"
        data-testid="param-count"
        data-trained={counts.trained}
        data-layout={counts.layoutSize}
      >
        {format(s.params, { n: n(counts.trained) })}
      </p>
      <p className="muted" data-testid="param-explanation">
        {explanation}
      </p>
      <details>
        <summary>{s.blocksSummary}</summary>
        <div className="family__scroll">
          <table className="family__table" data-testid="blocks-table">
            <thead>
              <tr>
                <th scope="col">{s.block}</th>
                <th scope="col">{s.shape}</th>
                <th scope="col">{s.entries}</th>
                <th scope="col">{s.trainedEntries}</th>
              </tr>
            </thead>
            <tbody>
              {counts.blocks.map((b) => (
                <tr key={b.name}>
                  <th scope="row">
                    <code>{b.name}</code>
                  </th>
                  <td>
                    {b.rows} × {b.cols}
                  </td>
                  <td>{n(b.rows * b.cols)}</td>
                  <td>{b.trainable ? n(b.trained) : s.fixedBlock}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
