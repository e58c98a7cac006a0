// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChoiceRow } from './ChoiceRow';

afterEach(cleanup);

// user-event walks a radio group by a selector built with CSS.escape, which jsdom lacks (the
// group's name comes from useId and holds characters a selector must escape).
globalThis.CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) } as typeof CSS;

function Bias() {
  const [bias, setBias] = useState(1);
  return (
    <>
      <ChoiceRow
        legend="Forget-gate bias"
        value={bias}
        options={[0, 1, 3, 5].map((b) => [b, String(b)] as const)}
        onChange={setBias}
      />
      <output>{bias}</output>
    </>
  );
}

describe('ChoiceRow', () => {
  it('is a labelled radio group: one click or the arrow keys choose', async () => {
    const user = userEvent.setup();
    render(<Bias />);
    const group = screen.getByRole('group', { name: 'Forget-gate bias' });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(4);
    expect((screen.getByLabelText('1') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByLabelText('3'));
    expect(screen.getByRole('status').textContent).toBe('3');
    expect(screen.getByLabelText('3')).toBe(document.activeElement);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status').textContent).toBe('5');
    expect((screen.getByLabelText('5') as HTMLInputElement).checked).toBe(true);
  });
});
