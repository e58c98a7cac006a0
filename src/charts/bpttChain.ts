import { select } from 'd3-selection';
import { appendArrowMarker } from './base';
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

export function createBpttChain(el: Element): Chart<ChainData> {
  const svg = select(el).append('svg').attr('class', 'bptt-chain').attr('aria-hidden', 'true');
  const forwardArrow = appendArrowMarker(svg, 'bptt-arrow-fwd', 'arrow arrow--fwd');
  const backwardArrow = appendArrowMarker(svg, 'bptt-arrow-bwd', 'arrow arrow--bwd');
  const root = svg.append('g');

  return {
    update({ steps, current, direction }) {
      const width = steps.length * COL + 20;
      svg.attr('viewBox', `0 0 ${width} ${HEIGHT}`);
      root.selectAll('*').remove();
      steps.forEach((step, t) => {
        const x = 10 + t * COL + COL / 2;
        const known = step.state !== null;
        const g = root
          .append('g')
          .attr('class', 'bptt-step')
          .classed('bptt-step--current', t === current)
          .classed('bptt-step--unknown', !known)
          .attr('data-step', t);
        // Edges: U up from the input, V up to the output, W from the previous state.
        const edge = (x1: number, y1: number, x2: number, y2: number, cls: string) =>
          g
            .append('line')
            .attr('class', `edge ${cls}`)
            .attr('x1', x1)
            .attr('y1', y1)
            .attr('x2', x2)
            .attr('y2', y2)
            .attr('marker-end', `url(#${forwardArrow})`);
        edge(x, Y.input - 16, x, Y.state + 22, 'edge--u');
        edge(x, Y.state - 22, x, Y.out + 18, 'edge--v');
        if (t > 0) edge(x - COL + 34, Y.state, x - 34, Y.state, 'edge--w');
        g.append('text')
          .attr('class', 'edge-label')
          .attr('x', x + 5)
          .attr('y', Y.input - 24)
          .text('U');
        g.append('text')
          .attr('class', 'edge-label')
          .attr('x', x + 5)
          .attr('y', Y.out + 32)
          .text('V');
        if (t > 0)
          g.append('text')
            .attr('class', 'edge-label')
            .attr('x', x - COL / 2 - 4)
            .attr('y', Y.state - 10)
            .text('W');

        // Input letter and output box.
        g.append('rect')
          .attr('class', 'node node--input')
          .attr('x', x - 16)
          .attr('y', Y.input - 16)
          .attr('width', 32)
          .attr('height', 28)
          .attr('rx', 4);
        g.append('text')
          .attr('class', 'node-text')
          .attr('x', x)
          .attr('y', Y.input + 3)
          .attr('text-anchor', 'middle')
          .text(step.input);
        g.append('text')
          .attr('class', 'node-caption')
          .attr('x', x)
          .attr('y', Y.input + 26)
          .attr('text-anchor', 'middle')
          .text(`x${sub(t)}`);
        g.append('rect')
          .attr('class', 'node node--output')
          .attr('x', x - 40)
          .attr('y', Y.out - 22)
          .attr('width', 80)
          .attr('height', 40)
          .attr('rx', 4);
        g.append('text')
          .attr('class', 'node-text')
          .attr('x', x)
          .attr('y', Y.out - 6)
          .attr('text-anchor', 'middle')
          .text(`y = ${step.target}`);
        g.append('text')
          .attr('class', 'node-text node-text--small')
          .attr('x', x)
          .attr('y', Y.out + 10)
          .attr('text-anchor', 'middle')
          .text(step.loss === null ? 'E = ?' : `E = ${fmt(step.loss)}`);

        // The state, three numbers.
        g.append('rect')
          .attr('class', 'node node--state')
          .attr('x', x - 32)
          .attr('y', Y.state - 22)
          .attr('width', 64)
          .attr('height', 44)
          .attr('rx', 6);
        (step.state ?? [null, null, null]).forEach((v, i) =>
          g
            .append('text')
            .attr('class', 'node-text node-text--small')
            .attr('x', x)
            .attr('y', Y.state - 8 + i * 13)
            .attr('text-anchor', 'middle')
            .text(v === null ? '·' : fmt(v)),
        );
        g.append('text')
          .attr('class', 'node-caption')
          .attr('x', x - 36)
          .attr('y', Y.state + 4)
          .attr('text-anchor', 'end')
          .text(`s${sub(t)}`);

        // Backward: the error each edge carries back.
        if (step.fromOutput !== null) {
          g.append('line')
            .attr('class', 'edge edge--back')
            .attr('x1', x - 10)
            .attr('y1', Y.out + 18)
            .attr('x2', x - 10)
            .attr('y2', Y.state - 22)
            .attr('marker-end', `url(#${backwardArrow})`);
          g.append('text')
            .attr('class', 'edge-label edge-label--back')
            .attr('x', x - 14)
            .attr('y', Y.out + 46)
            .attr('text-anchor', 'end')
            .text(fmt(step.fromOutput));
        }
        if (step.fromFuture !== null && t < steps.length - 1) {
          g.append('line')
            .attr('class', 'edge edge--back')
            .attr('x1', x + COL - 34)
            .attr('y1', Y.state + 14)
            .attr('x2', x + 34)
            .attr('y2', Y.state + 14)
            .attr('marker-end', `url(#${backwardArrow})`);
          g.append('text')
            .attr('class', 'edge-label edge-label--back')
            .attr('x', x + COL / 2)
            .attr('y', Y.state + 30)
            .attr('text-anchor', 'middle')
            .text(fmt(step.fromFuture));
        }
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
