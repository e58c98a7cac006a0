import { appendArrowMarker, appendMark, createFrame, NO_MARGIN, resizeSvg } from './base';
import type { Chart } from './chart';

/**
 * The unrolled network of the BPTT stepper: per time step an input letter, a state s_t and an
 * output with its error E_t; W edges between states. Forward values appear as the forward pass
 * reaches them; in the backward pass each edge carries the size of the error it sends back
 * (‖Vᵀe_t‖ down from the output, ‖Wᵀδ_{t+1}‖ back along W). The current step is outlined, and
 * unknown values are dashed and blank, so nothing depends on colour alone.
 */
export interface ChainStep {
  readonly input: string;
  readonly target: string;
  /** s_t once the forward pass has computed it. */
  readonly state: readonly number[] | null;
  /** E_t once computed. */
  readonly loss: number | null;
  /** ‖Vᵀe_t‖ and ‖Wᵀδ_{t+1}‖ once the backward pass has reached step t. */
  readonly fromOutput: number | null;
  readonly fromFuture: number | null;
}

export interface ChainData {
  readonly steps: readonly ChainStep[];
  readonly current: number | null;
  readonly direction: 'forward' | 'backward' | null;
}

const COL = 96;
const HEIGHT = 230;
const Y = { out: 34, state: 118, input: 200 };
const fmt = (v: number) => (Math.abs(v) < 5e-3 ? '0.00' : v.toFixed(2));

type Part = readonly [
  tag: 'line' | 'rect' | 'text',
  attrs: Record<string, string | number | null>,
  text?: string,
];

/** One step's drawing as parts: edges, the input, output and state boxes, and their labels. */
function stepParts(
  step: ChainStep,
  t: number,
  last: boolean,
  arrows: { fwd: string; bwd: string },
): Part[] {
  const x = 10 + t * COL + COL / 2;
  const edge = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    cls: string,
    back = false,
  ): Part => [
    'line',
    {
      class: `edge ${cls}`,
      x1,
      y1,
      x2,
      y2,
      'marker-end': `url(#${back ? arrows.bwd : arrows.fwd})`,
    },
  ];
  const text = (
    cls: string,
    tx: number,
    ty: number,
    value: string,
    anchor: string | null = 'middle',
  ): Part => ['text', { class: cls, x: tx, y: ty, 'text-anchor': anchor }, value];
  const box = (
    cls: string,
    bx: number,
    by: number,
    width: number,
    height: number,
    rx: number,
  ): Part => ['rect', { class: `node ${cls}`, x: bx, y: by, width, height, rx }];
  const parts: Part[] = [
    // Edges: U up from the input, V up to the output, W from the previous state.
    edge(x, Y.input - 16, x, Y.state + 22, 'edge--u'),
    edge(x, Y.state - 22, x, Y.out + 18, 'edge--v'),
    ...(t > 0 ? [edge(x - COL + 34, Y.state, x - 34, Y.state, 'edge--w')] : []),
    text('edge-label', x + 5, Y.input - 24, 'U', null),
    text('edge-label', x + 5, Y.out + 32, 'V', null),
    ...(t > 0 ? [text('edge-label', x - COL / 2 - 4, Y.state - 10, 'W', null)] : []),
    // Input letter and output box.
    box('node--input', x - 16, Y.input - 16, 32, 28, 4),
    text('node-text', x, Y.input + 3, step.input),
    text('node-caption', x, Y.input + 26, `x${sub(t)}`),
    box('node--output', x - 40, Y.out - 22, 80, 40, 4),
    text('node-text', x, Y.out - 6, `y = ${step.target}`),
    text(
      'node-text node-text--small',
      x,
      Y.out + 10,
      step.loss === null ? 'E = ?' : `E = ${fmt(step.loss)}`,
    ),
    // The state, three numbers.
    box('node--state', x - 32, Y.state - 22, 64, 44, 6),
    ...(step.state ?? [null, null, null]).map((v, i) =>
      text('node-text node-text--small', x, Y.state - 8 + i * 13, v === null ? '·' : fmt(v)),
    ),
    text('node-caption', x - 36, Y.state + 4, `s${sub(t)}`, 'end'),
  ];
  // Backward: the error each edge carries back.
  if (step.fromOutput !== null)
    parts.push(
      edge(x - 10, Y.out + 18, x - 10, Y.state - 22, 'edge--back', true),
      text('edge-label edge-label--back', x - 14, Y.out + 46, fmt(step.fromOutput), 'end'),
    );
  if (step.fromFuture !== null && !last)
    parts.push(
      edge(x + COL - 34, Y.state + 14, x + 34, Y.state + 14, 'edge--back', true),
      text('edge-label edge-label--back', x + COL / 2, Y.state + 30, fmt(step.fromFuture)),
    );
  return parts;
}

export function createBpttChain(el: Element): Chart<ChainData> {
  const { svg } = createFrame(el, {
    className: 'bptt-chain',
    width: 0,
    height: HEIGHT,
    margin: NO_MARGIN,
  });
  const arrows = {
    fwd: appendArrowMarker(svg, 'bptt-arrow-fwd', 'arrow arrow--fwd'),
    bwd: appendArrowMarker(svg, 'bptt-arrow-bwd', 'arrow arrow--bwd'),
  };
  const root = svg.append('g');

  return {
    update({ steps, current, direction }) {
      resizeSvg(svg, steps.length * COL + 20, HEIGHT);
      root.selectAll('*').remove();
      steps.forEach((step, t) => {
        const g = root
          .append('g')
          .attr('class', 'bptt-step')
          .classed('bptt-step--current', t === current)
          .classed('bptt-step--unknown', step.state === null)
          .attr('data-step', t);
        for (const [tag, attrs, text] of stepParts(step, t, t === steps.length - 1, arrows))
          appendMark(g, tag, attrs, text);
      });
      svg.attr('data-direction', direction ?? 'none');
    },
    destroy() {
      svg.remove();
    },
  };
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]!);
}
