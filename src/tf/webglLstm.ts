import * as tf from '@tensorflow/tfjs-core';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { LstmKernels, LstmStepInputs } from './lstmKernels';

/**
 * The LSTM step kernels (lstmKernels.ts) as custom WebGL programs, run through the WebGL
 * backend's own `compileAndRun` (which compiles each program once per shape and caches it).
 * tfjs dispatches about twenty programs for one LSTM step forward and forty backward, and on
 * software WebGL (SwiftShader) or a small model every dispatch costs more than its arithmetic;
 * here a step is two programs forward (a matMul with the input projection added, the fused cell
 * update) and two backward.
 *
 * All programs read and write tfjs's PACKED textures (2×2 blocks of a matrix per texel, what
 * tfjs's own matMul produces), so nothing is repacked between steps. The matMuls work on whole
 * blocks; the cell programs compute each of a block's four values separately, which keeps them
 * correct for any B and H (odd sizes straddle blocks).
 *
 * Only type imports from tfjs-backend-webgl: the package itself is loaded by backend.ts when
 * WebGL is selected, and these kernels only run then.
 */
const backend = () => tf.backend() as unknown as MathBackendWebGL;

function run(program: GPGPUProgram, inputs: tf.Tensor[], uniforms?: number[][]): tf.Tensor2D {
  const info = backend().compileAndRun(program, inputs, 'float32', uniforms, true);
  return tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor2D;
}

/** `float elX(int r, int c)`: one value of packed input X. */
const element = (name: string) =>
  `float el${name}(int r, int c) { return getChannel(get${name}(r, c), vec2(r, c)); }`;

const ACTIVATIONS = `
  float sigm(float x) { return 1.0 / (1.0 + exp(-x)); }
  vec4 sigm(vec4 x) { return 1.0 / (1.0 + exp(-x)); }
  // tanh without overflow for large |x| (as tfjs's own).
  float tanhf(float x) { float e = exp(-2.0 * abs(x)); return sign(x) * (1.0 - e) / (1.0 + e); }
  vec4 tanhf(vec4 x) { vec4 e = exp(-2.0 * abs(x)); return sign(x) * (1.0 - e) / (1.0 + e); }
`;

/** Fills a packed output block from `value(row, col)`, zero outside the matrix. */
const blockMain = (rows: number, cols: number) => `
  void main() {
    ivec2 rc = getOutputCoords();
    vec4 result = vec4(0.0);
    result.x = value(rc.x, rc.y);
    if (rc.y + 1 < ${cols}) result.y = value(rc.x, rc.y + 1);
    if (rc.x + 1 < ${rows}) {
      result.z = value(rc.x + 1, rc.y);
      if (rc.y + 1 < ${cols}) result.w = value(rc.x + 1, rc.y + 1);
    }
    setOutput(result);
  }
`;

/**
 * C = A[0…M−1, 0…K−1] · W (or · Wᵀ), plus, optionally, rows xRow… of X: [M, N]. Reads A's
 * first M rows only, so the state [h; c] serves as h without a copy.
 */
function matMulProgram(M: number, K: number, N: number, transposeW: boolean, addX: boolean) {
  // Per pair of shared indices k, k+1, a block of A times a block of W (as tfjs's packed matMul).
  const w = transposeW ? 'getW(c, k)' : 'getW(k, c)';
  const [wx, wy] = transposeW ? ['w.xzxz', 'w.ywyw'] : ['w.xyxy', 'w.zwzw'];
  const program: GPGPUProgram = {
    variableNames: addX ? ['A', 'W', 'X'] : ['A', 'W'],
    outputShape: [M, N],
    packedInputs: true,
    packedOutput: true,
    customUniforms: addX ? [{ name: 'xRow', type: 'int' }] : [],
    userCode: `
      ${addX ? element('X') : ''}
      void main() {
        ivec2 rc = getOutputCoords();
        int r = rc.x;
        int c = rc.y;
        vec4 acc = vec4(0.0);
        for (int k = 0; k < ${K - (K % 2)}; k += 2) {
          vec4 a = getA(r, k);
          vec4 w = ${w};
          acc += a.xxzz * ${wx} + a.yyww * ${wy};
        }
        ${
          K % 2 === 1
            ? `{
          // K odd: the last block's second shared index is padding.
          int k = ${K - 1};
          vec4 a = getA(r, k);
          vec4 w = ${w};
          a.yw = vec2(0.0);
          ${transposeW ? 'w.yw = vec2(0.0);' : 'w.zw = vec2(0.0);'}
          acc += a.xxzz * ${wx} + a.yyww * ${wy};
        }`
            : ''
        }
        bool right = c + 1 < ${N};
        bool below = r + 1 < ${M};
        ${
          !addX
            ? ''
            : M % 2 === 0 && N % 2 === 0
              ? // xRow = t·B is even too: X's blocks line up with the output's.
                'acc += getX(xRow + r, c);'
              : `acc.x += elX(xRow + r, c);
        if (right) acc.y += elX(xRow + r, c + 1);
        if (below) acc.z += elX(xRow + r + 1, c);
        if (right && below) acc.w += elX(xRow + r + 1, c + 1);`
        }
        if (!right) acc.yw = vec2(0.0);
        if (!below) acc.zw = vec2(0.0);
        setOutput(acc);
      }
    `,
  };
  return program;
}

/**
 * How a cell program reads its inputs. Scalar: each of a block's four values on its own (any B
 * and H). Vector: whole 2×2 blocks at once, when B and H are even — then a block never
 * straddles h and c rows or two gates, and the step's rows start on a block boundary.
 */
interface Access {
  readonly type: 'float' | 'vec4';
  get(name: string, r: string, c: string): string;
  /** Peephole k (0 = i, 1 = f, 2 = o) at the columns of j, for the block's rows. */
  peep(k: 0 | 1 | 2): string;
}
const scalar: Access = {
  type: 'float',
  get: (name, r, c) => `el${name}(${r}, ${c})`,
  peep: (k) => `elP(${k}, j)`,
};
const vector: Access = {
  type: 'vec4',
  get: (name, r, c) => `get${name}(${r}, ${c})`,
  // P is [3, H]: rows 0 and 1 share a texel (channels xy and zw), row 2 is the next one's xy.
  peep: (k) => (k === 0 ? 'getP(0, j).xyxy' : k === 1 ? 'getP(0, j).zwzw' : 'getP(2, j).xyxy'),
};
const accessFor = (B: number, H: number) => (B % 2 === 0 && H % 2 === 0 ? vector : scalar);

/** GLSL recomputing a step's gates and c_t at (b, j) from A, c_{t−1} and the peepholes. */
function gateCode(v: Access, H: number, hasPrev: boolean, peep: boolean) {
  const T = v.type;
  return `
    ${T} cp = ${hasPrev ? v.get('S', 'B_ + b', 'j') : `${T}(0.0)`};
    int ar = aRow + b;
    ${T} ai = ${v.get('A', 'ar', 'j')};
    ${T} af = ${v.get('A', 'ar', `${H} + j`)};
    ${T} ag = ${v.get('A', 'ar', `${2 * H} + j`)};
    ${T} ao = ${v.get('A', 'ar', `${3 * H} + j`)};
    ${peep ? `ai += cp * ${v.peep(0)}; af += cp * ${v.peep(1)};` : ''}
    ${T} i = sigm(ai);
    ${T} f = sigm(af);
    ${T} g = tanhf(ag);
    ${T} c = ${hasPrev ? 'f * cp + i * g' : 'i * g'};
    ${peep ? `ao += c * ${v.peep(2)};` : ''}
    ${T} o = sigm(ao);
    ${T} tc = tanhf(c);
  `;
}

/** The program's main: one value per block channel (scalar) or the whole block (vector). */
const mainFor = (v: Access, rows: number, cols: number) =>
  v === vector
    ? 'void main() { ivec2 rc = getOutputCoords(); setOutput(value(rc.x, rc.y)); }'
    : blockMain(rows, cols);

/** The new state [h; c], [2B, H]. */
function cellForwardProgram(B: number, H: number, hasPrev: boolean, peep: boolean) {
  const inputs = ['A', ...(hasPrev ? ['S'] : []), ...(peep ? ['P'] : [])];
  const v = accessFor(B, H);
  const program: GPGPUProgram = {
    variableNames: inputs,
    outputShape: [2 * B, H],
    packedInputs: true,
    packedOutput: true,
    customUniforms: [{ name: 'aRow', type: 'int' }],
    userCode: `
      ${inputs.map(element).join('\n')}
      ${ACTIVATIONS}
      const int B_ = ${B};
      ${v.type} value(int row, int j) {
        int b = row < B_ ? row : row - B_;
        ${gateCode(v, H, hasPrev, peep)}
        return row < B_ ? o * tc : c;
      }
      ${mainFor(v, 2 * B, H)}
    `,
  };
  return program;
}

/** A step's backward result [B, 5H]: ∂L/∂a (gates i, f, g, o), then ∂L/∂c_{t−1}. */
function cellBackwardProgram(
  B: number,
  H: number,
  hasPrev: boolean,
  peep: boolean,
  hasNext: boolean,
) {
  const inputs = [
    'A',
    ...(hasPrev ? ['S'] : []),
    ...(peep ? ['P'] : []),
    'G',
    ...(hasNext ? ['R', 'D'] : []),
  ];
  const v = accessFor(B, H);
  const T = v.type;
  const program: GPGPUProgram = {
    variableNames: inputs,
    outputShape: [B, 5 * H],
    packedInputs: true,
    packedOutput: true,
    customUniforms: [
      { name: 'aRow', type: 'int' },
      { name: 'gRow', type: 'int' },
    ],
    userCode: `
      ${inputs.map(element).join('\n')}
      ${ACTIVATIONS}
      const int B_ = ${B};
      ${T} value(int b, int col) {
        int q = col / ${H};
        int j = col - q * ${H};
        ${gateCode(v, H, hasPrev, peep)}
        ${T} dh = ${v.get('G', 'gRow + b', 'j')}${hasNext ? ` + ${v.get('R', 'b', 'j')}` : ''};
        ${T} dao = dh * tc * (o * (1.0 - o));
        ${T} dc = ${hasNext ? `${v.get('D', 'b', `${4 * H} + j`)} + ` : ''}dh * o * (1.0 - tc * tc);
        ${peep ? `dc += dao * ${v.peep(2)};` : ''}
        if (q == 3) return dao;
        ${T} dai = dc * g * (i * (1.0 - i));
        if (q == 0) return dai;
        ${T} daf = dc * cp * (f * (1.0 - f));
        if (q == 1) return daf;
        if (q == 2) return dc * i * (1.0 - g * g);
        return dc * f${peep ? ` + (dai * ${v.peep(0)} + daf * ${v.peep(1)})` : ''};
      }
      ${mainFor(v, B, 5 * H)}
    `,
  };
  return program;
}

/** A copy of a 2-D tensor as a packed texture. */
function packProgram(shape: [number, number]): GPGPUProgram {
  return {
    variableNames: ['X'],
    outputShape: shape,
    packedInputs: true,
    packedOutput: true,
    userCode: `
      void main() {
        ivec2 rc = getOutputCoords();
        setOutput(getX(rc.x, rc.y));
      }
    `,
  };
}

const withStep = (s: LstmStepInputs) => [
  s.a,
  ...(s.prev ? [s.prev] : []),
  ...(s.peep ? [s.peep] : []),
];

export const webglLstmKernels: LstmKernels = {
  preActivation(prev, wh, x, xRow) {
    const [H, N] = wh.shape;
    const B = prev.shape[0] / 2;
    return run(matMulProgram(B, H, N, false, true), [prev, wh, x], [[xRow]]);
  },
  cellForward(step) {
    const H = step.a.shape[1] / 4;
    const program = cellForwardProgram(step.B, H, step.prev !== null, step.peep !== null);
    return run(program, withStep(step), [[step.aRow]]);
  },
  cellBackward(step, dy, dyRow, dhNext, next) {
    const H = step.a.shape[1] / 4;
    const hasNext = dhNext !== null && next !== null;
    const program = cellBackwardProgram(step.B, H, step.prev !== null, step.peep !== null, hasNext);
    const inputs = [...withStep(step), dy, ...(hasNext ? [dhNext, next] : [])];
    return run(program, inputs, [[step.aRow], [dyRow]]);
  },
  recurrentGrad(back, wh) {
    const [H, K] = wh.shape;
    return run(matMulProgram(back.shape[0], K, H, true, false), [back, wh]);
  },
  prepare(t) {
    if (t.rank !== 2 || backend().texData.get(t.dataId).isPacked) return t;
    return run(packProgram(t.shape as [number, number]), [t]) as unknown as typeof t;
  },
};
