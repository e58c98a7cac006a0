import type { DefinitionLookup } from '../jobs/registry';
import { functionJob, generatorJob, type JobDefinition } from '../jobs/types';

/**
 * Job kinds for the tests of src/sim/jobs: a counter whose snapshots say how far it got (and
 * that can be told to throw at a step), a function, and a function that throws.
 */
export interface CountInput {
  readonly to: number;
  readonly failAt?: number;
}

export interface CountProgress {
  readonly count: number;
  readonly final: boolean;
}

function* count(input: CountInput) {
  let n = 0;
  while (n < input.to) {
    n++;
    if (n === input.failAt) throw new Error(`failed at ${n}`);
    const at = n;
    yield ({ final }: { final: boolean }): CountProgress => ({ count: at, final });
  }
  return n * 10;
}

const kinds: Record<string, JobDefinition<never, unknown, unknown>> = {
  count: generatorJob(count),
  square: functionJob((x: number) => x * x),
  broken: functionJob((): number => {
    throw new Error('the job broke');
  }),
};

export const testKinds: DefinitionLookup = (kind) => {
  const definition = kinds[kind];
  if (!definition) throw new Error(`no job of kind “${kind}”`);
  return definition as JobDefinition<unknown, unknown, unknown>;
};
