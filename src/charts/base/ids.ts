let counter = 0;

/**
 * A document-unique id for a clip path, marker or pattern: two copies of a figure on one page
 * never point at each other's definitions.
 */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++counter}`;
}
