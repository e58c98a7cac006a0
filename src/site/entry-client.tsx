import 'katex/dist/katex.min.css';
import '../ui/styles.css';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { chapters } from 'virtual:chapters';
import { chapterModuleKey, type ChapterModule } from '../content/chapters';
import { followPageVisibility } from '../widgets/training/pageVisibility';
import { App } from './App';
import { parseRoute, routeKey } from './routes';

const loaders = import.meta.glob<ChapterModule>('/content/*/*.mdx');
const base = import.meta.env.BASE_URL;

/** Errors caught by a widget's error boundary are shown in place; the console gets a warning. */
const rootOptions: RootOptions = {
  onCaughtError: (error) => console.warn('Caught by an error boundary:', error),
};

async function start() {
  const route = parseRoute(window.location.pathname, base);
  const loader =
    route.kind === 'chapter' ? loaders[chapterModuleKey(route.lang, route.slug)] : undefined;
  const chapter = loader ? await loader() : null;
  const effective =
    route.kind === 'chapter' && !chapter ? { kind: 'notFound' as const, lang: route.lang } : route;
  const app = <App route={effective} chapter={chapter} chapters={chapters} base={base} />;
  const el = document.getElementById('root')!;
  // Hydrate only the page that was prerendered for this route; otherwise (dev server, or a
  // static host's fallback page) render from scratch.
  if (el.dataset['route'] === routeKey(effective) && el.firstChild)
    hydrateRoot(el, app, rootOptions);
  else {
    el.textContent = '';
    createRoot(el, rootOptions).render(app);
  }
}

// Training pauses while the tab is hidden: one listener for every figure on the page.
followPageVisibility();
void start();
