// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { createWidgetStore, type WidgetStore } from '../../state/widgetStore';
import { WidgetContext, useWidgetProps } from './context';

afterEach(cleanup);

const meta = defineWidget({
  name: 'Counter',
  title: { en: 'Counter', zh: '计数' },
  description: { en: 'Counts', zh: '计数' },
  props: z.object({ n: z.int().min(0).max(3).default(0) }),
  presets: {},
});

function Counter() {
  const [props, setProps] = useWidgetProps(meta);
  return (
    <button type="button" onClick={() => setProps({ n: props.n + 1 })}>
      n = {props.n}
    </button>
  );
}

describe('useWidgetProps', () => {
  it('reads the instance’s props and writes them through its store, schema-checked', () => {
    const store = createWidgetStore(meta, meta.props.parse({}), { n: 2 });
    render(
      <WidgetContext.Provider value={{ store: store as WidgetStore<unknown>, instanceId: 'c' }}>
        <Counter />
      </WidgetContext.Provider>,
    );
    const button = screen.getByRole('button');
    expect(button.textContent).toBe('n = 2');
    fireEvent.click(button);
    expect(button.textContent).toBe('n = 3');
    expect(store.getState().props.n).toBe(3);
    // n = 4 breaks the schema's max: the store keeps 3.
    const warn = console.warn;
    console.warn = () => {};
    fireEvent.click(button);
    console.warn = warn;
    expect(button.textContent).toBe('n = 3');
  });
});
