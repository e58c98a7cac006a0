import { useStrings } from '../ui/LangContext';
import { WidgetHost } from '../widgets/host/WidgetHost';
import { findWidget } from '../widgets/list';

const playground = findWidget('Playground')!;
const hostProps = { width: 'page' } as const;

/** `/<lang>/playground/`: the RNN Playground on a page of its own (the same widget embeds too). */
export function PlaygroundPage() {
  const s = useStrings().playground;
  return (
    <article className="playground-page">
      <h1>{s.pageTitle}</h1>
      <p>{s.pageIntro}</p>
      <WidgetHost widget={playground} props={hostProps} />
    </article>
  );
}
