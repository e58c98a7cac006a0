/** The graph of one time step of a family member: its nodes, edges and size (see diagram.ts). */
export type NodeKind = 'input' | 'prev' | 'gate' | 'op' | 'state' | 'output';
export type Time = 't-1' | 't' | 't+1';

export interface DiagramNode {
  readonly id: string;
  /** The symbol: x, s, h, c, i, f, g, o, z, r, y, … */
  readonly label: string;
  readonly time: Time;
  /** Layer number from 1 (shown when there are several), null outside the layers. */
  readonly layer: number | null;
  readonly dir: 'fwd' | 'bwd' | null;
  readonly kind: NodeKind;
  /** Length of the vector the node holds. */
  readonly size: number;
  /** What the node computes from its inputs (σ, tanh, softmax, f⊙c + i⊙g, …). */
  readonly fn: string;
  /** The layout block of the node's bias, if it has one. */
  readonly bias: string | null;
  readonly x: number;
  readonly y: number;
  /** Dependency depth: 0 for inputs and previous states; a node is computed after its sources. */
  readonly stage: number;
  /** Clockwork module: its period. */
  readonly period?: number;
}

export interface DiagramEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The layout block whose entries weight this edge, or null for an element-wise flow. */
  readonly block: string | null;
  /** Which part of the block: gate rows ("i"), a clockwork block ("m1←m3"), columns. */
  readonly part: string | null;
  /** False for an echo state network's fixed random weights. */
  readonly trainable: boolean;
  /** The stage of the node it feeds: the edge carries data when that node is computed. */
  readonly stage: number;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly width: number;
  readonly height: number;
  /** Largest stage + 1. */
  readonly stages: number;
}
