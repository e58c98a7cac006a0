import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentComponentNames } from '../componentNames';

const VIRTUAL_ID = 'virtual:figure-places';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Where a figure first appears in a language: its chapter's slug and its instance id there. */
export interface FigurePlace {
  readonly slug: string;
  readonly id: string;
}

export type FigurePlaces = Record<string, { en?: FigurePlace; zh?: FigurePlace }>;

const others = new Set<string>(contentComponentNames);

/**
 * The first place of every widget in one chapter's MDX, with the instance id the build gives it
 * (`Name-n` in page order unless the tag sets `id`, as remarkChapter does). Code is not markup.
 */
export function figurePlacesIn(mdx: string, slug: string): Map<string, FigurePlace> {
  const text = mdx.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const counts = new Map<string, number>();
  const first = new Map<string, FigurePlace>();
  for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const name = match[1]!;
    if (others.has(name)) continue;
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    const id = /\bid="([^"]+)"/.exec(match[2]!)?.[1] ?? `${name}-${n}`;
    if (!first.has(name)) first.set(name, { slug, id });
  }
  return first;
}

function readFigurePlaces(contentDir: string): FigurePlaces {
  const out: FigurePlaces = {};
  for (const lang of ['en', 'zh'] as const) {
    for (const file of readdirSync(path.join(contentDir, lang)).sort()) {
      if (!file.endsWith('.mdx')) continue;
      const mdx = readFileSync(path.join(contentDir, lang, file), 'utf8');
      for (const [name, place] of figurePlacesIn(mdx, file.replace(/\.mdx$/, ''))) {
        const entry = (out[name] ??= {});
        entry[lang] ??= place;
      }
    }
  }
  return out;
}

/** `import { figurePlaces } from 'virtual:figure-places'`: where the embed's "Open in Unrolled" goes. */
export function figurePlacesPlugin(contentDir: string): Plugin {
  return {
    name: 'unrolled:figure-places',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const figurePlaces = ${JSON.stringify(readFigurePlaces(contentDir))};`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(contentDir) && file.endsWith('.mdx')) {
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
