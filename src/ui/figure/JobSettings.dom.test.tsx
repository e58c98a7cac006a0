// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { defineWidget, type PropsOf } from '../../state/widgetMeta';
import { LangContext } from '../LangContext';
import { JobSettings } from './JobSettings';
import type { SliderRow } from './SliderTable';

afterEach(cleanup);

const meta = defineWidget({
  name: 'Test',
  title: { en: 'Test', zh: '测试' },
  description: { en: 'A test', zh: '测试' },
  props: z.object({
    runs: z.int().min(1).max(20).default(4),
    budget: z.int().min(250).max(6000).default(3000),
    noise: z.number().min(0).max(0.5).default(0.2),
    lr: z.number().min(0.001).max(0.1).default(0.02),
    seed: z.int().min(1).max(9999).default(1),
  }),
  presets: {
    standard: { label: { en: 'Standard', zh: '标准' }, values: { runs: 4, lr: 0.02 } },
    many: { label: { en: 'Many runs', zh: '多次' }, values: { runs: 20 } },
  },
});
type Props = PropsOf<typeof meta>;

const LABELS = { runs: 'Runs', budget: 'Budget', noise: 'Noise', lr: 'Learning rate' };
const SLIDERS = [
  ['runs', 1, 20, 1],
  ['budget', 250, 6000, 250],
  ['noise', 0, 0.5, 0.05, (v: number) => `σ ${v.toFixed(2)}`],
  ['lr', 0.001, 0.1, 'log'],
] as const satisfies readonly SliderRow<string>[];

function Settings({ onChange }: { onChange?: (patch: Partial<Props>) => void }) {
  const [props, setProps] = useState<Props>(meta.props.parse({}));
  return (
    <JobSettings
      meta={meta}
      props={props}
      setProps={(patch) => {
        onChange?.(patch);
        setProps((p) => ({ ...p, ...patch }));
      }}
      sliders={SLIDERS}
      labels={LABELS}
    >
      <p>A note of the figure’s own</p>
    </JobSettings>
  );
}

const slider = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('JobSettings', () => {
  it('renders a labelled slider per row with its range, step and value, then the seed', () => {
    render(<Settings />);
    expect(
      screen
        .getAllByRole('slider')
        .map((s) => s.id && (s as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Runs', 'Budget', 'Noise', 'Learning rate']);
    const runs = slider('Runs');
    expect([runs.min, runs.max, runs.step, runs.value]).toEqual(['1', '20', '1', '4']);
    const budget = slider('Budget');
    expect([budget.min, budget.max, budget.step]).toEqual(['250', '6000', '250']);
    // Whole-number steps read grouped, with no decimals; a row may say how it reads.
    expect(budget.getAttribute('aria-valuetext')).toBe('3,000');
    expect(slider('Noise').getAttribute('aria-valuetext')).toBe('σ 0.20');
    // A log track moves in hundredths of a decade: 0.001 … 0.1 is −300 … −100.
    const lr = slider('Learning rate');
    expect([lr.min, lr.max, lr.step]).toEqual(['-300', '-100', '1']);
    expect(lr.getAttribute('aria-valuetext')).toBe('0.02');
    expect(screen.getByText('A note of the figure’s own')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New random weights (seed 1)' })).toBeTruthy();
  });

  it('sets whole numbers from whole-number rows, keeps fractions, and applies presets and seeds', () => {
    const onChange = vi.fn();
    render(<Settings onChange={onChange} />);
    fireEvent.change(slider('Budget'), { target: { value: '500' } });
    expect(onChange).toHaveBeenLastCalledWith({ budget: 500 });
    expect(slider('Budget').getAttribute('aria-valuetext')).toBe('500');
    fireEvent.change(slider('Noise'), { target: { value: '0.35' } });
    expect(onChange).toHaveBeenLastCalledWith({ noise: 0.35 });
    fireEvent.change(slider('Learning rate'), { target: { value: '-200' } });
    expect(onChange.mock.lastCall![0].lr).toBeCloseTo(0.01, 12);
    const preset = screen.getByLabelText('Preset') as HTMLSelectElement;
    expect(preset.value).toBe('');
    fireEvent.change(preset, { target: { value: 'many' } });
    expect(slider('Runs').value).toBe('20');
    expect(preset.value).toBe('many');
    fireEvent.click(screen.getByRole('button', { name: /seed 1/ }));
    expect(onChange).toHaveBeenLastCalledWith({ seed: 2 });
  });

  it('sets whole numbers from a log track that starts at a whole number', () => {
    const onChange = vi.fn();
    render(
      <JobSettings
        meta={meta}
        props={{ budget: 250 }}
        setProps={onChange}
        sliders={[['budget', 40, 1200, 'log']]}
        labels={{ budget: 'Budget' }}
      />,
    );
    const budget = slider('Budget');
    expect([budget.min, budget.max, budget.step]).toEqual(['160', '308', '1']);
    expect(budget.getAttribute('aria-valuetext')).toBe('250');
    // 10^(270/100) = 501.19 → 501; the top of the track (10^3.08 = 1202.3) clamps to 1200.
    fireEvent.change(budget, { target: { value: '270' } });
    expect(onChange).toHaveBeenLastCalledWith({ budget: 501 });
    fireEvent.change(budget, { target: { value: '308' } });
    expect(onChange).toHaveBeenLastCalledWith({ budget: 1200 });
  });

  it('offers no seed button when the figure has no seed, and reads numbers in Chinese', () => {
    const noSeed = defineWidget({
      ...meta,
      props: z.object({ budget: z.int().default(40000) }),
      presets: {},
    });
    const budget = { budget: 40000 };
    render(
      <LangContext.Provider value="zh">
        <JobSettings
          meta={noSeed}
          props={budget}
          setProps={() => {}}
          sliders={[['budget', 1000, 40000, 1000]]}
          labels={{ budget: '预算' }}
        />
      </LangContext.Provider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(slider('预算').getAttribute('aria-valuetext')).toBe('40,000');
  });
});
