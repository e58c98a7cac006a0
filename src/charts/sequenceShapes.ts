import { select, type Selection } from 'd3-selection';
import { appendArrowMarker } from './base';
import type { Chart } from './chart';
import { sequenceLayout, stepPhase, stepSpan, type SequenceLayout } from './sequenceLayout';

/** A word, a picture (drawn as an icon) or a frame of sound (drawn as band levels). */
export interface SequenceToken {
  readonly kind: 'word' | 'image' | 'audio';
  readonly text: string;
  readonly bands?: readonly number[];
  /** An unaligned shape's blank: "no label at this step", drawn faint and dashed. */
  readonly blank?: boolean;
}

/** A label an unaligned (CTC) path collapses to, and the steps whose outputs merged into it. */
export interface SequenceLabel {
  readonly text: string;
  readonly steps: readonly number[];
}

export interface SequenceShapesData {
  /** Which example is drawn; a new key redraws the diagram from scratch. */
  readonly key: string;
  readonly inputs: readonly (SequenceToken | null)[];
  readonly outputs: readonly (SequenceToken | null)[];
  /** Encoder–decoder: how many steps read before the writing starts; null for other shapes. */
  readonly encoderSteps: number | null;
  readonly encoderLabel: string;
  readonly decoderLabel: string;
  /** Unaligned (CTC): the collapsed labels, drawn in a row above the outputs; null otherwise. */
  readonly labels: readonly SequenceLabel[] | null;
  /** Steps computed so far (0 … steps): the data has flowed through steps < progress. */
  readonly progress: number;
  /** prefers-reduced-motion: changes jump, no fading. */
  readonly still: boolean;
}

type Step = { t: number; input: SequenceToken | null; output: SequenceToken | null };
type Sel = Selection<SVGGElement, unknown, null, undefined>;

const subscript = (n: number) => String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]!);

function line(g: Sel, cls: string, marker: string, [x1, y1, x2, y2]: number[]) {
  g.append('line')
    .attr('class', `flow ${cls}`)
    .attr('x1', x1!)
    .attr('y1', y1!)
    .attr('x2', x2!)
    .attr('y2', y2!)
    .attr('marker-end', `url(#${marker})`);
}

/** A photo icon: a frame, a sun and two hills (captioning's one input). */
function drawImage(g: Sel, w: number, h: number) {
  const pad = 6;
  g.append('rect')
    .attr('class', 'icon__frame')
    .attr('x', pad)
    .attr('y', 3)
    .attr('width', w - 2 * pad)
    .attr('height', h - 6)
    .attr('rx', 3);
  g.append('circle')
    .attr('class', 'icon__sun')
    .attr('cx', w - pad - 12)
    .attr('cy', 13)
    .attr('r', 5);
  g.append('path')
    .attr('class', 'icon__hill')
    .attr(
      'd',
      `M${pad},${h - 3} L${pad + 18},${h - 24} L${pad + 30},${h - 12} L${pad + 40},${h - 20} L${w - pad},${h - 3} Z`,
    );
}

/** A frame of sound: one bar per frequency band, as tall as the band is loud. */
function drawAudio(g: Sel, w: number, h: number, bands: readonly number[]) {
  const bw = (w - 16) / bands.length;
  bands.forEach((b, i) => {
    const bh = Math.max(2, b * (h - 8));
    g.append('rect')
      .attr('class', 'icon__band')
      .attr('x', 8 + i * bw + 1)
      .attr('y', h - 4 - bh)
      .attr('width', bw - 2)
      .attr('height', bh);
  });
}

function drawToken(
  parent: Sel,
  token: SequenceToken,
  cls: string,
  y: number,
  w: number,
  h: number,
) {
  const g = parent
    .append('g')
    .attr('class', `node ${cls} node--${token.kind}${token.blank ? ' node--blank' : ''}`)
    .attr('transform', `translate(0,${y})`)
    .attr('data-token', token.text);
  g.append('rect').attr('class', 'node__box').attr('width', w).attr('height', h).attr('rx', 6);
  if (token.kind === 'word')
    g.append('text')
      .attr('class', 'node__text')
      .attr('x', w / 2)
      .attr('y', h / 2 + 5)
      .text(token.text);
  else if (token.kind === 'image') drawImage(g, w, h);
  else drawAudio(g, w, h, token.bands ?? []);
  g.append('title').text(token.text);
}

/**
 * The labels of an unaligned path, each drawn with the step that completes it (the last of its
 * run), centred over its run, with a link from every output merged into it.
 */
function drawLabels(body: Sel, l: SequenceLayout, labels: readonly SequenceLabel[]) {
  const { rows: r, nodeWidth: w } = l;
  const top = r.labelTop!;
  for (const label of labels) {
    const last = label.steps[label.steps.length - 1]!;
    const x0 = l.x[last]!;
    const centre = label.steps.reduce((sum, t) => sum + l.x[t]!, 0) / label.steps.length - x0;
    const step = body.select<SVGGElement>(`g.step[data-step="${last}"]`);
    for (const t of label.steps) {
      step
        .append('line')
        .attr('class', 'flow flow--merge')
        .attr('x1', l.x[t]! - x0 + w / 2)
        .attr('y1', r.outputTop)
        .attr('x2', centre + w / 2)
        .attr('y2', top + r.outputHeight);
    }
    const g = step.append('g').attr('transform', `translate(${centre},0)`);
    drawToken(g, { kind: 'word', text: label.text }, 'node--label', top, w, r.outputHeight);
  }
}

/**
 * An unrolled RNN in the shape of a task: per step an input below (or none), the hidden state
 * in the middle, an output above (or none), the state passed right; for an unaligned shape, the
 * labels its outputs collapse to in a row on top. `progress` marks how far
 * the data has flowed: finished steps solid, the current one outlined, later ones faint.
 */
export function createSequenceShapes(el: Element): Chart<SequenceShapesData> {
  const svg = select(el).append('svg').attr('class', 'seq').attr('aria-hidden', 'true');
  const marker = appendArrowMarker(svg, 'seq-arrow', 'seq__arrowhead');
  const body = svg.append('g');
  let key = '';
  let layout: SequenceLayout | null = null;

  function draw(data: SequenceShapesData) {
    body.selectAll('*').remove();
    const l = sequenceLayout(data.inputs.length, data.labels !== null);
    layout = l;
    const { rows: r, nodeWidth: w } = l;
    const mid = w / 2;
    const steps: Step[] = data.inputs.map((input, t) => ({
      t,
      input,
      output: data.outputs[t] ?? null,
    }));
    const g = body
      .selectAll<SVGGElement, Step>('g.step')
      .data(steps)
      .join('g')
      .attr('class', 'step')
      .attr('data-step', (d) => d.t)
      .attr('transform', (d) => `translate(${l.x[d.t]},0)`);
    g.filter((d) => d.t < steps.length - 1).each(function () {
      const y = r.hiddenTop + r.hiddenHeight / 2;
      line(select<SVGGElement, unknown>(this), 'flow--state', marker, [w, y, w + l.gap, y]);
    });
    g.append('rect')
      .attr('class', 'node node--hidden')
      .attr('y', r.hiddenTop)
      .attr('width', w)
      .attr('height', r.hiddenHeight)
      .attr('rx', 6);
    g.append('text')
      .attr('class', 'node__text node__text--hidden')
      .attr('x', mid)
      .attr('y', r.hiddenTop + r.hiddenHeight / 2 + 5)
      .text((d) => `s${subscript(d.t)}`);
    const withInput = g.filter((d) => d.input !== null);
    withInput.each(function () {
      line(select<SVGGElement, unknown>(this), 'flow--in', marker, [
        mid,
        r.inputTop,
        mid,
        r.hiddenTop + r.hiddenHeight,
      ]);
    });
    withInput.each(function (d) {
      drawToken(
        select<SVGGElement, unknown>(this),
        d.input!,
        'node--input',
        r.inputTop,
        w,
        r.inputHeight,
      );
    });
    const withOutput = g.filter((d) => d.output !== null);
    withOutput.each(function () {
      line(select<SVGGElement, unknown>(this), 'flow--out', marker, [
        mid,
        r.hiddenTop,
        mid,
        r.outputTop + r.outputHeight,
      ]);
    });
    withOutput.each(function (d) {
      drawToken(
        select<SVGGElement, unknown>(this),
        d.output!,
        'node--output',
        r.outputTop,
        w,
        r.outputHeight,
      );
    });
    if (data.labels) drawLabels(body, l, data.labels);
    if (data.encoderSteps !== null) {
      const n = data.encoderSteps;
      const spans: [string, number, number][] = [
        [data.encoderLabel, 0, n - 1],
        [data.decoderLabel, n, steps.length - 1],
      ];
      for (const [label, a, b] of spans) {
        const [x1, x2] = stepSpan(l, a, b);
        const y = r.bracket - 8;
        const br = body.append('g').attr('class', 'bracket');
        br.append('path').attr('d', `M${x1},${y - 6} V${y} H${x2} V${y - 6}`);
        br.append('text')
          .attr('x', (x1 + x2) / 2)
          .attr('y', y + 14)
          .text(label);
      }
    }
  }

  return {
    update(data) {
      if (data.key !== key || !layout) {
        key = data.key;
        draw(data);
      }
      const l = layout!;
      svg
        .classed('seq--still', data.still)
        .attr('viewBox', `0 0 ${l.width} ${l.height}`)
        .attr('width', l.width)
        .attr('height', l.height);
      body
        .selectAll<SVGGElement, Step>('g.step')
        .attr('data-phase', (d) => stepPhase(d.t, data.progress, data.inputs.length));
    },
    destroy() {
      svg.remove();
    },
  };
}
