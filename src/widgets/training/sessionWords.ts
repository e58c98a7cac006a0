import { EngineRefusedError, type Divergence } from '../../sim';
import type { Strings } from '../../i18n/en';
import { divergenceText } from '../../ui/divergenceText';
import { engineProblemText } from '../../ui/engineReasonText';
import { messageOf } from './carry';

/**
 * How a SessionController words what stopped or refused a session: the reader's language for
 * what the session gives as codes (a diverging step, an engine that cannot train the model),
 * the error's own message for anything else.
 */
export interface SessionWords {
  readonly error: (e: unknown) => string;
  readonly divergence: (d: Divergence) => string;
}

/** Without a language (a controller outside React): the session's own English. */
export const SESSION_MESSAGES: SessionWords = {
  error: messageOf,
  divergence: (d) => d.message,
};

/** The words of one language (strings from useStrings().engineReasons). */
export function sessionWords(t: Strings['engineReasons']): SessionWords {
  return {
    error: (e) =>
      e instanceof EngineRefusedError ? engineProblemText(e.problem, t) : messageOf(e),
    divergence: (d) => divergenceText(d, t.divergence),
  };
}
