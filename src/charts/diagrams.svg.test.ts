// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createBpttChain } from './bpttChain';
import { createCellStrip } from './cellStrip';
import { createComplexPlane } from './complexPlane';
import { createContourMap } from './contourMap';
import { createFamilyDiagram } from './familyDiagram';
import { createHeatmap } from './heatmap';
import { createHeatmap as createLogHeatmap } from './logHeatmap';
import { createSequenceShapes } from './sequenceShapes';
import { createStateHeatmap } from './stateHeatmap';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';
import { createUnrollDiagram } from './unrollDiagram';

// Deterministic SVG snapshots of the diagram and cell charts: seeded data, fixed sizes, one file
// per state under __snapshots__/. A changed attribute fails the test.

afterEach(() => document.body.replaceChildren());
const noop = () => {};

/** rows × cols values in [lo, hi), seeded. */
function grid(seed: number, rows: number, cols: number, lo = -1, hi = 1): number[][] {
  const rng = seeded(seed);
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => rng.uniform(lo, hi)),
  );
}

describe('heatmap', () => {
  it('draws labelled cells with values and a cursor', async () => {
    const el = container();
    draw(createHeatmap(el, { ariaLabel: 'similarity', onCell: noop }), {
      rowLabels: ['king', 'queen', 'man'],
      colLabels: ['king', 'queen', 'man', 'woman'],
      values: grid(1, 3, 4),
      cursor: [1, 2],
      showValues: true,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('heatmap', 'values'));
  });
});

describe('logHeatmap', () => {
  it('draws columns on a log colour scale with a legend, blank for zeros', async () => {
    const columns = grid(2, 4, 6, 0, 1).map((col) =>
      col.map((v, r) => (r === 5 ? 0 : 10 ** (-6 * v))),
    );
    const el = container();
    draw(
      createLogHeatmap(el, {
        xLabel: 'training step',
        yLabel: 'time step',
        legendLabel: 'norm',
        maxColumns: 8,
        cellTitle: (c, r, v) => `${c},${r}: ${v.toExponential(1)}`,
      }),
      { columns, columnLabels: ['0', '10', '20', '30'], logDomain: [-6, 0] },
    );
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('logHeatmap', 'columns'));
  });
});

describe('stateHeatmap', () => {
  it('draws states per symbol with the focused column and cell', async () => {
    const el = container();
    draw(createStateHeatmap(el, { onPoint: noop }), {
      states: grid(3, 5, 4).map((s) => Float32Array.from(s)),
      symbols: ['h', 'i', ' ', '\n', 'x'],
      focus: { t: 2, unit: 1 },
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('stateHeatmap', 'focus'));
  });
});

describe('cellStrip', () => {
  it('draws a diverging strip with labels and a highlight', async () => {
    const el = container();
    draw(createCellStrip(el, { scheme: 'diverging' }), {
      values: grid(4, 1, 5)[0]!,
      labels: ['a', 'b', 'c', 'd', 'e'],
      highlight: 2,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('cellStrip', 'diverging'));
  });

  it('draws a probability strip without labels', async () => {
    const el = container();
    draw(createCellStrip(el, { scheme: 'probability', digits: 2, cellWidth: 40 }), {
      values: [0.05, 0.7, 0.25],
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('cellStrip', 'probability'));
  });
});

describe('complexPlane', () => {
  it('draws eigenvalues, the unit circle and the spectral radius', async () => {
    const rng = seeded(5);
    const re = Array.from({ length: 8 }, () => rng.uniform(-1.2, 1.2));
    const im = Array.from({ length: 8 }, () => rng.uniform(-1, 1));
    const el = container();
    draw(createComplexPlane(el), {
      re,
      im,
      radius: 1.3,
      unitLabel: 'unit circle',
      radiusLabel: 'ρ',
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('complexPlane', 'radius'));
  });
});

describe('contourMap', () => {
  it('draws bands, iso-lines, two trajectories with a marked step and a crosshair', async () => {
    const n = 12;
    const field = Float64Array.from({ length: n * n }, (_, k) => {
      const x = (k % n) / (n - 1) - 0.5;
      const y = Math.floor(k / n) / (n - 1) - 0.3;
      return Math.log10(1e-3 + 4 * x * x + 9 * y * y);
    });
    const el = container();
    draw(
      createContourMap(el, {
        x: [-1, 1],
        y: [-1, 1],
        xLabel: 'w',
        yLabel: 'b',
        levels: [-2, -1, 0],
      }),
      {
        field,
        n,
        crosshair: { x: 0.2, y: -0.4 },
        trajectories: [
          {
            id: 'plain',
            label: 'plain',
            style: 'solid',
            points: [
              [-0.8, 0.8],
              [-0.4, 0.5],
              [0.9, -0.9],
            ],
            mark: { k: 2, text: 'catapult' },
          },
          {
            id: 'clipped',
            label: 'clipped',
            style: 'dashed',
            points: [
              [-0.8, 0.8],
              [-0.5, 0.4],
              [-0.2, 0.1],
            ],
          },
        ],
      },
    );
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('contourMap', 'trajectories'));
  });
});

describe('bpttChain', () => {
  it('draws known and unknown steps in the backward pass', async () => {
    const el = container();
    draw(createBpttChain(el), {
      current: 1,
      direction: 'backward',
      steps: [
        {
          input: 'h',
          target: 'e',
          state: [0.2, -0.5],
          loss: 1.2,
          fromOutput: 0.4,
          fromFuture: 0.1,
        },
        {
          input: 'e',
          target: 'l',
          state: [0.7, 0.1],
          loss: 0.8,
          fromOutput: 0.3,
          fromFuture: null,
        },
        { input: 'l', target: 'o', state: null, loss: null, fromOutput: null, fromFuture: null },
      ],
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('bpttChain', 'backward'));
  });
});

describe('familyDiagram', () => {
  it('draws nodes, weighted and element-wise edges, revealed up to a stage', async () => {
    const node = (
      id: string,
      kind: 'input' | 'prev' | 'gate' | 'state',
      x: number,
      y: number,
      stage: number,
    ) => ({
      id,
      label: id,
      sub: 't',
      sup: '',
      kind,
      x,
      y,
      stage,
      description: `${id} node`,
      valueText: '0.12, −0.3',
    });
    const el = container();
    draw(createFamilyDiagram(el, { ariaLabel: 'cell', onFocusNode: noop }), {
      width: 3,
      height: 2,
      revealed: 1,
      flowing: 1,
      nodes: [
        node('x', 'input', 0, 2, 0),
        node('h', 'prev', 0, 0, 0),
        node('z', 'gate', 1, 1, 1),
        node('s', 'state', 2, 1, 2),
      ],
      edges: [
        {
          id: 'xz',
          from: 'x',
          to: 'z',
          label: 'W_z',
          title: 'input weights',
          weighted: true,
          trainable: true,
          stage: 1,
        },
        {
          id: 'hz',
          from: 'h',
          to: 'z',
          label: 'U_z',
          title: 'recurrent weights',
          weighted: true,
          trainable: false,
          stage: 1,
        },
        {
          id: 'zs',
          from: 'z',
          to: 's',
          label: '',
          title: 'element-wise',
          weighted: false,
          trainable: false,
          stage: 2,
        },
      ],
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('familyDiagram', 'revealed'));
  });
});

describe('sequenceShapes', () => {
  it('draws an encoder–decoder over words, an image and sound, part computed', async () => {
    const el = container();
    draw(createSequenceShapes(el), {
      key: 'translate',
      inputs: [
        { kind: 'word', text: 'le' },
        { kind: 'image', text: 'cat' },
        { kind: 'audio', text: 'miaou', bands: [0.2, 0.9, 0.5, 0.1] },
        null,
      ],
      outputs: [null, null, { kind: 'word', text: 'the' }, { kind: 'word', text: 'cat' }],
      encoderSteps: 2,
      encoderLabel: 'encoder',
      decoderLabel: 'decoder',
      labels: null,
      progress: 3,
      still: true,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('sequenceShapes', 'encoderDecoder'));
  });

  it('draws an unaligned (CTC) path with blanks and the labels it collapses to', async () => {
    const el = container();
    const word = (text: string) => ({ kind: 'word' as const, text, blank: text === 'ε' });
    draw(createSequenceShapes(el), {
      key: 'ctc',
      inputs: [0.3, 0.8, 0.1, 0.6].map((b, i) => ({
        kind: 'audio' as const,
        text: `frame ${i + 1}`,
        bands: [b, 1 - b, b / 2],
      })),
      outputs: ['a', 'a', 'ε', 'a'].map(word),
      encoderSteps: null,
      encoderLabel: 'encoder',
      decoderLabel: 'decoder',
      labels: [
        { text: 'a', steps: [0, 1] },
        { text: 'a', steps: [3] },
      ],
      progress: 3,
      still: true,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('sequenceShapes', 'unaligned'));
  });
});

describe('unrollDiagram', () => {
  const data = (unrolled: boolean) => ({
    T: 3,
    unrolled,
    focus: 1,
    lit: 'W' as const,
    tokens: ['the', 'extraordinarily', 'cat'],
    states: grid(6, 3, 4).map((s) => Float32Array.from(s)),
    outputs: ['cat', 'sat', 'on'],
    stepLabels: ['step 1', 'step 2', 'step 3'],
    listLabel: 'copies',
    still: true,
  });

  it('draws the unrolled chain with a lit matrix and the focused copy', async () => {
    const el = container();
    draw(createUnrollDiagram(el, { onFocusStep: noop }), data(true));
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('unrollDiagram', 'unrolled'));
  });

  it('draws the folded cell', async () => {
    const el = container();
    draw(createUnrollDiagram(el, { onFocusStep: noop }), data(false));
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('unrollDiagram', 'folded'));
  });
});
