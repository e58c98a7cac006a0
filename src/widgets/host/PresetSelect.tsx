import type { WidgetMeta } from '../../state/widgetMeta';
import { PresetRow } from '../../ui/figure';
import { useWidgetProps } from './context';

/** The kit's preset row wired to the widget's own store (for widgets not yet on the kit). */
export function PresetSelect({ meta }: { meta: WidgetMeta }) {
  const [props, setProps] = useWidgetProps(meta);
  return <PresetRow meta={meta} props={props} onApply={setProps} />;
}
