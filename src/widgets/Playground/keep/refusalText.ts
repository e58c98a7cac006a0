import { format } from '../../../i18n';
import type { Strings } from '../../../i18n/en';
import type { FileRefusal } from './modelFile';
import type { LinkRefusal } from './weightsLink';

/** A link's refused weights in the reader's words. */
export function linkRefusalText(t: Strings['playgroundKeep']['link'], r: LinkRefusal): string {
  switch (r.code) {
    case 'tooLong':
      return format(t.tooLong, { chars: r.chars, limit: r.limit });
    case 'version':
      return format(t.version, { version: r.version });
    case 'count':
      return format(t.count, { theirs: r.theirs, ours: r.ours });
    case 'nonFinite':
      return format(t.nonFinite, { bad: r.bad, total: r.total });
    case 'nonFiniteState':
      return format(t.nonFiniteState, { bad: r.bad, total: r.total });
    default:
      return t[r.code];
  }
}

/** A refused model file in the reader's words (the engine's own detail kept in English). */
export function fileRefusalText(t: Strings['playgroundKeep']['file'], r: FileRefusal): string {
  if (r.code === 'format' || r.code === 'settings')
    return format(t[r.code], { message: r.message });
  return t[r.code];
}
