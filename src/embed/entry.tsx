import 'katex/dist/katex.min.css';
import '../ui/styles.css';
import { createRoot } from 'react-dom/client';
import { followPageVisibility } from '../widgets/training/pageVisibility';
import { EmbedApp, readEmbedRequest } from './EmbedApp';
import { addOembedDiscovery } from './oembedLink';

// Training pauses while the tab is hidden: one listener for every figure on the page.
followPageVisibility();
const request = readEmbedRequest(window.location.search);
document.documentElement.lang = request.lang === 'zh' ? 'zh-CN' : 'en';
if (request.theme) document.documentElement.dataset['theme'] = request.theme;
if (request.widget) document.title = `${request.widget} · Unrolled`;
if (request.widget) addOembedDiscovery(document, request.widget, request.lang);
createRoot(document.getElementById('root')!, {
  onCaughtError: (error) => console.warn('Caught by an error boundary:', error),
}).render(<EmbedApp request={request} />);
