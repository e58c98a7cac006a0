// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LegendKeys } from './LegendKeys';

afterEach(cleanup);

describe('LegendKeys', () => {
  it('gives every series a text label and a line pattern, not colour alone', () => {
    render(
      <LegendKeys
        label="Series"
        keys={[
          { label: 'BPTT', color: 'red' },
          { label: 'RTRL', color: 'blue', pattern: 'dashed', marker: 'circle' },
          { label: 'EKF', color: 'green', pattern: 'dotted', marker: 'triangle' },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Series' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['BPTT', 'RTRL', 'EKF']);
    const dashes = items.map((li) => li.querySelector('line')!.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(3);
    expect(items[1]!.querySelector('circle')).toBeTruthy();
    expect(items[2]!.querySelector('path')).toBeTruthy();
    expect(items[0]!.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(items[1]!.querySelector('line')!.getAttribute('stroke')).toBe('blue');
  });

  it('is named "Key" by default', () => {
    render(<LegendKeys keys={[{ label: 'a', color: 'red' }]} />);
    expect(screen.getByRole('list', { name: 'Key' })).toBeTruthy();
  });
});
