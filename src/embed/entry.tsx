import 'katex/dist/katex.min.css';
import '../ui/styles.css';
import { createRoot } from 'react-dom/client';
import { EMBED_URL_EVENT } from '../widgets/host/useEmbedUrl';
import { followPageVisibility } from '../widgets/training/pageVisibility';
import { EmbedApp, readEmbedRequest } from './EmbedApp';
import { rememberEmbedAddress, restoreEmbedAddress } from './embedMemory';
import { postHeightToParent } from './frameHeight';
import { addOembedDiscovery } from './oembedLink';

// Training pauses while the tab is hidden: one listener for every figure on the page.
followPageVisibility();
// As loaded, before the address is restored or follows the settings (WordPress's secret is here).
const firstHash = window.location.hash;
restoreEmbedAddress();
window.addEventListener(EMBED_URL_EVENT, rememberEmbedAddress);
const request = readEmbedRequest(window.location.search);
document.documentElement.lang = request.lang === 'zh' ? 'zh-CN' : 'en';
if (request.theme) document.documentElement.dataset['theme'] = request.theme;
if (request.widget) document.title = `${request.widget} · Unrolled`;
postHeightToParent(request.widget, firstHash);
if (request.widget) addOembedDiscovery(document, request.widget, request.lang);
createRoot(document.getElementById('root')!, {
  onCaughtError: (error) => console.warn('Caught by an error boundary:', error),
}).render(<EmbedApp request={request} />);
