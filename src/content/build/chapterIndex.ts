import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parse as parseYaml } from 'yaml';
import { frontmatterSchema } from './frontmatterSchema';
import type { ChapterInfo } from '../chapters';
import { widgetList } from '../../widgets/list';
import { readFigureIndex } from './figureIndex';

const VIRTUAL_ID = 'virtual:chapters';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const FIGURES_ID = 'virtual:figures';
const RESOLVED_FIGURES_ID = '\0' + FIGURES_ID;

/** Reads every chapter's frontmatter (content/<lang>/<NN-slug>.mdx) into a sorted index. */
function readChapterIndex(contentDir: string): ChapterInfo[] {
  const out: ChapterInfo[] = [];
  for (const lang of ['en', 'zh'] as const) {
    for (const name of readdirSync(path.join(contentDir, lang))
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const file = path.join(contentDir, lang, name);
      const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
      const parsed = frontmatterSchema.safeParse(match ? parseYaml(match[1]!) : {});
      if (!parsed.success)
        throw new Error(
          `${path.relative(process.cwd(), file)}:1:1: frontmatter: ${parsed.error.message}`,
        );
      const { title, part, summary, minutes } = parsed.data;
      out.push({ lang, slug: name.replace(/\.mdx$/, ''), title, part, summary, minutes });
    }
  }
  return out.sort((a, b) => a.part - b.part || a.slug.localeCompare(b.slug));
}

/**
 * `import { chapters } from 'virtual:chapters'`: the index, rebuilt when a chapter changes; and
 * `import { figures } from 'virtual:figures'`: every chapter's figures (the teachers' page, oEmbed).
 */
export function chapterIndexPlugin(contentDir: string): Plugin {
  return {
    name: 'unrolled:chapter-index',
    resolveId: (id) =>
      id === VIRTUAL_ID ? RESOLVED_ID : id === FIGURES_ID ? RESOLVED_FIGURES_ID : null,
    load(id) {
      if (id === RESOLVED_FIGURES_ID) {
        const names = new Set(widgetList.map((entry) => entry.info.name));
        return `export const figures = ${JSON.stringify(readFigureIndex(contentDir, names))};`;
      }
      if (id !== RESOLVED_ID) return null;
      return `export const chapters = ${JSON.stringify(readChapterIndex(contentDir))};`;
    },
    // The dev server watches the project folder: a chapter's frontmatter may have changed.
    handleHotUpdate({ file, server }) {
      if (file.startsWith(contentDir) && file.endsWith('.mdx')) {
        for (const id of [RESOLVED_ID, RESOLVED_FIGURES_ID]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      }
    },
  };
}
