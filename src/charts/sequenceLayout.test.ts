import { describe, expect, it } from 'vitest';
import { sequenceLayout, stepPhase, stepSpan } from './sequenceLayout';

describe('sequenceLayout', () => {
  it('puts the steps one column apart and sizes the drawing to hold them', () => {
    const l = sequenceLayout(4);
    expect(l.x).toHaveLength(4);
    for (let t = 1; t < 4; t++) expect(l.x[t]! - l.x[t - 1]!).toBe(l.nodeWidth + l.gap);
    expect(l.width).toBe(l.x[3]! + l.nodeWidth + l.x[0]!);
    const r = l.rows;
    expect(r.outputTop + r.outputHeight).toBeLessThan(r.hiddenTop);
    expect(r.hiddenTop + r.hiddenHeight).toBeLessThan(r.inputTop);
    expect(r.inputTop + r.inputHeight).toBeLessThan(r.bracket);
    expect(l.height).toBeGreaterThan(r.bracket);
    expect(() => sequenceLayout(0)).toThrow(/steps must be/);
  });

  it('makes room for a row of collapsed labels above the outputs', () => {
    const plain = sequenceLayout(3);
    const l = sequenceLayout(3, true);
    expect(plain.rows.labelTop).toBeNull();
    const r = l.rows;
    expect(r.labelTop!).toBeLessThan(r.outputTop - r.outputHeight);
    expect(r.outputTop + r.outputHeight).toBeLessThan(r.hiddenTop);
    expect(r.inputTop + r.inputHeight).toBeLessThan(r.bracket);
    expect(l.height - plain.height).toBe(r.outputTop - plain.rows.outputTop);
    expect(l.x).toEqual(plain.x);
  });

  it('spans a bracket from the first step’s left edge to the last step’s right edge', () => {
    const l = sequenceLayout(5);
    expect(stepSpan(l, 1, 3)).toEqual([l.x[1], l.x[3]! + l.nodeWidth]);
  });
});

describe('stepPhase', () => {
  it('marks steps before the current one done, the current active, the rest pending, all done at the end', () => {
    expect([0, 1, 2, 3].map((t) => stepPhase(t, 2, 4))).toEqual([
      'done',
      'active',
      'pending',
      'pending',
    ]);
    expect([0, 1].map((t) => stepPhase(t, 0, 2))).toEqual(['pending', 'pending']);
    expect([0, 1].map((t) => stepPhase(t, 2, 4))).toEqual(['done', 'active']);
  });
});
