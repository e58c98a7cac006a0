import { RTRL_FLOATS, RTRL_WORK, type Agreement } from '../../../core/experiments';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { NumbersTable } from '../../../ui/figure';

const sci = (v: number) => v.toExponential(1);

/** RTRL's gradient against BPTT's on the first held-out sequence, or why it is not compared. */
export function AgreementView({ agreement }: { readonly agreement: Agreement }) {
  const w = useStrings().playgroundWatch;
  const text = agreement.ok
    ? format(w.agreement, { relative: sci(agreement.relative) })
    : agreement.reason === 'shape'
      ? w.agreementShape
      : format(w.agreementSize, {
          work: sci(agreement.work),
          floats: sci(agreement.floats),
          workLimit: sci(RTRL_WORK),
          floatsLimit: sci(RTRL_FLOATS),
        });
  return (
    <section className="playground-watch__agreement">
      <p className="playground__caption">
        <strong>{w.agreementTitle}.</strong>{' '}
        <span
          data-testid="playground-agreement"
          data-state={agreement.ok ? 'compared' : agreement.reason}
          data-relative={agreement.ok ? agreement.relative : ''}
        >
          {text}
        </span>
      </p>
      {agreement.ok && (
        <details className="playground-watch__details">
          <summary>{w.agreementDetails}</summary>
          <NumbersTable
            caption={w.agreementCaption}
            columns={[
              w.block,
              { label: w.norm, format: sci },
              { label: w.maxDiff, format: sci },
              { label: w.relative, format: sci },
            ]}
            rows={agreement.blocks.map((b) => [b.name, b.norm, b.maxDiff, b.relative])}
            testId="playground-agreement-table"
          />
        </details>
      )}
    </section>
  );
}
