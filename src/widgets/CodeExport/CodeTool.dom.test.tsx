// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

describe('the Code tool on GradientFlow', { timeout: 30_000 }, () => {
  it('offers both of its runs, and says PyTorch cannot hold a linear SRN', async () => {
    const { container } = render(
      <LangContext.Provider value="en">
        <WidgetHost
          widget={findWidget('GradientFlow')!}
          props={{ id: 'GradientFlow-1', lstm: true, activation: 'linear' }}
        />
      </LangContext.Provider>,
    );
    const tool = await within(container).findByTestId('code-tool', {}, { timeout: 20_000 });
    fireEvent.click(tool);
    const region = await screen.findByRole(
      'region',
      { name: en.codeExport.toolTitle },
      { timeout: 20_000 },
    );
    const model = within(region).getByRole('combobox', { name: en.codeExport.model });
    expect([...(model as HTMLSelectElement).options].map((o) => o.text)).toEqual(['SRN', 'LSTM']);
    const program = () => within(region).getByTestId('code-export-program');
    expect(program().textContent).toContain('// Model: SRN (linear)');
    fireEvent.click(within(region).getByRole('tab', { name: 'PyTorch' }));
    expect(within(region).getByTestId('code-export-problem').textContent).toBe(
      `Not written for PyTorch: ${en.codeExport.problems.activation} The program says so and stops; the TypeScript program runs this model.`,
    );
    expect(program().textContent).toContain('sys.exit("Not exported: torch.nn');
    fireEvent.change(model, { target: { value: '1' } });
    expect(program().textContent).toContain('torch.nn.LSTM(');
    expect(within(region).queryByTestId('code-export-problem')).toBeNull();
  });
});
