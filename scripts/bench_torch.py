"""The BenchNN network in PyTorch on the CPU: one training step (forward, cross-entropy,
backward, Adam) and inference at batch 64, on 1 and 2 threads. Run through bench_torch.sh."""
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
    train_times, infer_times = [], []
    for run in range(REPEATS + 2):
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), labels)
        loss.backward()
        optimizer.step()
        train = time.perf_counter() - start
        start = time.perf_counter()
        with torch.no_grad():
            model(inputs)
        infer = time.perf_counter() - start
        if run >= 2:
            train_times.append(train)
            infer_times.append(infer)
    t, i = median(train_times), median(infer_times)
    print(f"threads {threads}: train step {t * 1e3:.1f} ms, inference {i * 1e3:.1f} ms ({BATCH / i:.0f} samples/s)")
