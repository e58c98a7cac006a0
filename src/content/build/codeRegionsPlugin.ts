import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { sourceRegions } from '../../core/sourceRegions';

const PREFIX = 'virtual:handmade-regions/';
const RESOLVED = '\0' + PREFIX;
const NAME = /^[A-Za-z]+$/;

/**
 * `import regions from 'virtual:handmade-regions/minCharRnn'`: every region of the chapter's
 * hand-written code, `src/core/handmade/<name>.ts`, as CodeExcerpt shows them (the same
 * extraction), for a figure that steps through the code (CodeStepper).
 */
export function codeRegionsPlugin(root: string): Plugin {
  return {
    name: 'unrolled:handmade-regions',
    resolveId: (id) => (id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null),
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const file = path.join(root, 'src', 'core', 'handmade', `${name}.ts`);
      if (!NAME.test(name) || !existsSync(file))
        throw new Error(`${PREFIX}${name}: no file src/core/handmade/${name}.ts`);
      this.addWatchFile(file);
      const regions = Object.fromEntries(sourceRegions(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(regions)};`;
    },
  };
}
