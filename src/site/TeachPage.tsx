import { useRef, useState } from 'react';
import { figures } from 'virtual:figures';
import type { ChapterInfo } from '../content/chapters';
import { useStrings } from '../ui/LangContext';
import { widgetList } from '../widgets/list';
import { TeachBuilder, type TeachSelection } from './TeachBuilder';
import { TeachGallery, type GalleryPick } from './TeachGallery';
import { useWidgetMetas } from './useWidgetMetas';
import { paramsQuery } from '../state/embedSnippets';
import '../widgets/host/embedKit/embedKit.css';

/** `/<lang>/teach/`: the embed builder, then every figure of every chapter as a gallery. */
export function TeachPage({ chapters, base }: { chapters: readonly ChapterInfo[]; base: string }) {
  const s = useStrings().embedKit;
  const metas = useWidgetMetas();
  const builderRef = useRef<HTMLHeadingElement>(null);
  const [selection, setSelection] = useState<TeachSelection>({
    name: widgetList[0]!.info.name,
    preset: null,
    settings: '',
  });
  const pick = ({ name, preset, params }: GalleryPick) => {
    setSelection({ name, preset, settings: paramsQuery(params) });
    builderRef.current?.scrollIntoView({ block: 'start' });
    builderRef.current?.focus();
  };
  return (
    <div className="teach">
      <header className="teach__header">
        <h1>{s.teachTitle}</h1>
        <p>{s.teachIntro}</p>
      </header>
      <section aria-labelledby="teach-builder" className="teach__builder">
        <h2 id="teach-builder" ref={builderRef} tabIndex={-1}>
          {s.build}
        </h2>
        <TeachBuilder selection={selection} onSelect={setSelection} metas={metas} />
      </section>
      <TeachGallery chapters={chapters} figures={figures} metas={metas} base={base} onPick={pick} />
    </div>
  );
}
