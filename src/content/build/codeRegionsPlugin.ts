import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { sourceRegions } from '../../core/sourceRegions';

const PREFIX = 'virtual:code-regions/';
const RESOLVED = '\0' + PREFIX;

/**
 * `import regions from 'virtual:code-regions/src/core/handmade/minCharRnn.ts'`: every region of
 * a project source file, as CodeExcerpt shows them (the same extraction), for a figure that
 * steps through the code (CodeStepper). Paths are from the repository root, inside src/.
 */
export function codeRegionsPlugin(root: string): Plugin {
  return {
    name: 'unrolled:code-regions',
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null),
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const relative = id.slice(RESOLVED.length);
      const file = path.resolve(root, relative);
      if (!file.startsWith(path.join(root, 'src') + path.sep))
        throw new Error(`${PREFIX}${relative}: the file must be inside src/`);
      this.addWatchFile(file);
      const regions = Object.fromEntries(sourceRegions(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(regions)};`;
    },
  };
}
