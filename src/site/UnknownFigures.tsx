import { useSyncExternalStore } from 'react';
import { format } from '../i18n';
import { echo } from '../state/echo';
import { unknownInstanceIds } from '../state/shareLink';
import { useStrings } from '../ui/LangContext';
import { FormattedMessage } from '../ui/ReaderText';

/** How many unknown ids the notice names before it only counts the rest. */
const SHOWN = 5;
/** Unicode first-strong isolate and its end: each id keeps its own direction inside the list. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const noChanges = () => () => {};
const readSearch = () => window.location.search;
const noSearch = () => '';

/**
 * A notice at the top of a chapter when its share link addresses figures that are not on the
 * page (`?Nope-1.foo=bar`): the settings go nowhere, and the reader is told rather than left to
 * wonder. The ids come from the URL: shortened and isolated. Read after hydration (the
 * prerendered page has no query).
 */
export function UnknownFigures({ figureIds }: { figureIds: readonly string[] }) {
  const s = useStrings().site;
  // The prerendered page (and hydration) sees no query; the client then reads the real one.
  const search = useSyncExternalStore(noChanges, readSearch, noSearch);
  const unknown = unknownInstanceIds(search, figureIds);
  if (unknown.length === 0) return null;
  const shown = unknown.slice(0, SHOWN).map((id) => isolate(`“${echo(id)}”`));
  const list = shown.join(', ');
  const ids =
    unknown.length > SHOWN ? format(s.andMore, { list, n: unknown.length - SHOWN }) : list;
  return (
    <p className="page-notice" role="status" data-testid="unknown-figures">
      <FormattedMessage template={s.unknownFigures} values={{ ids }} readerText={['ids']} />
    </p>
  );
}
