// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumbersTable } from './NumbersTable';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = (
  <NumbersTable
    caption="States by step"
    columns={[{ label: 't' }, { label: 's₁' }, { label: 'p', digits: 1 }]}
    rows={[
      [0, 0.12345, 0.25],
      [1, -0.5, 1],
    ]}
    current={1}
    testId="numbers"
  />
);

describe('NumbersTable', () => {
  it('shows a caption, column headers and formatted numbers, the current row marked', () => {
    render(table);
    const t = screen.getByRole('table', { name: 'States by step' });
    expect(
      within(t)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['t', 's₁', 'p']);
    const rows = within(t).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['0.000', '0.123', '0.3'],
      ['1.000', '-0.500', '1.0'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toBeTruthy();
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    // Narrow enough: no extra tab stop.
    expect(screen.getByTestId('numbers').getAttribute('tabindex')).toBeNull();
  });

  it('writes a column with its own format and keeps every number at full precision', () => {
    render(
      <NumbersTable
        caption="Norms"
        columns={[{ label: 'lag' }, { label: 'norm', format: (v) => v.toExponential(2) }]}
        rows={[['1', 0.000123456789]]}
      />,
    );
    const cell = screen.getByRole('cell');
    expect(cell.textContent).toBe('1.23e-4');
    expect(cell.getAttribute('data-value')).toBe('0.000123456789');
  });

  it('becomes a focusable region named by its caption when it is wider than its box', () => {
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
    render(table);
    const region = screen.getByRole('region', { name: 'States by step' });
    expect(region.getAttribute('tabindex')).toBe('0');
  });
});
