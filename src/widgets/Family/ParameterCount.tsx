import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import type { ParameterCount as Count } from './counts';
import type { Member } from './members';

const useCount = () => {
  const lang = useLang();
  return (v: number) => v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
};

/** The live parameter count, with what is and is not trained. */
export function ParameterCount({ member, counts }: { member: Member; counts: Count }) {
  const s = useStrings().family;
  const n = useCount();
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
    </section>
  );
}

/** The blocks of the engine's weight layout that the count adds up. */
export function BlocksTable({ counts }: { counts: Count }) {
  const s = useStrings().family;
  const n = useCount();
  return (
    <NumbersTable
      testId="blocks-table"
      caption={s.blocksCaption}
      columns={[
        { label: s.block },
        { label: s.shape },
        { label: s.entries },
        { label: s.trainedEntries },
      ]}
      rows={counts.blocks.map((b) => [
        b.name,
        `${b.rows} × ${b.cols}`,
        n(b.rows * b.cols),
        b.trainable ? n(b.trained) : s.fixedBlock,
      ])}
    />
  );
}
