import { describe, expect, it } from 'vitest';
import { spreadLabels } from './endLabels';

describe('spreadLabels', () => {
  it('leaves labels that are far enough apart where their lines end', () => {
    expect(spreadLabels([10, 50, 90], 12, 0, 100)).toEqual([10, 50, 90]);
  });

  it('keeps five labels of lines ending together at the bottom inside the plot, 12 apart', () => {
    // AlgorithmRace: five losses near 0 end on the bottom edge (y = 188) of a 188 px plot.
    const ys = [187, 188, 186, 188, 185];
    const placed = spreadLabels(ys, 12, 0, 188);
    expect(Math.max(...placed)).toBeLessThanOrEqual(188);
    const sorted = [...placed].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++)
      expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(12);
    // The lowest line keeps the lowest label.
    expect(placed[4]).toBe(Math.min(...placed));
  });

  it('pushes labels down from the top edge and never above it', () => {
    const placed = spreadLabels([-5, 0, 2], 12, 0, 100);
    expect(placed).toEqual([0, 12, 24]);
  });
});
