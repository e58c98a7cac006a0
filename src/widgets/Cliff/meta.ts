import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { cliffInfo } from './info';

/**
 * The part of the (w, b) plane the map shows: the valley of low error and the wall beside it,
 * where the trajectories of Pascanu et al.'s experiment (w ∈ [3, 7], b ∈ [−4, −0.5]) run.
 */
export const MAP_W = [2, 8] as const;
export const MAP_B = [-5, 1] as const;
/** Start points snap to this lattice, so a click and the printed start agree. */
export const START_GRID = 0.05;

export const cliffMeta = defineWidget({
  ...cliffInfo,
  props: z.object({
    w: z
      .number()
      .min(MAP_W[0])
      .max(MAP_W[1])
      .default(4.15)
      .describe('Starting weight w of the two descents.'),
    b: z
      .number()
      .min(MAP_B[0])
      .max(MAP_B[1])
      .default(-2.1)
      .describe('Starting bias b of the two descents.'),
    lr: z.number().min(0.01).max(10).default(2).describe('Learning rate of both descents.'),
    threshold: z
      .number()
      .min(0.01)
      .max(10)
      .default(1)
      .describe('Clipping threshold: the clipped run rescales ∇E to this norm when it is larger.'),
    steps: z.int().min(10).max(400).default(200).describe('Number of descent steps computed.'),
  }),
  presets: {
    wall: {
      label: { en: 'Start on the cliff wall (default)', zh: '从悬崖壁出发（默认）' },
      values: { w: 4.15, b: -2.1, lr: 2, threshold: 1 },
    },
    farWall: {
      label: { en: 'Hit the wall on the second step', zh: '第二步撞上崖壁' },
      values: { w: 4.5, b: -2.05, lr: 2, threshold: 1 },
    },
    plateau: {
      label: { en: 'Start on the flat plateau below', zh: '从下方平坦的高原出发' },
      values: { w: 6, b: -4, lr: 2, threshold: 1 },
    },
    tightClip: {
      label: { en: 'Small threshold: short, safe steps', zh: '小阈值：步子短而安全' },
      values: { w: 4.15, b: -2.1, lr: 2, threshold: 0.1, steps: 400 },
    },
  },
});
