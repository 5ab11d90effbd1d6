"""The BenchNN network in PyTorch on the CPU: one training step (forward, cross-entropy,
backward, Adam) and inference at batch 64, on 1 and 2 threads; wall time and process CPU time
(the machine is shared, so CPU time is the steadier measure). Run through bench_torch.sh."""
import sys
import time

import torch
from torch import nn

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
BATCH = 64
SCALARS = 4


def column(blocks, pool):
    layers, channels = [], 1
    for filters in blocks:
        layers += [nn.Conv1d(channels, filters, 5, padding="same"), nn.ReLU(),
                   nn.Conv1d(filters, filters, 5, padding="same"), nn.ReLU(),
                   nn.MaxPool1d(pool, stride=2)]
        channels = filters
    return nn.Sequential(*layers, nn.Flatten())


class AstroNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.columns = nn.ModuleList([column([16, 32, 64, 128, 256], 5), column([16, 32], 7),
                                      column([16, 32], 7), nn.Flatten()])
        width = 256 * 3 + 2 * 32 * 11 + SCALARS
        layers = [nn.Linear(width, 512), nn.ReLU()]
        for _ in range(3):
            layers += [nn.Linear(512, 512), nn.ReLU()]
        layers.append(nn.Linear(512, 3))
        self.head = nn.Sequential(*layers)

    def forward(self, inputs):
        return self.head(torch.cat([c(x) for c, x in zip(self.columns, inputs)], dim=1))


def median(values):
    return sorted(values)[len(values) // 2]


torch.manual_seed(1)
model = AstroNet()
inputs = [torch.randn(BATCH, 1, 201), torch.randn(BATCH, 1, 61), torch.randn(BATCH, 1, 61),
          torch.randn(BATCH, SCALARS)]
labels = torch.arange(BATCH) % 3
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
loss_fn = nn.CrossEntropyLoss()
count = sum(p.numel() for p in model.parameters())
print(f"PyTorch {torch.__version__}: {count} parameters, batch {BATCH}, median of {REPEATS} runs")
for threads in (1, 2):
    torch.set_num_threads(threads)
    train, infer = [], []
    for run in range(REPEATS + 2):
        wall, cpu = time.perf_counter(), time.process_time()
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), labels)
        loss.backward()
        optimizer.step()
        train_time = (time.perf_counter() - wall, time.process_time() - cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        with torch.no_grad():
            model(inputs)
        infer_time = (time.perf_counter() - wall, time.process_time() - cpu)
        if run >= 2:
            train.append(train_time)
            infer.append(infer_time)
    infer_wall = median([w for w, _ in infer])
    print(f"threads {threads}: train step {median([w for w, _ in train]) * 1e3:.1f} ms wall "
          f"({median([c for _, c in train]) * 1e3:.1f} ms CPU), inference {infer_wall * 1e3:.1f} ms wall "
          f"({median([c for _, c in infer]) * 1e3:.1f} ms CPU, {BATCH / infer_wall:.0f} samples/s)")

# The shipped classifier's architecture (ExoClassifier Architectures.astronet, what `vet` and
# `predict` run, one ensemble member): inference only, as in BenchNN.
shipped_columns = nn.ModuleList([column([8, 16, 32], 5), column([16, 32], 7), column([16, 32], 7), nn.Flatten()])
shipped_head = nn.Sequential(nn.Linear(32 * 22 + 2 * 32 * 11 + 6, 128), nn.ReLU(), nn.Dropout(0.3),
                             nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 3))


def shipped(inputs):
    return shipped_head(torch.cat([c(x) for c, x in zip(shipped_columns, inputs)], dim=1))


shipped_columns.eval()
shipped_head.eval()
for threads in (1, 2):
    torch.set_num_threads(threads)
    for batch in (1, 64, 256):
        xs = [torch.randn(batch, 1, 201), torch.randn(batch, 1, 61), torch.randn(batch, 1, 61), torch.randn(batch, 6)]
        times = []
        for run in range(REPEATS + 2):
            wall = time.perf_counter()
            with torch.no_grad():
                shipped(xs)
            if run >= 2:
                times.append(time.perf_counter() - wall)
        wall = median(times)
        print(f"shipped threads {threads}, batch {batch}: inference {wall * 1e3:.3f} ms wall ({batch / wall:.0f} samples/s)")
