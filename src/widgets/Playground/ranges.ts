import * as z from 'zod';
import { playgroundMeta } from './meta';
import { numberIn } from './fields';

type NumericKey = {
  [K in keyof typeof playgroundMeta.props.shape]: z.output<
    (typeof playgroundMeta.props.shape)[K]
  > extends number
    ? K
    : never;
}[keyof typeof playgroundMeta.props.shape];

/** A numeric setting's range and parser, read from its zod schema (meta.ts), so one place holds it. */
export function rangeOf(key: NumericKey) {
  const json = z.toJSONSchema(playgroundMeta.props.shape[key], { io: 'input' }) as {
    type?: string;
    minimum?: number;
    exclusiveMinimum?: number;
    maximum?: number;
  };
  const integer = json.type === 'integer';
  const min = json.minimum ?? json.exclusiveMinimum ?? -Infinity;
  const max = json.maximum ?? Infinity;
  const inclusive = numberIn(min, max, integer);
  const parse =
    json.exclusiveMinimum === undefined
      ? inclusive
      : (text: string) => {
          const v = inclusive(text);
          return v !== null && v > min ? v : null;
        };
  return { min, max, integer, parse, exclusiveMin: json.exclusiveMinimum !== undefined };
}
