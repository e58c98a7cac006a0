// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { expectedLoss } from '../../../sim';
import { EMBED_PAGE_PARAMS } from '../../../state/shareLink';
import { LangContext } from '../../../ui/LangContext';
import { WidgetHost } from '../../host/WidgetHost';
// Loaded with the test file, not on the first press of Embed inside the test's time.
import '../../host/embedKit/EmbedDialog';
import { findWidget } from '../../list';
import { compose } from '../compose';
import { STORAGE_KEY } from './browserStore';
import { readModelFile } from './modelFile';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function renderPlayground(props: Record<string, unknown>) {
  const { container } = render(
    <LangContext.Provider value="en">
      <WidgetHost widget={findWidget('Playground')!} props={{ id: 'Playground', ...props }} />
    </LangContext.Provider>,
  );
  const status = await screen.findByTestId('playground-status', {}, { timeout: 15_000 });
  await act(async () => {});
  return { container, status };
}

async function openCode(container: HTMLElement) {
  fireEvent.click(await within(container).findByTestId('code-tool', {}, { timeout: 15_000 }));
  return screen.findByRole('region', { name: en.codeExport.toolTitle }, { timeout: 15_000 });
}

const settings = {
  cell: 'lstm',
  hidden: 5,
  task: 'latch',
  taskParams: '{"T":6}',
  optimiser: 'adagrad',
  lr: 0.05,
};

describe('the Code and Embed tools on the Playground', { timeout: 120_000 }, () => {
  it('exports the run as it stands: the programs print the loss of the weights it keeps', async () => {
    const { container, status } = await renderPlayground(settings);
    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    await waitFor(() => expect(status.dataset['step']).toBe('1'), { timeout: 20_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull(), {
      timeout: 20_000,
    });
    const read = readModelFile(localStorage.getItem(STORAGE_KEY)!, 'en');
    if (!read.ok) throw new Error(read.code);
    const composed = compose(read.settings);
    if (!composed.ok) throw new Error('refused');

    const region = await openCode(container);
    const loss = expectedLoss({ config: composed.config, weights: read.weights });
    expect(Number(within(region).getByTestId('code-export').dataset['loss'])).toBe(loss);
    const program = within(region).getByTestId('code-export-program').textContent!;
    expect(program).toContain('Playground, 1 steps');
    fireEvent.click(within(region).getByRole('tab', { name: 'PyTorch' }));
    expect(within(region).queryByTestId('code-export-problem')).toBeNull();
    expect(within(region).getByTestId('code-export-program').textContent).toContain(
      'torch.optim.Adagrad(',
    );
  });

  it('refuses in PyTorch and TensorFlow.js what they cannot express, saying why', async () => {
    const { container } = await renderPlayground({ cell: 'clockwork', hidden: 8, task: 'latch' });
    const region = await openCode(container);
    for (const tab of ['PyTorch', 'TensorFlow.js']) {
      fireEvent.click(within(region).getByRole('tab', { name: tab }));
      expect(within(region).getByTestId('code-export-problem').textContent).toContain(
        en.codeExport.problems.clockwork,
      );
      expect(within(region).getByTestId('code-export-program').textContent).toContain(
        'Not exported:',
      );
    }
  });

  it('embeds the current configuration: embed.html restores it', async () => {
    await renderPlayground({ ...settings, seed: 42, steps: 77 });
    // The dialog's code loads on the first press (a suspension): an awaited act lets React finish
    // that render; a synchronous act may drop it while other work is pending.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    });
    await screen.findByTestId('embed-dialog', {}, { timeout: 60_000 });
    const snippet = (screen.getByTestId('embed-snippet') as HTMLTextAreaElement).value;
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('widget')).toBe('Playground');
    cleanup();

    // What embed.html does with its address (src/embed/EmbedApp.tsx): every other parameter is a prop.
    const params = Object.fromEntries(
      [...src.searchParams].filter(([key]) => !EMBED_PAGE_PARAMS.includes(key)),
    );
    render(
      <LangContext.Provider value="en">
        <WidgetHost widget={findWidget('Playground')!} params={params} embedded />
      </LangContext.Provider>,
    );
    const embedded = await screen.findByTestId('playground-status', {}, { timeout: 15_000 });
    await act(async () => {});
    expect(document.querySelector('.widget__issues')).toBeNull();
    expect((screen.getByTestId('playground-cell') as HTMLSelectElement).value).toBe('lstm');
    expect((screen.getByTestId('playground-seed') as HTMLInputElement).value).toBe('42');
    expect((screen.getByTestId('playground-hidden') as HTMLInputElement).value).toBe('5');
    expect((screen.getByTestId('playground-task') as HTMLSelectElement).value).toBe('latch');
    expect(embedded.textContent).toMatch(/Not trained yet/);
  });
});
