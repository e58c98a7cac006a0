/**
 * The fixed parts of the exported PyTorch program. The model classes read the globals the
 * program defines first (spec, blocks, H, I, O, LAYERS, DIRECTIONS, TOP, HEAD).
 */

/** torch.nn.RNN / torch.nn.LSTM with an nn.Linear head, loaded block by block. */
export const PYTORCH_MODEL_NN = (nnClass: string, nonlinearity: string, names: string[]) => {
  const [ih, hh, bias] = names;
  const rnnArgs =
    nnClass === 'RNN' ? `I, H, num_layers=LAYERS, nonlinearity="${nonlinearity}"` : 'I, H, LAYERS';
  return `
class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = torch.nn.${nnClass}(${rnnArgs}, bidirectional=BIDIRECTIONAL)
        self.head = torch.nn.Linear(TOP, O)

    def forward(self, xs):
        """xs: (T, I) -> logits (T, O), from zero initial states."""
        states, _ = self.rnn(xs.unsqueeze(1))  # (sequence, batch = 1, features)
        return self.head(states[:, 0])


model = Model()
with torch.no_grad():
    for layer in range(LAYERS):
        for ours, suffix in DIRECTIONS:
            name = f"l{layer}.{ours}."
            rnn = model.rnn
            # One row per unit in both: no transpose.${nnClass === 'LSTM' ? ' Gate rows i, f, g, o in both.' : ''}
            getattr(rnn, f"weight_ih_l{layer}{suffix}").copy_(blocks[name + "${ih}"])
            getattr(rnn, f"weight_hh_l{layer}{suffix}").copy_(blocks[name + "${hh}"])
            # Our one bias is the sum of PyTorch's two: b into bias_ih, zeros into bias_hh,
            # and bias_hh stays zero (not trained), so the sum moves as ours does.
            getattr(rnn, f"bias_ih_l{layer}{suffix}").copy_(blocks[name + "${bias}"].view(-1))
            getattr(rnn, f"bias_hh_l{layer}{suffix}").zero_()
            getattr(rnn, f"bias_hh_l{layer}{suffix}").requires_grad_(False)
    model.head.weight.copy_(blocks["head.V"])
    model.head.bias.copy_(blocks["head.c"].view(-1))
`;
};

/** Our GRU (reset gate before the recurrent product), which torch.nn.GRU cannot hold. */
export const PYTORCH_MODEL_GRU = `
class GRULayer(torch.nn.Module):
    """Cho et al. (2014) as this site computes it; torch.nn.GRU multiplies r after W_hh s."""

    def __init__(self, wx, wh, b):
        super().__init__()
        self.wx = torch.nn.Parameter(wx.clone())  # (3H, in): rows z, r, c
        self.wh = torch.nn.Parameter(wh.clone())  # (3H, H)
        self.b = torch.nn.Parameter(b.view(-1).clone())  # (3H,)

    def forward(self, xs):
        wxz, wxr, wxc = self.wx.split(H)
        whz, whr, whc = self.wh.split(H)
        bz, br, bc = self.b.split(H)
        s = torch.zeros(H)
        out = []
        for x in xs:
            z = torch.sigmoid(wxz @ x + whz @ s + bz)
            r = torch.sigmoid(wxr @ x + whr @ s + br)
            c = torch.tanh(wxc @ x + whc @ (r * s) + bc)
            s = (1 - z) * c + z * s
            out.append(s)
        return torch.stack(out)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = torch.nn.ModuleList(
            torch.nn.ModuleList(
                GRULayer(*(blocks[f"l{layer}.{ours}.{n}"] for n in ("Wx", "Wh", "b")))
                for ours, _ in DIRECTIONS
            )
            for layer in range(LAYERS)
        )
        self.head = torch.nn.Linear(TOP, O)
        with torch.no_grad():
            self.head.weight.copy_(blocks["head.V"])
            self.head.bias.copy_(blocks["head.c"].view(-1))

    def forward(self, xs):
        """xs: (T, I) -> logits (T, O); the backward direction reads the sequence reversed."""
        for directions in self.layers:
            outs = [directions[0](xs)]
            if len(directions) > 1:
                outs.append(directions[1](xs.flip(0)).flip(0))
            xs = torch.cat(outs, dim=1)
        return self.head(xs)


model = Model()
`;

/** Data, loss, the printed numbers and the training loop. */
export const PYTORCH_RUN = `
def inputs_of(xs):
    if BATCH["oneHot"]:
        return F.one_hot(torch.tensor(xs), I).to(torch.float64)
    return torch.tensor(xs, dtype=torch.float64).view(len(xs), I)


def batch_loss():
    """Summed loss over every step with a target, and how many there are."""
    total, count = torch.zeros(()), 0
    for xs, targets in zip(BATCH["inputs"], BATCH["targets"]):
        logits = model(inputs_of(xs))
        for t, d in enumerate(targets):
            if d is None:
                continue
            z = logits[t]
            if HEAD == "softmax":
                total = total + torch.logsumexp(z, 0) - z[d]  # cross-entropy in nats
            elif HEAD == "linear":
                total = total + 0.5 * ((z - torch.tensor(d, dtype=torch.float64)) ** 2).sum()
            else:
                total = total + F.binary_cross_entropy_with_logits(
                    z, torch.tensor(d, dtype=torch.float64), reduction="sum"
                )
            count += 1
    return total, count


def mean_loss():
    with torch.no_grad():
        total, count = batch_loss()
    return (total / count).item()


print(f"loss {mean_loss()!r}")

# Training goes on, on this batch, with the figure's optimiser and clipping.
o = TRAIN["optimiser"]
params = [p for p in model.parameters() if p.requires_grad]
if o["kind"] == "sgd":
    optimiser = torch.optim.SGD(params, lr=o["lr"])
elif o["kind"] in ("momentum", "nesterov"):
    optimiser = torch.optim.SGD(
        params, lr=o["lr"], momentum=o["momentum"], nesterov=o["kind"] == "nesterov"
    )
elif o["kind"] == "rmsprop":
    optimiser = torch.optim.RMSprop(
        params, lr=o["lr"], alpha=o.get("decay", 0.9), eps=o.get("eps", 1e-8)
    )
elif o["kind"] == "adagrad":  # the app's sqrt(sum + eps): the sum starts at eps, no eps after
    optimiser = torch.optim.Adagrad(
        params, lr=o["lr"], initial_accumulator_value=o.get("eps", 1e-8), eps=0
    )
else:
    optimiser = torch.optim.Adam(
        params,
        lr=o["lr"],
        betas=(o.get("beta1", 0.9), o.get("beta2", 0.999)),
        eps=o.get("eps", 1e-8),
    )
for step in range(TRAIN_STEPS):
    optimiser.zero_grad()
    total, count = batch_loss()
    (total / count).backward()  # the mean over target steps, as the app's step
    if "clipNorm" in TRAIN:  # rescale to the threshold when longer (no epsilon, as the app)
        norm = torch.sqrt(sum((p.grad**2).sum() for p in params))
        if norm > TRAIN["clipNorm"]:
            for p in params:
                p.grad.mul_(TRAIN["clipNorm"] / norm)
    if "clipValue" in TRAIN:
        torch.nn.utils.clip_grad_value_(params, TRAIN["clipValue"])
    optimiser.step()
print(f"loss after {TRAIN_STEPS} steps {mean_loss()!r}")
`;
