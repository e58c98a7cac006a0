// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureLayout } from './FigureLayout';

afterEach(cleanup);

describe('FigureLayout', () => {
  it('puts picture, controls, readout, table and More settings in that order', () => {
    const { container } = render(
      <FigureLayout
        more={<p>more</p>}
        table={<p>table</p>}
        readout={<p>readout</p>}
        controls={<p>controls</p>}
        picture={<p>picture</p>}
      />,
    );
    const order = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(order).toEqual(['picture', 'controls', 'readout', 'table', 'more']);
    expect(screen.getByText('more').closest('details')!.open).toBe(false);
  });

  it('leaves out the slots a figure does not fill', () => {
    const { container } = render(<FigureLayout picture={<p>only</p>} />);
    expect(container.querySelector('details')).toBeNull();
    expect(container.querySelector('.figure-layout__controls')).toBeNull();
    expect(container.querySelector('.figure-layout__picture')!.textContent).toBe('only');
  });
});
