// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { PresetRow } from './PresetRow';

afterEach(cleanup);

const meta = defineWidget({
  name: 'Test',
  title: { en: 'Test', zh: '测试' },
  description: { en: 'A test', zh: '测试' },
  props: z.object({ a: z.number().default(1), b: z.array(z.number()).default([0, 0]) }),
  presets: {
    one: { label: { en: 'One', zh: '一' }, values: { a: 1 } },
    two: { label: { en: 'Two and ones', zh: '二' }, values: { a: 2, b: [1, 1] } },
  },
});

describe('PresetRow', () => {
  it('shows the matching preset, "Custom" when none matches, and applies a choice', () => {
    const onApply = vi.fn();
    const { rerender } = render(
      <PresetRow meta={meta} props={{ a: 1, b: [0, 0] }} onApply={onApply}>
        <label>
          Word <input />
        </label>
      </PresetRow>,
    );
    const select = screen.getByLabelText('Preset') as HTMLSelectElement;
    expect(select.value).toBe('one');
    expect(screen.getByLabelText('Word')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'two' } });
    expect(onApply).toHaveBeenLastCalledWith({ a: 2, b: [1, 1] });
    rerender(<PresetRow meta={meta} props={{ a: 3, b: [1, 1] }} onApply={onApply} />);
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]!.textContent).toBe('Custom');
  });
});
