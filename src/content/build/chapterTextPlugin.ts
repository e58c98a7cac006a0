import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { stripMarkup } from '../../core/charModel';

const PREFIX = 'virtual:chapter-text/';
const RESOLVED = '\0' + PREFIX;
const LANG_SLUG = /^(en|zh)\/(\d\d-[a-z0-9-]+)$/;

/**
 * `import text from 'virtual:chapter-text/en/01-basics'`: a chapter as the plain prose a reader
 * sees (markup stripped at build time), for the CharRNN widget's "this chapter" corpus. Widgets
 * import it lazily, so it never weighs on the first page load.
 */
export function chapterTextPlugin(contentDir: string): Plugin {
  return {
    name: 'unrolled:chapter-text',
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null),
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const match = LANG_SLUG.exec(id.slice(RESOLVED.length));
      if (!match)
        throw new Error(`no chapter text for ${id.slice(1)}: use ${PREFIX}<lang>/<NN-slug>`);
      const file = path.join(contentDir, match[1]!, `${match[2]!}.mdx`);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(stripMarkup(readFileSync(file, 'utf8')))};`;
    },
  };
}
