#!/usr/bin/env python3
"""Where the CPU samples of a JFR recording fell, from `jfr print --events jdk.ExecutionSample`:
per phase of the benchmark (the BulkImportBenchmark method on the stack, or the thread), the share
of each part of the portal (the first frame outside the JDK, from the leaf up), and the hottest
leaf frames."""
import collections
import re
import sys

PARTS = [
    ("timeline tagger", "dev.aiwire.timeline."),
    ("quotations", "dev.aiwire.quote."),
    ("markdown (portal)", "dev.aiwire.markdown."),
    ("flexmark", "com.vladsch."),
    ("H2", "org.h2."),
    ("Hibernate", "org.hibernate."),
    ("Lucene", "org.apache.lucene."),
    ("search (portal)", "dev.aiwire.search."),
    ("publishing (portal)", "dev.aiwire.article."),
    ("jsoup/sanitiser", "org.jsoup."),
    ("Spring", "org.springframework."),
    ("other portal", "dev.aiwire."),
]
SKIP = ("java.", "jdk.", "sun.", "com.sun.")


def samples(path):
    frames, thread, inside = [], None, False
    with open(path, encoding="utf-8", errors="replace") as text:
        for line in text:
            line = line.strip()
            if line.startswith("sampledThread"):
                match = re.search(r'"([^"]*)"', line)
                thread = match.group(1) if match else "?"
            elif line.startswith("stackTrace = ["):
                inside, frames = True, []
            elif inside and line.startswith("]"):
                inside = False
                yield thread, frames
            elif inside and line and line != "...":
                frames.append(line.split("(")[0])


def part(frames):
    for frame in frames:
        if frame.startswith(SKIP):
            continue
        for name, prefix in PARTS:
            if frame.startswith(prefix):
                return name
        return "other: " + ".".join(frame.split(".")[:3])
    return "JDK only"


def phase(thread, frames):
    for frame in reversed(frames):
        match = re.search(r"BulkImportBenchmark\.(\w+)", frame)
        if match and match.group(1) not in ("main", "lambda"):
            return match.group(1)
    return "thread " + re.sub(r"\d+$", "N", thread or "?")


by_phase = collections.defaultdict(collections.Counter)
leaves = collections.Counter()
total = 0
for thread, frames in samples(sys.argv[1]):
    total += 1
    by_phase[phase(thread, frames)][part(frames)] += 1
    if frames:
        leaves[frames[0]] += 1
print(f"{total} CPU samples")
for name, parts in sorted(by_phase.items(), key=lambda item: -sum(item[1].values())):
    count = sum(parts.values())
    print(f"{name:40s} {100 * count / total:5.1f}%  ({count})")
    for part_name, n in parts.most_common(8):
        print(f"    {part_name:36s} {100 * n / count:5.1f}% of the phase")
print("hottest leaf frames:")
for frame, n in leaves.most_common(15):
    print(f"    {100 * n / total:5.1f}%  {frame}")
