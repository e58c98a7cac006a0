/**
 * The series' notation, one row per symbol: how the chapters write it (TeX), and the names the
 * d2l book (Dive into Deep Learning, which multiplies row vectors from the right, so its weight
 * matrices are our transposes) and PyTorch use for the same thing. The meanings are UI strings,
 * one per row id, in src/i18n/<lang>/notation.ts.
 */
import type { Strings } from '../i18n';

export interface NotationRow {
  readonly id: keyof Strings['notation']['meanings'];
  /** The symbol as the chapters typeset it. */
  readonly tex: string;
  /** d2l's name, as TeX; '' when the book has none. */
  readonly d2l: string;
  /** PyTorch's name (code); '' when there is none. */
  readonly pytorch: string;
}

export const notationRows: readonly NotationRow[] = [
  { id: 'x', tex: 'x_t', d2l: '\\mathbf{x}_t', pytorch: 'input[t]' },
  { id: 's', tex: 's_t', d2l: '\\mathbf{h}_t', pytorch: 'h_t (output[t], h_n)' },
  { id: 'a', tex: 'a_t = U x_t + W s_{t-1} + b', d2l: '', pytorch: '' },
  { id: 'f', tex: 'f', d2l: '\\phi', pytorch: "nonlinearity='tanh'" },
  { id: 'q', tex: 'q_t = V s_t + b_V', d2l: '\\mathbf{o}_t', pytorch: 'logits' },
  {
    id: 'o',
    tex: 'o_t = \\phi(q_t)',
    d2l: '\\operatorname{softmax}(\\mathbf{o}_t)',
    pytorch: 'softmax(logits)',
  },
  { id: 'phi', tex: '\\phi', d2l: '\\operatorname{softmax}', pytorch: 'softmax' },
  { id: 'y', tex: 'y_t', d2l: 'y_t', pytorch: 'target[t]' },
  { id: 'U', tex: 'U', d2l: '\\mathbf{W}_{xh} = U^{\\top}', pytorch: 'weight_ih_l0' },
  { id: 'W', tex: 'W', d2l: '\\mathbf{W}_{hh} = W^{\\top}', pytorch: 'weight_hh_l0' },
  { id: 'V', tex: 'V', d2l: '\\mathbf{W}_{hq} = V^{\\top}', pytorch: 'Linear.weight' },
  { id: 'b', tex: 'b', d2l: '\\mathbf{b}_h', pytorch: 'bias_ih_l0 + bias_hh_l0' },
  { id: 'bV', tex: 'b_V', d2l: '\\mathbf{b}_q', pytorch: 'Linear.bias' },
  { id: 'sizes', tex: 'I,\\ H,\\ K', d2l: 'd,\\ h,\\ q', pytorch: 'input_size, hidden_size' },
  { id: 'T', tex: 'T,\\ t = 0, \\ldots, T-1', d2l: 'T', pytorch: 'seq_len' },
  { id: 'E', tex: 'E = \\textstyle\\sum_t E_t', d2l: 'L', pytorch: 'loss' },
  { id: 'e', tex: 'e_t = o_t - y_t', d2l: '', pytorch: '' },
  { id: 'delta', tex: '\\delta_t = \\partial E / \\partial a_t', d2l: '', pytorch: '' },
  { id: 'odot', tex: '\\odot', d2l: '\\odot', pytorch: '*' },
  { id: 'sigma', tex: '\\sigma', d2l: '\\sigma', pytorch: 'sigmoid' },
  {
    id: 'lstmGates',
    tex: 'i_t,\\ f_t,\\ o_t',
    d2l: '\\mathbf{I}_t,\\ \\mathbf{F}_t,\\ \\mathbf{O}_t',
    pytorch: 'i, f, o',
  },
  { id: 'g', tex: 'g_t', d2l: '\\tilde{\\mathbf{C}}_t', pytorch: 'g' },
  { id: 'c', tex: 'c_t', d2l: '\\mathbf{C}_t', pytorch: 'c_t (c_n)' },
  { id: 'gruGates', tex: 'z_t,\\ r_t', d2l: '\\mathbf{Z}_t,\\ \\mathbf{R}_t', pytorch: 'z, r' },
  { id: 'candidate', tex: '\\tilde{s}_t', d2l: '\\tilde{\\mathbf{H}}_t', pytorch: 'n' },
  { id: 'eta', tex: '\\eta', d2l: '\\eta', pytorch: 'lr' },
  { id: 'theta', tex: '\\theta', d2l: '\\theta', pytorch: 'max_norm' },
  { id: 'w', tex: 'w', d2l: '', pytorch: 'parameters()' },
  { id: 'S', tex: 'S_t = \\partial s_t / \\partial w', d2l: '', pytorch: '' },
  { id: 'ekf', tex: 'P_t,\\ K_t,\\ J_t,\\ R,\\ Q', d2l: '', pytorch: '' },
  { id: 'spectral', tex: '\\gamma,\\ \\rho(W),\\ \\sigma_1(W)', d2l: '', pytorch: '' },
  { id: 'tau', tex: '\\tau', d2l: '', pytorch: 'temperature' },
  {
    id: 'esn',
    tex: 'u_t,\\ y_t,\\ a,\\ W^{\\text{in}},\\ W^{\\text{out}},\\ W^{\\text{fb}}',
    d2l: '',
    pytorch: '',
  },
  { id: 'clockwork', tex: 'g,\\ k,\\ T_i', d2l: '', pytorch: '' },
];
