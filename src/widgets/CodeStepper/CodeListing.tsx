import { useEffect, useRef } from 'react';
import type { SourceRegion } from '../../core/sourceRegions';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';

export interface ListingLine {
  readonly region: string;
  readonly number: number;
  readonly text: string;
  readonly current: boolean;
  readonly value: { readonly name: string; readonly text: string; readonly exact: string } | null;
}

/**
 * The code, as the chapter shows it, like a debugger: line numbers of the file, the current
 * line marked ▶ and outlined (not by colour alone), and under each line that has run in the
 * current step its value. The box scrolls itself to keep the current line in view.
 */
export function CodeListing({
  file,
  regions,
  lines,
}: {
  file: string;
  regions: readonly SourceRegion[];
  lines: readonly ListingLine[];
}) {
  const s = useStrings().codeStepper;
  const box = useRef<HTMLDivElement>(null);
  const currentLine = lines.find((l) => l.current)?.number ?? null;

  useEffect(() => {
    const el = box.current;
    const row =
      currentLine === null ? null : el?.querySelector<HTMLElement>(`[data-line="${currentLine}"]`);
    if (!el || !row) return;
    // Scroll the box only (never the page): keep the line and its value a few rows from the edge.
    const top = row.offsetTop - 48;
    const bottom = row.offsetTop + row.offsetHeight * 3 - el.clientHeight;
    if (el.scrollTop > top) el.scrollTop = Math.max(top, 0);
    else if (el.scrollTop < bottom) el.scrollTop = bottom;
  }, [currentLine]);

  const first = regions[0]!.firstLine;
  const last = regions[regions.length - 1]!.lastLine;
  return (
    <div
      ref={box}
      className="code-stepper__listing"
      role="region"
      tabIndex={0}
      aria-label={format(s.codeLabel, { file, lines: `${first}–${last}` })}
      data-testid="code-listing"
    >
      {regions.map((region) => (
        <section key={region.name} className="code-stepper__region" data-region={region.name}>
          <p className="code-stepper__region-title">
            {format(s.regionTitle, { file, region: region.name })}
          </p>
          <ol className="code-stepper__lines">
            {lines
              .filter((l) => l.region === region.name)
              .map((l) => (
                <li
                  key={l.number}
                  data-line={l.number}
                  className={l.current ? 'code-stepper__line is-current' : 'code-stepper__line'}
                  aria-current={l.current ? 'step' : undefined}
                >
                  <span className="code-stepper__marker" aria-hidden="true">
                    {l.current ? '▶' : ''}
                  </span>
                  <span className="code-stepper__number">{l.number}</span>
                  <code className="code-stepper__code">
                    {l.current && <span className="code-stepper__sr">{s.currentMarker}: </span>}
                    {l.text || ' '}
                  </code>
                  {l.value && (
                    <span
                      className="code-stepper__value"
                      data-testid="line-value"
                      data-name={l.value.name}
                      data-value={l.value.exact}
                    >
                      {l.value.name} = {l.value.text}
                    </span>
                  )}
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
