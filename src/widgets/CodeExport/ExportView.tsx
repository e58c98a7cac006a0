import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { WEIGHTS_FILE, type ExportBundle, type ExportTarget } from '../../sim';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { downloadText, mimeOf } from './download';
import './codeExport.css';

export interface ExportViewProps {
  readonly bundle: ExportBundle;
  /** Training steps behind the weights. */
  readonly step: number;
  /** Steps each program trains on after printing the loss. */
  readonly more: number;
}

/**
 * The three programs in tabs — each in its own scrolling box, with how to run it, a notice when
 * the target cannot express the model — and Copy / Download buttons for the program and the
 * weights file they read.
 */
export function ExportView({ bundle, step, more }: ExportViewProps) {
  const s = useStrings().codeExport;
  const id = useId();
  const [target, setTarget] = useState<ExportTarget>('typescript');
  const [copied, setCopied] = useState<boolean | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = bundle.programs.findIndex((p) => p.target === target);
  const program = bundle.programs[index]!;
  const pick = (i: number) => {
    const next = bundle.programs[(i + bundle.programs.length) % bundle.programs.length]!;
    setTarget(next.target);
    setCopied(null);
    return next;
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    pick(index + step);
    tabs.current[(index + step + tabs.current.length) % tabs.current.length]?.focus();
  };
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopied(false);
    clipboard.writeText(program.text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const name = s[program.target];
  return (
    <div className="code-export" data-testid="code-export" data-loss={bundle.loss}>
      <div role="tablist" aria-label={s.tabs} className="code-export__tabs">
        {bundle.programs.map((p, i) => (
          <button
            key={p.target}
            ref={(el) => void (tabs.current[i] = el)}
            type="button"
            role="tab"
            id={`${id}-${p.target}`}
            aria-selected={p.target === target}
            aria-controls={`${id}-panel`}
            tabIndex={p.target === target ? 0 : -1}
            onClick={() => pick(i)}
            onKeyDown={onKey}
          >
            {s[p.target]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${target}`}>
        {program.problem && (
          <p className="code-export__problem" data-testid="code-export-problem">
            {format(s.notExported, { target: name, reason: s.problems[program.problem.code] })}
          </p>
        )}
        <p className="code-export__run">{s.run[program.target]}</p>
        <pre
          className="code-export__code"
          tabIndex={0}
          aria-label={format(s.codeLabel, { target: name })}
          data-testid="code-export-program"
          data-target={program.target}
        >
          <code>{program.text}</code>
        </pre>
        <div className="code-export__actions">
          <button type="button" onClick={copy}>
            {s.copy}
          </button>
          <button
            type="button"
            onClick={() => downloadText(program.text, program.fileName, mimeOf(program.fileName))}
          >
            {format(s.downloadProgram, { file: program.fileName })}
          </button>
          <button
            type="button"
            onClick={() => downloadText(bundle.weightsJson, WEIGHTS_FILE, mimeOf(WEIGHTS_FILE))}
          >
            {format(s.downloadWeights, { file: WEIGHTS_FILE })}
          </button>
          <span role="status">
            {copied === true ? s.copied : copied === false ? s.copyYourself : ''}
          </span>
        </div>
      </div>
      <p className="code-export__loss" data-testid="code-export-loss">
        {format(s.loss, { loss: bundle.loss.toPrecision(10), steps: step, more })}
      </p>
    </div>
  );
}
