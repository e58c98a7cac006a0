import { DEFAULT_TRAIN_STEPS, evaluationBatch, portableBatch } from './exportInput';
import type { ExportInput } from './exportInput';
import { settingsLines, WEIGHTS_FILE } from './header';
import { exportProblem } from './support';
import { PYTORCH_MODEL_NN, PYTORCH_MODEL_GRU, PYTORCH_RUN } from './pytorchParts';

/** A Python expression that evaluates to `value`: JSON read by json.loads from a string literal. */
export function pythonJson(value: unknown): string {
  return `json.loads(${JSON.stringify(JSON.stringify(value))})`;
}

/**
 * A PyTorch program (float64) that loads the downloaded weights file into torch.nn.RNN or
 * torch.nn.LSTM plus an nn.Linear head — the layouts as the chapter's table gives them: U and W
 * copied as they are (one row per unit), the gate rows i, f, g, o in the same order, our one bias
 * into bias_ih and zeros into bias_hh (kept at zero while training, so the sum moves as ours
 * does) — or, for the GRU, the cell written out equation by equation. It prints the loss on the
 * evaluation batch, then trains a few steps with the figure's optimiser and clipping. A model
 * torch.nn cannot hold gives a program that says why and stops.
 */
export function pytorchProgram(input: ExportInput): string {
  const { config } = input;
  const { spec } = config;
  const header = [
    '#!/usr/bin/env python3',
    ...settingsLines(input, '#'),
    '#',
    `# PyTorch, float64. Save this file and ${WEIGHTS_FILE} side by side and run:`,
    `#   python3 program.py [${WEIGHTS_FILE}]`,
  ].join('\n');
  const problem = exportProblem(spec, 'pytorch');
  if (problem)
    return `${header}
#
# This model cannot be written with torch.nn: ${problem.detail}
# The TypeScript program runs it on the project's own engine instead.
import sys

sys.exit(${JSON.stringify(`Not exported: ${problem.detail}`)})
`;
  const cell = spec.cell;
  const nnClass = cell.kind === 'lstm' ? 'LSTM' : 'RNN';
  const nonlinearity = cell.kind === 'srn' ? cell.activation : 'tanh';
  const names = cell.kind === 'lstm' ? ['Wx', 'Wh', 'b'] : ['U', 'W', 'b'];
  const steps = input.trainSteps ?? DEFAULT_TRAIN_STEPS;
  return `${header}
import base64
import json
import struct
import sys

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

BATCH = ${pythonJson(portableBatch(spec, evaluationBatch(config)))}
TRAIN = ${pythonJson(config.train)}
TRAIN_STEPS = ${steps}


def load_blocks(path):
    """The Unrolled save format: float64 little-endian parameters, cut into row-major blocks."""
    with open(path, encoding="utf-8") as f:
        saved = json.load(f)
    if saved.get("format") != "unrolled-model":
        sys.exit(f"{path} is not an Unrolled model file")
    raw = base64.b64decode(saved["params"]["data"])
    flat = struct.unpack(f"<{len(raw) // 8}d", raw)
    blocks, k = {}, 0
    for block in saved["layout"]:
        n = block["rows"] * block["cols"]
        blocks[block["name"]] = torch.tensor(flat[k : k + n]).view(block["rows"], block["cols"])
        k += n
    return saved["spec"], blocks


spec, blocks = load_blocks(sys.argv[1] if len(sys.argv) > 1 else "${WEIGHTS_FILE}")
H, I, O = spec["hiddenSize"], spec["inputSize"], spec["outputSize"]
LAYERS, BIDIRECTIONAL = spec["layers"], spec["bidirectional"]
HEAD = spec["output"]
DIRECTIONS = [("fwd", "")] + ([("bwd", "_reverse")] if BIDIRECTIONAL else [])
TOP = H * len(DIRECTIONS)

${cell.kind === 'gru' ? PYTORCH_MODEL_GRU : PYTORCH_MODEL_NN(nnClass, nonlinearity, names)}
${PYTORCH_RUN}`;
}
