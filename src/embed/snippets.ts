/**
 * The snippet writer of the contract between the embed helpers. It lives in src/state (pure, no
 * DOM) because the Embed dialog (widgets layer) and the teachers' page (site layer) use it too,
 * and the lint layering lets neither import src/embed.
 */
export {
  embedSnippets,
  embedPageUrl,
  escapeHtml,
  paramsQuery,
  type EmbedOptions,
  type EmbedSnippets,
} from '../state/embedSnippets';
