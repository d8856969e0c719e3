#!/usr/bin/env python3
"""Reference Roost in PyTorch (written from the thesis description, App. A.1 / seed 003 §4.2) for the
speed comparison with ionmat's DJL implementation: same architecture (2,433,233 parameters), same loss,
Adam 3e-4, weight decay 1e-6, batch 128, PyTorch default initialisation.

  /usr/bin/python3 scripts/bench/roost_pytorch.py --data ../shared/data/bandgap/expt-non-metals.csv \
      --embedding ../shared/data/embeddings/matscholar200.json --epochs 3 --threads 1 [--impl scatter|dense]

--impl scatter: ragged batches with index_add / scatter_reduce (the usual PyTorch way of writing Roost);
--impl dense:   padded per-size groups, the formulation ionmat uses.
Prints one JSON line: seconds per epoch, predictions per second, parameter count.
"""
import argparse
import csv
import json
import math
import re
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def parse_formula(s):
    """Element amounts of a flat or bracketed formula (enough for the band-gap sets)."""
    def parse(tokens):
        out = {}
        while tokens:
            t = tokens.pop(0)
            if t == "(":
                inner = parse(tokens)
                mult = float(tokens.pop(0)) if tokens and re.match(r"[\d.]+$", tokens[0]) else 1.0
                for k, v in inner.items():
                    out[k] = out.get(k, 0) + v * mult
            elif t == ")":
                return out
            else:
                el = t
                n = float(tokens.pop(0)) if tokens and re.match(r"[\d.]+$", tokens[0]) else 1.0
                out[el] = out.get(el, 0) + n
        return out
    return parse(re.findall(r"[A-Z][a-z]?|[\d.]+|\(|\)", s))


class MLP(nn.Module):
    def __init__(self, i, h, o):
        super().__init__()
        self.a = nn.Linear(i, h)
        self.b = nn.Linear(h, o)

    def forward(self, x):
        return self.b(F.leaky_relu(self.a(x)))


class Head(nn.Module):
    """One weighted soft-attention head: gate f, message g, learnable weight exponent p."""
    def __init__(self, i, d, h):
        super().__init__()
        self.f = MLP(i, h, 1)
        self.g = MLP(i, h, d)
        self.pow = nn.Parameter(torch.randn(1))


class ResNet(nn.Module):
    def __init__(self, i, dims, o):
        super().__init__()
        self.fc = nn.ModuleList()
        self.res = nn.ModuleList()
        for d in dims:
            self.fc.append(nn.Linear(i, d))
            self.res.append(nn.Linear(i, d, bias=False) if i != d else nn.Identity())
            i = d
        self.out = nn.Linear(i, o)

    def forward(self, x):
        for fc, res in zip(self.fc, self.res):
            x = F.relu(fc(x)) + res(x)
        return self.out(x)


class Roost(nn.Module):
    def __init__(self, n=200, d=64, layers=3, heads=3, hidden=256, pool_heads=3, out=(1024, 512, 256, 128, 64),
                 head_mean=False):
        super().__init__()
        self.head_mean = head_mean
        self.embed = nn.Linear(n, d - 1)
        self.mp = nn.ModuleList([nn.ModuleList([Head(2 * d, d, hidden) for _ in range(heads)]) for _ in range(layers)])
        self.pool = nn.ModuleList([Head(d, d, hidden) for _ in range(pool_heads)])
        self.head = ResNet(d, out, 2)

    # ---- ragged formulation ----
    def forward_scatter(self, x, w, node_cry, self_idx, nbr_idx, n_cry):
        h = torch.cat([self.embed(x), w.unsqueeze(1)], 1)
        logw = torch.log(w)
        n_nodes = h.shape[0]
        for layer in self.mp:
            pair = torch.cat([h[self_idx], h[nbr_idx]], 1)
            upd = 0
            for hd in layer:
                e = hd.f(pair).squeeze(1) + hd.pow * logw[nbr_idx]
                m = torch.full((n_nodes,), -1e30).scatter_reduce(0, self_idx, e, "amax", include_self=True)
                ex = torch.exp(e - m[self_idx].detach())
                den = torch.zeros(n_nodes).index_add(0, self_idx, ex)
                a = ex / (den[self_idx] + 1e-10)
                upd = upd + torch.zeros(n_nodes, h.shape[1]).index_add(0, self_idx, a.unsqueeze(1) * hd.g(pair))
            h = h + (upd / len(layer) if self.head_mean else upd)
        r = 0
        for hd in self.pool:
            s = hd.f(h).squeeze(1) + hd.pow * logw
            m = torch.full((n_cry,), -1e30).scatter_reduce(0, node_cry, s, "amax", include_self=True)
            ex = torch.exp(s - m[node_cry].detach())
            den = torch.zeros(n_cry).index_add(0, node_cry, ex)
            a = ex / (den[node_cry] + 1e-10)
            r = r + torch.zeros(n_cry, h.shape[1]).index_add(0, node_cry, a.unsqueeze(1) * hd.g(h))
        return self.head(r / len(self.pool) if self.head_mean else r)

    # ---- dense formulation (per-size groups, no padding) ----
    def pooled_dense(self, x, w, self_pairs=False):
        b, e, _ = x.shape
        h = torch.cat([self.embed(x), w.unsqueeze(2)], 2)
        logw = torch.log(w)
        mask = torch.ones(e, e) if self_pairs else 1 - torch.eye(e)
        for layer in self.mp:
            pair = torch.cat([h.unsqueeze(2).expand(b, e, e, -1), h.unsqueeze(1).expand(b, e, e, -1)], 3)
            upd = 0
            for hd in layer:
                s = hd.f(pair).squeeze(3) + hd.pow * logw.unsqueeze(1) + (mask - 1) * 1e9
                ex = torch.exp(s - s.max(2, keepdim=True)[0].detach()) * mask
                a = ex / (ex.sum(2, keepdim=True) + 1e-10)
                upd = upd + (a.unsqueeze(3) * hd.g(pair)).sum(2)
            h = h + (upd / len(layer) if self.head_mean else upd)
        r = 0
        for hd in self.pool:
            s = hd.f(h).squeeze(2) + hd.pow * logw
            a = torch.softmax(s, 1)
            r = r + (a.unsqueeze(2) * hd.g(h)).sum(1)
        return r / len(self.pool) if self.head_mean else r


def robust_l1(out, y):
    mu, logs = out[:, 0], out[:, 1]
    return (math.sqrt(2) * (mu - y).abs() * torch.exp(-logs) + logs).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--formula-column", default="composition")
    ap.add_argument("--target", default="Eg")
    ap.add_argument("--embedding", required=True)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--impl", choices=["scatter", "dense"], default="scatter")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--self-pairs", action="store_true", help="elements also attend to themselves (aviary)")
    ap.add_argument("--head-mean", action="store_true", help="average attention heads instead of summing (aviary)")
    ap.add_argument("--test", help="test CSV (same columns): print the test MAE/RMSE of the trained model")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    emb = json.load(open(a.embedding))

    def load(path, limit=0):
        rows = list(csv.DictReader(open(path)))
        if limit:
            rows = rows[:limit]
        comps, ys = [], []
        for r in rows:
            c = {k: v for k, v in parse_formula(r[a.formula_column]).items() if v > 0}
            if all(k in emb for k in c):
                tot = sum(c.values())
                els = sorted(c)
                comps.append((torch.tensor([emb[k] for k in els], dtype=torch.float32),
                              torch.tensor([c[k] / tot for k in els], dtype=torch.float32)))
                ys.append(float(r[a.target]))
        return comps, torch.tensor(ys)

    comps, y_raw = load(a.data, a.limit)
    y_mean, y_std = y_raw.mean(), y_raw.std(unbiased=False)
    y = (y_raw - y_mean) / y_std
    model = Roost(n=len(next(iter(emb.values()))), head_mean=a.head_mean)
    nparam = sum(p.numel() for p in model.parameters())
    opt = torch.optim.Adam(model.parameters(), lr=3e-4, weight_decay=1e-6)

    def batch_out(idx, comps=comps):
        if a.impl == "scatter":
            xs, ws, cry, si, ni, off = [], [], [], [], [], 0
            for k, i in enumerate(idx):
                x, w = comps[i]
                n = len(w)
                xs.append(x)
                ws.append(w)
                cry += [k] * n
                for p in range(n):
                    for q in range(n):
                        if p != q or a.self_pairs:
                            si.append(off + p)
                            ni.append(off + q)
                off += n
            return model.forward_scatter(torch.cat(xs), torch.cat(ws), torch.tensor(cry), torch.tensor(si, dtype=torch.long),
                                         torch.tensor(ni, dtype=torch.long), len(idx))
        groups = {}
        for k, i in enumerate(idx):
            groups.setdefault(len(comps[i][1]), []).append(k)
        order, pooled = [], []
        for n, ks in sorted(groups.items()):
            x = torch.stack([comps[idx[k]][0] for k in ks])
            w = torch.stack([comps[idx[k]][1] for k in ks])
            pooled.append(model.pooled_dense(x, w, a.self_pairs))
            order += ks
        out = model.head(torch.cat(pooled))
        res = torch.empty_like(out)
        res[torch.tensor(order)] = out
        return res

    times, cpu = [], []
    for epoch in range(a.epochs):
        t0 = time.perf_counter()
        c0 = time.process_time()
        perm = torch.randperm(len(comps)).tolist()
        total = 0.0
        for s in range(0, len(perm), 128):
            idx = perm[s:s + 128]
            loss = robust_l1(batch_out(idx), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        print(json.dumps({"epoch": epoch + 1, "loss": total / len(perm), "seconds": times[-1], "cpu_seconds": cpu[-1]}),
              flush=True)
    with torch.no_grad():
        # prediction: two warm-up passes over all rows, then the median of five timed passes
        walls, cpus = [], []
        for r in range(-2, 5):
            t0 = time.perf_counter()
            c0 = time.process_time()
            for s in range(0, len(comps), 1024):
                batch_out(list(range(s, min(len(comps), s + 1024))))
            if r >= 0:
                walls.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
        pred = sorted(walls)[2]
        pred_cpu = sorted(cpus)[2]
        test = {}
        if a.test:
            model.eval()
            tc, ty = load(a.test)
            mu = torch.cat([batch_out(list(range(s, min(len(tc), s + 1024))), tc)[:, 0]
                            for s in range(0, len(tc), 1024)]) * y_std + y_mean
            err = mu - ty
            test = {"test_n": len(tc), "test_mae": err.abs().mean().item(), "test_rmse": err.pow(2).mean().sqrt().item()}
    print(json.dumps({"impl": a.impl, "torch": torch.__version__, "threads": a.threads, "rows": len(comps),
                      "parameters": nparam, "epochs": a.epochs, "seconds_per_epoch_median": sorted(times)[len(times) // 2],
                      "seconds_per_epoch_after_first": sum(times[1:]) / max(1, len(times) - 1),
                      "cpu_seconds_per_epoch_after_first": sum(cpu[1:]) / max(1, len(cpu) - 1),
                      "predictions_per_second": len(comps) / pred, "predictions_per_cpu_second": len(comps) / pred_cpu, **test}))


if __name__ == "__main__":
    main()
