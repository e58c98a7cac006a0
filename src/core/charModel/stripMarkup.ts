/**
 * Turns an MDX chapter into the plain text a reader sees, for training a character model on it:
 * frontmatter, import/export lines, JSX tags (with their attributes), HTML comments, code fences,
 * math ($…$, $$…$$) and Markdown syntax go; the words stay. Citations like <Cite id="x" /> vanish
 * with the other tags. Paragraphs are kept as single newlines, other whitespace collapses.
 */
export function stripMarkup(mdx: string): string {
  let text = mdx.replace(/\r\n?/g, '\n');
  text = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  text = text.replace(/^```[\s\S]*?^```\s*$/gm, '');
  text = text.replace(/^(import|export)\s[^\n]*$/gm, '');
  text = text.replace(/\$\$[\s\S]*?\$\$/g, '');
  text = text.replace(/\$[^$\n]+\$/g, '');
  // JSX/HTML tags, including multi-line attribute lists; keep what sits between the tags.
  text = text.replace(/<\/?[A-Za-z][^<>]*?\/?>/g, '');
  text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
  text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  text = text.replace(/^\s{0,3}#{1,6}\s+/gm, '');
  text = text.replace(/^\s{0,3}>\s?/gm, '');
  text = text.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '');
  text = text.replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, '');
  text = text.replace(/\|/g, ' ');
  text = text.replace(/(\*\*|__)(.+?)\1/g, '$2');
  text = text.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2');
  text = text.replace(/`([^`]*)`/g, '$1');
  text = text.replace(/[{}]/g, '');
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  return paragraphs.join('\n');
}
