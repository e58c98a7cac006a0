import { createContext, useContext } from 'react';
import { stringsFor, type Lang, type Strings } from '../i18n';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return stringsFor(useLang());
}
