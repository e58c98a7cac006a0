import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet under src/, found by walking the tree. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? cssFiles(p) : e.name.endsWith('.css') ? [p] : [];
  });
}

/**
 * The deepest nesting of rule blocks, ignoring comments and strings, or an error when a block is
 * closed that was never opened or left open at the end. Browsers that support CSS nesting do not
 * reject an unclosed block: they silently nest every later rule inside it, so the rules stop
 * matching anything (this happened once to the engine badge's rules after a merge).
 */
function blockDepth(css: string): number | string {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(['"])(?:\\.|(?!\1).)*\1/g, '""');
  let depth = 0;
  let deepest = 0;
  // A block nested in a rule (depth 2) is only expected inside an at-rule such as @media.
  const atRuleAt: boolean[] = [];
  let pendingAt = false;
  for (const ch of bare) {
    if (ch === '@') pendingAt = true;
    else if (ch === ';') pendingAt = false;
    else if (ch === '{') {
      atRuleAt.push(pendingAt);
      pendingAt = false;
      depth++;
      if (depth >= 2 && !atRuleAt[depth - 2]) return `a rule nested in a rule (depth ${depth})`;
      deepest = Math.max(deepest, depth);
    } else if (ch === '}') {
      atRuleAt.pop();
      depth--;
      if (depth < 0) return 'a } without its {';
    }
  }
  return depth === 0 ? deepest : `${depth} block(s) left open`;
}

describe('stylesheets', () => {
  const files = cssFiles(path.resolve(__dirname, '..'));

  it('finds the stylesheets', () => {
    expect(files.some((f) => f.endsWith(path.join('ui', 'styles.css')))).toBe(true);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))(
    '%s closes every block it opens, and nests rules only in at-rules',
    (_, file) => {
      expect(typeof blockDepth(readFileSync(file, 'utf8'))).toBe('number');
    },
  );

  it('catches an unclosed block and a rule nested in a rule', () => {
    expect(blockDepth('a { color: red; }\n@media (x) { b { c: d; } }')).toBe(2);
    expect(blockDepth('a { color: red;\nb { c: d; }')).toBe('a rule nested in a rule (depth 2)');
    expect(blockDepth('a { color: red; }}')).toBe('a } without its {');
    expect(blockDepth('@media (x) { a { b: c; }')).toBe('1 block(s) left open');
  });
});
