#!/usr/bin/python3
"""Golden reference values for Unrolled's recurrent-network engine, computed with PyTorch.

Regenerate (from anywhere; needs Debian's python3-torch, NOT the pyenv `python3` on PATH):

    /usr/bin/python3 scripts/golden/make_golden.py

It writes src/core/testing/golden/rnn-golden.json, then formats it with the repo's prettier
(`npx --no-install prettier --write`) so that `prettier --check .` stays clean; prettier only
changes the spelling of numbers (1e-05 -> 1e-5), never their value. The Vitest suite
src/core/model/golden.test.ts reads that JSON (no Python in CI) and compares our engine to it.

What is computed here, all in float64:
  * the SAME equations as src/core/cells/{srn,gru,lstm}.ts, written out with plain tensor ops
    (the GRU in the convention of Cho et al. 2014, reset gate BEFORE the recurrent matrix, which
    is not PyTorch's nn.GRU);
  * models laid out exactly like src/core/model/model.ts: one flat parameter vector of named
    row-major blocks `l0.fwd.U`, `l0.bwd.U`, `l1.fwd.Wx`, ..., `head.V`, `head.c`; deep layers
    read the layer below; a bidirectional layer outputs [forward; backward], the backward
    direction running over the reversed sequence; all states start at zero;
  * logits V h_t + c, the loss E = sum_t E_t over the steps that have a target (softmax
    cross-entropy in nats, linear 1/2 ||y - d||^2, sigmoid binary cross-entropy), and dE/dtheta by
    autograd, which lands directly in our layout because the parameters ARE one flat leaf tensor.

The explicit code is itself anchored to PyTorch's own layers (asserted below, forward AND
gradients): torch.nn.RNN for the SRN (deep and bidirectional too), torch.nn.LSTM for the LSTM
(with the peepholes set to zero for the peephole case), the head's loss to
torch.nn.functional.{cross_entropy, mse_loss, binary_cross_entropy_with_logits}, and the GRU to
torch.nn.GRU in the one case where the two conventions coincide (Wh_c diagonal, so that
Wh_c (r * s) = r * (Wh_c s)); with a full Wh_c the script asserts that they differ.

Parameters, inputs and targets come from seeded torch.Generators, but the fixture stores all of
them explicitly, so the TypeScript side never reproduces any random number generator.
"""

import json
import os
import subprocess
import sys

import torch
import torch.nn.functional as F

DT = torch.float64
torch.set_default_dtype(DT)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "src", "core", "testing", "golden", "rnn-golden.json")

# ---------------------------------------------------------------------------------------------
# Layout (mirrors src/core/model/model.ts and the cells' layouts)
# ---------------------------------------------------------------------------------------------


def cell_blocks(cell, I, H):
    kind = cell["kind"]
    if kind == "srn":
        return [("U", H, I), ("W", H, H), ("b", H, 1)]
    if kind == "gru":
        return [("Wx", 3 * H, I), ("Wh", 3 * H, H), ("b", 3 * H, 1)]
    if kind == "lstm":
        blocks = [("Wx", 4 * H, I), ("Wh", 4 * H, H), ("b", 4 * H, 1)]
        if cell["peepholes"]:
            blocks += [("p_i", H, 1), ("p_f", H, 1), ("p_o", H, 1)]
        return blocks
    raise ValueError(kind)


def directions(spec):
    return ["fwd", "bwd"] if spec["bidirectional"] else ["fwd"]


def model_layout(spec):
    """[(name, rows, cols, offset)] in our flat order."""
    H, O = spec["hiddenSize"], spec["outputSize"]
    blocks = []
    size_in = spec["inputSize"]
    for l in range(spec["layers"]):
        for d in directions(spec):
            blocks += [(f"l{l}.{d}.{n}", r, c) for n, r, c in cell_blocks(spec["cell"], size_in, H)]
        size_in = H * len(directions(spec))
    blocks += [("head.V", O, size_in), ("head.c", O, 1)]
    out, offset = [], 0
    for name, r, c in blocks:
        out.append((name, r, c, offset))
        offset += r * c
    return out, offset


def views(flat, layout):
    """Name -> tensor view of the flat vector (column blocks as vectors)."""
    P = {}
    for name, r, c, off in layout:
        v = flat[off : off + r * c]
        P[name] = v if c == 1 else v.view(r, c)
    return P


def cell_params(P, l, d):
    prefix = f"l{l}.{d}."
    return {k[len(prefix) :]: v for k, v in P.items() if k.startswith(prefix)}


# ---------------------------------------------------------------------------------------------
# The cells, written out exactly as in src/core/cells/*.ts
# ---------------------------------------------------------------------------------------------


def srn_step(p, x, s):
    # a_t = U x_t + W s_{t-1} + b,  s_t = tanh(a_t)
    return torch.tanh(p["U"] @ x + p["W"] @ s + p["b"])


def gru_step(p, x, s):
    # Cho et al. 2014; gate rows z, r, c.
    H = s.shape[0]
    Wx, Wh, b = p["Wx"], p["Wh"], p["b"]
    z = torch.sigmoid(Wx[0:H] @ x + Wh[0:H] @ s + b[0:H])
    r = torch.sigmoid(Wx[H : 2 * H] @ x + Wh[H : 2 * H] @ s + b[H : 2 * H])
    c = torch.tanh(Wx[2 * H :] @ x + Wh[2 * H :] @ (r * s) + b[2 * H :])
    return (1 - z) * c + z * s


def lstm_step(p, x, state):
    # State [h; c]; gate rows i, f, g, o; optional peepholes (i, f see c_{t-1}, o sees c_t).
    H = state.shape[0] // 2
    h, c = state[:H], state[H:]
    a = p["Wx"] @ x + p["Wh"] @ h + p["b"]
    zero = torch.zeros(H)
    p_i, p_f, p_o = (p.get(k, zero) for k in ("p_i", "p_f", "p_o"))
    i = torch.sigmoid(a[0:H] + p_i * c)
    f = torch.sigmoid(a[H : 2 * H] + p_f * c)
    g = torch.tanh(a[2 * H : 3 * H])
    c_new = f * c + i * g
    o = torch.sigmoid(a[3 * H :] + p_o * c_new)
    h_new = o * torch.tanh(c_new)
    return torch.cat([h_new, c_new])


STEP = {"srn": srn_step, "gru": gru_step, "lstm": lstm_step}


def state_size(spec):
    H = spec["hiddenSize"]
    return 2 * H if spec["cell"]["kind"] == "lstm" else H


def run_model(spec, flat, layout, inputs):
    """Explicit forward pass. Returns per-layer states {fwd, bwd} (indexed by t), logits."""
    P = views(flat, layout)
    step = STEP[spec["cell"]["kind"]]
    H = spec["hiddenSize"]
    T = len(inputs)
    current = list(inputs)
    states = []
    for l in range(spec["layers"]):
        layer_states = {}
        for d in directions(spec):
            p = cell_params(P, l, d)
            s = torch.zeros(state_size(spec))
            seq = [None] * T
            order = range(T) if d == "fwd" else reversed(range(T))
            for t in order:
                s = step(p, current[t], s)
                seq[t] = s
            layer_states[d] = seq
        states.append(layer_states)
        # The layer's output: h (first H entries of the state), [fwd; bwd] when bidirectional.
        current = [
            torch.cat([layer_states[d][t][:H] for d in directions(spec)]) for t in range(T)
        ]
    logits = [P["head.V"] @ h + P["head.c"] for h in current]
    return states, current, logits


def step_loss(kind, z, d):
    if kind == "softmax":
        return torch.logsumexp(z, 0) - z[d]
    if kind == "linear":
        return 0.5 * ((z - d) ** 2).sum()
    if kind == "sigmoid":
        return (F.softplus(z) - d * z).sum()
    raise ValueError(kind)


def total_loss(kind, logits, targets):
    E = torch.zeros(())
    for z, d in zip(logits, targets):
        if d is not None:
            E = E + step_loss(kind, z, d)
    return E


def torch_functional_loss(kind, logits, targets):
    """The same loss from torch.nn.functional, as a cross-check of step_loss."""
    ts = [t for t, d in enumerate(targets) if d is not None]
    Z = torch.stack([logits[t] for t in ts])
    if kind == "softmax":
        return F.cross_entropy(Z, torch.tensor([targets[t] for t in ts]), reduction="sum")
    D = torch.stack([targets[t] for t in ts])
    if kind == "linear":
        return 0.5 * F.mse_loss(Z, D, reduction="sum")
    return F.binary_cross_entropy_with_logits(Z, D, reduction="sum")


# ---------------------------------------------------------------------------------------------
# Cross-checks against PyTorch's own layers
# ---------------------------------------------------------------------------------------------


def assert_close(what, a, b, rtol=1e-12):
    a, b = a.detach(), b.detach()
    scale = max(a.abs().max().item(), b.abs().max().item(), 1e-300)
    err = (a - b).abs().max().item() / scale
    assert err <= rtol, f"{what}: max |a - b| / max |.| = {err:.3e} > {rtol:.0e}"
    return err


def matrices(kind, p):
    """The cell's (input matrix, recurrent matrix, bias) blocks."""
    return (p["U"], p["W"], p["b"]) if kind == "srn" else (p["Wx"], p["Wh"], p["b"])


def module_for(spec):
    kind = spec["cell"]["kind"]
    cls = {"srn": torch.nn.RNN, "gru": torch.nn.GRU, "lstm": torch.nn.LSTM}[kind]
    kwargs = {"nonlinearity": "tanh"} if kind == "srn" else {}
    return cls(
        spec["inputSize"],
        spec["hiddenSize"],
        num_layers=spec["layers"],
        bias=True,
        bidirectional=spec["bidirectional"],
        dtype=DT,
        **kwargs,
    )


def to_torch_gate_order(kind, m, H):
    """Our stacked gate rows -> PyTorch's. LSTM: i,f,g,o both. GRU: ours z,r,c, torch r,z,n."""
    if kind == "gru":
        return torch.cat([m[H : 2 * H], m[0:H], m[2 * H :]])
    return m


def nn_cross_check(spec, flat_values, layout, inputs, targets, label):
    """Runs spec through torch.nn.{RNN,LSTM,GRU} with our weights copied in (bias_hh = 0) and
    the head applied by hand, and asserts the outputs, loss and gradient equal the explicit
    version's. Peepholes, if any, must be zero (nn.LSTM has none)."""
    kind = spec["cell"]["kind"]
    H = spec["hiddenSize"]
    # Explicit version.
    flat = flat_values.clone().requires_grad_(True)
    _, top, logits = run_model(spec, flat, layout, inputs)
    E = total_loss(spec["output"], logits, targets)
    E.backward()
    # torch.nn version.
    mod = module_for(spec)
    P = views(flat_values, layout)
    head_V = P["head.V"].clone().requires_grad_(True)
    head_c = P["head.c"].clone().requires_grad_(True)
    suffix = {"fwd": "", "bwd": "_reverse"}
    with torch.no_grad():
        for l in range(spec["layers"]):
            for d in directions(spec):
                p = cell_params(P, l, d)
                if kind == "lstm":
                    for k in ("p_i", "p_f", "p_o"):
                        assert k not in p or bool((p[k] == 0).all()), "nn.LSTM has no peepholes"
                Wx, Wh, b = matrices(kind, p)
                getattr(mod, f"weight_ih_l{l}{suffix[d]}").copy_(to_torch_gate_order(kind, Wx, H))
                getattr(mod, f"weight_hh_l{l}{suffix[d]}").copy_(to_torch_gate_order(kind, Wh, H))
                getattr(mod, f"bias_ih_l{l}{suffix[d]}").copy_(to_torch_gate_order(kind, b, H))
                getattr(mod, f"bias_hh_l{l}{suffix[d]}").zero_()
    seq = torch.stack(inputs).unsqueeze(1)  # (T, batch 1, I)
    out, _ = mod(seq)
    out = out.squeeze(1)
    nn_logits = [head_V @ h + head_c for h in out]
    nn_E = torch_functional_loss(spec["output"], nn_logits, targets)
    nn_E.backward()
    errs = [
        assert_close(f"{label}: top-layer outputs", torch.stack(top), out),
        assert_close(f"{label}: loss", E, nn_E),
        assert_close(
            f"{label}: loss (functional vs explicit)",
            E,
            torch_functional_loss(spec["output"], logits, targets),
        ),
    ]
    # Gradients, block by block. bias_ih and bias_hh both have our b's gradient (but see GRU).
    G = views(flat.grad, layout)
    errs.append(assert_close(f"{label}: dE/dV", G["head.V"], head_V.grad))
    errs.append(assert_close(f"{label}: dE/dc", G["head.c"], head_c.grad))
    for l in range(spec["layers"]):
        for d in directions(spec):
            g = cell_params(G, l, d)
            gWx, gWh, gb = matrices(kind, g)
            sfx = f"l{l}{suffix[d]}"
            pairs = ((gWx, "weight_ih"), (gWh, "weight_hh"), (gb, "bias_ih"), (gb, "bias_hh"))
            for ours, name in pairs:
                ours = to_torch_gate_order(kind, ours, H)
                theirs = getattr(mod, f"{name}_{sfx}").grad
                if kind == "gru" and name == "weight_hh":
                    # The two GRUs agree as functions only on the subspace where Wh_c is
                    # diagonal, so only the diagonal of Wh_c has comparable derivatives:
                    # d/dWh_c[i,k] is dE/da_c[i] r_k s_k for us, dE/da_n[i] r_i s_k for torch.
                    keep = torch.ones(3 * H, H, dtype=torch.bool)
                    keep[2 * H :] = torch.eye(H, dtype=torch.bool)
                    ours, theirs = ours[keep], theirs[keep]
                if kind == "gru" and name == "bias_hh":
                    # torch's b_hn sits inside r * (W_hn h + b_hn): only the r, z rows compare.
                    ours, theirs = ours[: 2 * H], theirs[: 2 * H]
                errs.append(assert_close(f"{label}: dE/d{name}_{sfx}", ours, theirs))
    return max(errs), out.detach()


# ---------------------------------------------------------------------------------------------
# Deterministic data
# ---------------------------------------------------------------------------------------------


def uniform(gen, shape, lo, hi):
    return lo + (hi - lo) * torch.rand(shape, generator=gen, dtype=DT)


def make_params(spec, layout, size, seed):
    """Weights U(-0.9, 0.9), biases U(-0.5, 0.5), peepholes U(-0.6, 0.6): big enough that every
    unit is well inside its nonlinear range; LSTM forget-gate biases shifted by forgetBias."""
    gen = torch.Generator().manual_seed(seed)
    flat = torch.empty(size)
    H = spec["hiddenSize"]
    for name, r, c, off in layout:
        short = name.split(".")[-1]
        if short.startswith("p_"):
            v = uniform(gen, (r * c,), -0.6, 0.6)
        elif c == 1:
            v = uniform(gen, (r * c,), -0.5, 0.5)
        else:
            v = uniform(gen, (r * c,), -0.9, 0.9)
        if spec["cell"]["kind"] == "lstm" and short == "b" and not name.startswith("head."):
            v[H : 2 * H] += spec["cell"]["forgetBias"]
        flat[off : off + r * c] = v
    return flat


def make_sample(spec, T, seed, no_target):
    gen = torch.Generator().manual_seed(seed)
    I, O = spec["inputSize"], spec["outputSize"]
    inputs = [uniform(gen, (I,), -1.0, 1.0) for _ in range(T)]
    targets = []
    for t in range(T):
        if t in no_target:
            targets.append(None)
        elif spec["output"] == "softmax":
            targets.append(int(torch.randint(0, O, (1,), generator=gen).item()))
        elif spec["output"] == "linear":
            targets.append(uniform(gen, (O,), -1.5, 1.5))
        else:
            # Binary cross-entropy: hard 0/1 targets and some soft ones.
            d = (torch.rand(O, generator=gen, dtype=DT) < 0.5).to(DT)
            if t % 2 == 1:
                d = uniform(gen, (O,), 0.0, 1.0)
            targets.append(d)
    return inputs, targets


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------

SRN = {"kind": "srn", "activation": "tanh"}
GRU = {"kind": "gru"}
LSTM = {"kind": "lstm", "peepholes": False, "forgetBias": 1}
LSTM_PEEP = {"kind": "lstm", "peepholes": True, "forgetBias": 1}


def spec_of(cell, output, I=3, H=4, O=3, layers=1, bidirectional=False):
    return {
        "cell": cell,
        "inputSize": I,
        "hiddenSize": H,
        "outputSize": O,
        "layers": layers,
        "bidirectional": bidirectional,
        "output": output,
    }


# name, spec, T, steps without a target, seed
CASES = [
    ("srn tanh × softmax", spec_of(SRN, "softmax"), 6, {1, 4}, 101),
    ("srn tanh × linear", spec_of(SRN, "linear"), 6, {0, 3}, 102),
    ("gru × softmax", spec_of(GRU, "softmax"), 6, {2}, 103),
    ("gru × sigmoid", spec_of(GRU, "sigmoid"), 6, {0, 4}, 104),
    ("lstm × softmax", spec_of(LSTM, "softmax"), 6, {1, 3}, 105),
    ("lstm × linear", spec_of(LSTM, "linear"), 6, {0, 5}, 106),
    ("lstm peepholes × softmax", spec_of(LSTM_PEEP, "softmax"), 6, {2, 3}, 107),
    ("lstm × softmax × 2 layers", spec_of(LSTM, "softmax", layers=2), 6, {0, 2}, 108),
    ("srn tanh × linear × 2 layers", spec_of(SRN, "linear", layers=2), 6, {4}, 109),
    (
        "srn tanh × softmax × bidirectional",
        spec_of(SRN, "softmax", bidirectional=True),
        6,
        {1, 5},
        110,
    ),
    (
        "gru × sigmoid × 2 layers bidirectional",
        spec_of(GRU, "sigmoid", H=3, layers=2, bidirectional=True),
        5,
        {3},
        111,
    ),
]


def nums(t):
    return [float(v) for v in t.detach().reshape(-1).tolist()]


def make_case(name, spec, T, no_target, seed):
    layout, size = model_layout(spec)
    values = make_params(spec, layout, size, seed)
    inputs, targets = make_sample(spec, T, seed + 1000, no_target)

    flat = values.clone().requires_grad_(True)
    states, top, logits = run_model(spec, flat, layout, inputs)
    E = total_loss(spec["output"], logits, targets)
    E.backward()
    grad = flat.grad.detach().clone()

    # --- Anchor the explicit code to PyTorch's layers. ---
    kind = spec["cell"]["kind"]
    anchors = []
    if kind == "srn":
        err, _ = nn_cross_check(spec, values, layout, inputs, targets, name)
        anchors.append(f"torch.nn.RNN (max rel. diff {err:.1e})")
    elif kind == "lstm":
        zeroed = values.clone()
        for n, r, c, off in layout:
            if n.split(".")[-1].startswith("p_"):
                zeroed[off : off + r * c] = 0
        err, _ = nn_cross_check(spec, zeroed, layout, inputs, targets, name)
        note = " with the peepholes zeroed" if spec["cell"]["peepholes"] else ""
        anchors.append(f"torch.nn.LSTM{note} (max rel. diff {err:.1e})")
    elif kind == "gru":
        # Ours and nn.GRU coincide exactly when Wh_c is diagonal.
        H = spec["hiddenSize"]
        diag = values.clone()
        for n, r, c, off in layout:
            if n.endswith(".Wh"):
                Whc = diag[off : off + r * c].view(r, c)[2 * H :]
                Whc.copy_(torch.diag(torch.diagonal(Whc)))
        err, _ = nn_cross_check(spec, diag, layout, inputs, targets, name)
        anchors.append(f"torch.nn.GRU with Wh_c diagonal (max rel. diff {err:.1e})")
        # With the real (full) Wh_c the two conventions must differ: we are not nn.GRU.
        try:
            nn_cross_check(spec, values, layout, inputs, targets, name + " (full Wh_c)")
        except AssertionError as e:
            assert "top-layer outputs" in str(e), e
        else:
            raise AssertionError(f"{name}: nn.GRU unexpectedly equals the Cho et al. GRU")

    def target_json(d):
        if d is None:
            return None
        return d if isinstance(d, int) else nums(d)

    return {
        "name": name,
        "spec": spec,
        "anchoredTo": anchors,
        "layout": [[n, r, c, off] for n, r, c, off in layout],
        "params": nums(values),
        "inputs": [nums(x) for x in inputs],
        "targets": [target_json(d) for d in targets],
        "states": [
            {
                "forward": [nums(s) for s in layer["fwd"]],
                "backward": [nums(s) for s in layer["bwd"]] if "bwd" in layer else None,
            }
            for layer in states
        ],
        "logits": [nums(z) for z in logits],
        "loss": float(E.item()),
        "grad": nums(grad),
    }


def main():
    cases = []
    for name, spec, T, no_target, seed in CASES:
        case = make_case(name, spec, T, no_target, seed)
        anchors = "; ".join(case["anchoredTo"])
        print(f"{name:40s} params {len(case['params']):4d}  loss {case['loss']:.6f}  {anchors}")
        cases.append(case)
    doc = {
        "about": (
            "Golden vectors for src/core/model/golden.test.ts, computed in float64 with PyTorch "
            "autograd by scripts/golden/make_golden.py. Do not edit by hand; regenerate with "
            "`/usr/bin/python3 scripts/golden/make_golden.py`."
        ),
        "torch": torch.__version__,
        "cases": cases,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        # json writes floats with repr(): the shortest string that round-trips the float64.
        json.dump(doc, f, ensure_ascii=False, allow_nan=False)
        f.write("\n")
    try:
        subprocess.run(["npx", "--no-install", "prettier", "--write", OUT], cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"warning: prettier failed ({e}); run `npx prettier --write {OUT}`", file=sys.stderr)
    # prettier respells numbers; check that it changed no value.
    with open(OUT) as f:
        again = json.load(f)
    assert again == json.loads(json.dumps(doc)), "prettier changed a value"
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
