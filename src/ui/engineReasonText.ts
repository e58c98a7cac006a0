import { format } from '../i18n';
import type { Strings } from '../i18n/en';
import type { EngineKind, EngineProblem, EngineReason, MeasuredRate } from '../sim';

type Words = Strings['engineReasons'];

/**
 * The engine badge's reasons in the reader's language: the session says why in codes and
 * values (src/sim/engineReasons.ts), this picks the words (src/i18n/<lang>/engineReasons.ts).
 */
export function engineReasonsText(
  reasons: readonly EngineReason[],
  t: Words,
  lang: 'en' | 'zh',
): string | null {
  if (reasons.length === 0) return null;
  return reasons.map((r) => engineReasonText(r, t, lang)).join(t.reasonSeparator);
}

export function engineReasonText(reason: EngineReason, t: Words, lang: 'en' | 'zh'): string {
  const name = (e: EngineKind, scalar?: boolean) =>
    e === 'simd' && scalar ? t.engine.simdScalar : t.engine[e];
  const whole = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });
  const rates = (measured: readonly MeasuredRate[]) =>
    measured
      .map((m) =>
        format(t.rate, {
          engine: name(m.engine, m.scalar),
          // Rates as plain digits, as the badge always wrote them (no grouping).
          rate: String(Math.round(m.rate)),
        }),
      )
      .join(t.rateSeparator);
  switch (reason.code) {
    case 'autoGuess':
      return t.autoGuess;
    case 'autoFastest':
      return format(t.autoFastest, { rates: rates(reason.measured) });
    case 'autoKept':
      return reason.margin === null
        ? format(t.autoKeptFastest, {
            rates: rates(reason.measured),
            engine: name(reason.engine.engine, reason.engine.scalar),
          })
        : format(t.autoKeptWithin, {
            rates: rates(reason.measured),
            engine: name(reason.engine.engine, reason.engine.scalar),
            margin: whole.format(reason.margin * 100),
          });
    case 'autoSwitched': {
      const { from, to } = reason;
      const values = {
        step: String(reason.step),
        to: name(to.engine, to.scalar),
        from: name(from.engine, from.scalar),
        rates: rates(reason.measured),
      };
      return from.rate > 0
        ? format(t.autoSwitched, { ...values, ratio: (to.rate / from.rate).toFixed(1) })
        : format(t.autoSwitchedUnmeasured, values);
    }
    case 'autoOnlyCore':
      return format(t.autoOnlyCore, { problem: engineProblemText(reason.problem, t) });
    case 'scalarBuild':
      return t.scalarBuild;
    case 'wasmFailed':
      return reason.message === null ? t.noWasm : format(t.wasmFailed, { message: reason.message });
    case 'backendsFailed':
      return format(t.backendsFailed, {
        failures: reason.failures
          .map((f) =>
            format(t.backendFailed, {
              backend: t.backendName[f.backend],
              why: format(t.backend[f.code], { message: f.message ?? '' }),
            }),
          )
          .join(t.backendSeparator),
      });
    case 'lostContext':
      return format(t.lostContext, {
        lostAt: String(reason.lostAt),
        from: String(reason.from),
        engine: name(reason.engine),
      });
  }
}

/** Why an engine cannot train a model or algorithm, in the reader's language. */
export function engineProblemText(problem: EngineProblem, t: Words): string {
  switch (problem.code) {
    case 'algorithmOnlyCore': {
      const algorithm =
        (t.algorithm as Record<string, string>)[problem.algorithm] ??
        problem.algorithm.toUpperCase();
      return problem.engine === 'simd'
        ? format(t.problem.algorithmOnlyCoreSimd, { algorithm })
        : format(t.problem.algorithmOnlyCore, { algorithm, engine: t.engine[problem.engine] });
    }
    case 'jordanOnlyCore':
      return t.problem.jordanOnlyCore;
    case 'lstmVariantOnlyCore':
      return problem.variant === null
        ? t.problem.lstmTruncatedOnlyCore
        : // Variant names as the paper writes them (Greff et al.: CIFG, NFG …).
          format(t.problem.lstmVariantOnlyCore, { variant: problem.variant.toUpperCase() });
    case 'modelRefused':
      return format(t.problem.modelRefused, { message: problem.message });
  }
}
