// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Slider } from './Slider';

afterEach(cleanup);

describe('Slider', () => {
  it('on a log scale, the ends of the track give exactly min and max (not a rounded 5.012)', () => {
    const onChange = vi.fn();
    render(<Slider label="Learning rate" value={0.5} min={0.01} max={5} log onChange={onChange} />);
    const input = screen.getByLabelText('Learning rate') as HTMLInputElement;
    fireEvent.change(input, { target: { value: input.max } });
    expect(onChange).toHaveBeenLastCalledWith(5);
    fireEvent.change(input, { target: { value: input.min } });
    expect(onChange).toHaveBeenLastCalledWith(0.01);
    fireEvent.change(input, { target: { value: '-100' } });
    expect(onChange.mock.lastCall![0]).toBeCloseTo(0.1, 12);
  });
});
