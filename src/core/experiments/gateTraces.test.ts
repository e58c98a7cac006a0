import { describe, expect, it } from 'vitest';
import { lstmGateRun } from '../lessons';
import { createModel, initParams, slice } from '../model';
import { createRng } from '../rng';
import {
  GATE_TRACE_SYMBOLS,
  GATE_TRACE_TASK,
  gateTrace,
  gateTraceSpec,
  keyRecallSample,
  keyRecallStream,
  keyRecallStreams,
  summariseGateTraces,
} from './gateTraces';

describe('remember the first symbol, as a continual stream', () => {
  it('strings back to back: a key, a gap of a/b, a query whose target is the key', () => {
    const stream = keyRecallStream(createRng(3), GATE_TRACE_TASK);
    expect(stream.keys).toHaveLength(GATE_TRACE_TASK.strings);
    expect(stream.keys[0]).toBe(0);
    stream.queries.forEach((q, k) => {
      expect(GATE_TRACE_SYMBOLS[stream.ids[q.t]!]).toBe('?');
      expect(q.answer).toBe(stream.ids[stream.keys[k]!]);
      const gap = q.t - stream.keys[k]! - 1;
      expect(gap).toBeGreaterThanOrEqual(GATE_TRACE_TASK.minGap);
      expect(gap).toBeLessThanOrEqual(GATE_TRACE_TASK.maxGap);
      // The next string starts right after the query.
      if (k + 1 < stream.keys.length) expect(stream.keys[k + 1]).toBe(q.t + 1);
    });
    const sample = keyRecallSample(stream);
    expect(sample.targets.filter((t) => t !== null)).toEqual(stream.queries.map((q) => q.answer));
    expect(Array.from(sample.inputs[0]!)).toEqual(
      GATE_TRACE_SYMBOLS.map((_, i) => +(i === stream.ids[0])),
    );
  });

  it('the traced gates equal the chapter’s LSTM written gate by gate', () => {
    const model = createModel(gateTraceSpec(4, 1));
    const params = initParams(model, 5);
    const stream = keyRecallStreams(1, 8)[0]!;
    const trace = gateTrace(model, params, stream);
    const steps = lstmGateRun(
      slice(params, model.layers[0]!.forward),
      4,
      keyRecallSample(stream).inputs,
    );
    steps.forEach((step, t) => {
      for (const [traced, written] of [
        [trace.i[t]!, step.gates.i.value],
        [trace.f[t]!, step.gates.f.value],
        [trace.o[t]!, step.gates.o.value],
        [trace.c[t]!, step.c],
      ] as const)
        traced.forEach((v, j) => expect(v).toBeCloseTo(written[j]!, 14));
    });
  });

  it('summarises: accuracy over the queries and the memory unit’s gates', () => {
    const model = createModel(gateTraceSpec(3, 1));
    const streams = keyRecallStreams(20, 4);
    const summary = summariseGateTraces(model, initParams(model, 2), streams);
    // Untrained: an answer per query, about chance.
    expect(summary.accuracy).toBeGreaterThan(0.2);
    expect(summary.accuracy).toBeLessThan(0.8);
    expect(summary.memoryUnit).toBeGreaterThanOrEqual(0);
    for (const v of [summary.forgetAtBoundary, summary.forgetElsewhere, summary.inputAtKey])
      expect(v).toBeGreaterThan(0);
  });
});
