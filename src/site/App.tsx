import { useEffect } from 'react';
import type { ChapterInfo, ChapterModule } from '../content/chapters';
import { LangContext, useStrings } from '../ui/LangContext';
import { ChapterPage } from './ChapterPage';
import { Home } from './Home';
import { Layout } from './Layout';
import { PlaygroundPage } from './PlaygroundPage';
import type { Route } from './routes';
import { TeachPage } from './TeachPage';

interface AppProps {
  readonly route: Route;
  /** The chapter's compiled module, when the route is a chapter that exists. */
  readonly chapter: ChapterModule | null;
  readonly chapters: readonly ChapterInfo[];
  readonly base: string;
}

function NotFound() {
  return <p className="not-found">{useStrings().site.notFound}</p>;
}

export function App({ route, chapter, chapters, base }: AppProps) {
  // Marks the page as interactive (tests wait for it; CSS could use it).
  useEffect(() => {
    document.documentElement.dataset['hydrated'] = 'true';
  }, []);
  let page;
  if (route.kind === 'home') page = <Home all={chapters} base={base} />;
  else if (route.kind === 'playground') page = <PlaygroundPage />;
  else if (route.kind === 'chapter' && chapter)
    page = <ChapterPage chapter={chapter} slug={route.slug} all={chapters} base={base} />;
  else if (route.kind === 'teach') page = <TeachPage chapters={chapters} base={base} />;
  else page = <NotFound />;
  return (
    <LangContext.Provider value={route.lang}>
      <Layout route={route} base={base}>
        {page}
      </Layout>
    </LangContext.Provider>
  );
}
