import { Fragment } from 'react';
import { templateParts } from '../i18n';

/**
 * A message with placeholders filled. Values named in `readerText` came from the reader (a word,
 * a link's value) and are wrapped in <bdi>, so right-to-left text or a U+202E override inside
 * them cannot reverse the rest of the message.
 */
export function FormattedMessage({
  template,
  values,
  readerText,
}: {
  template: string;
  values: Readonly<Record<string, string | number>>;
  readerText: readonly string[];
}) {
  return (
    <>
      {templateParts(template).map((part, i) => {
        if (part.name === null || !(part.name in values))
          return <Fragment key={i}>{part.text}</Fragment>;
        const value = String(values[part.name]);
        return readerText.includes(part.name) ? (
          <bdi key={i}>{value}</bdi>
        ) : (
          <Fragment key={i}>{value}</Fragment>
        );
      })}
    </>
  );
}
