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
    exclusiveMaximum?: number;
  };
  const integer = json.type === 'integer';
  const min = json.minimum ?? json.exclusiveMinimum ?? -Infinity;
  const max = json.maximum ?? json.exclusiveMaximum ?? Infinity;
  const inclusive = numberIn(min, max, integer);
  const exclusiveMin = json.exclusiveMinimum !== undefined;
  const exclusiveMax = json.exclusiveMaximum !== undefined;
  const parse =
    !exclusiveMin && !exclusiveMax
      ? inclusive
      : (text: string) => {
          const v = inclusive(text);
          return v !== null && (!exclusiveMin || v > min) && (!exclusiveMax || v < max) ? v : null;
        };
  return { min, max, integer, parse, exclusiveMin, exclusiveMax };
}
