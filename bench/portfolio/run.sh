#!/usr/bin/env bash
# Times `designer portfolio` against `designer check` on 1,000 generated proposals, in one run. Not part of CI.
# Usage: bash bench/portfolio/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "publishing Designer (Release, ReadyToRun)"
dotnet publish src/Designer.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/designer" >/dev/null
designer="$work/designer/Designer.Cli"

# 1,000 proposals: the three examples in turn, each with its own operation number, one of five countries and
# its own MIF amount, so the portfolio's rows, totals and links are all distinct.
python3 - "$work/proposals" <<'PY'
import glob, os, re, sys
out = sys.argv[1]
os.makedirs(out)
examples = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("examples/*.yaml"))]
countries = ["Brazil", "Colombia", "Nicaragua", "Peru", "Honduras"]
for i in range(1000):
    text = examples[i % len(examples)]
    text = re.sub(r"(?m)^(project:\n  id: ).*$", lambda m: m.group(1) + f"P-{i:04d}", text, count=1)
    text = re.sub(r"(?m)^  country: .*$", f"  country: {countries[i % len(countries)]}", text, count=1)
    text = re.sub(r"mif: (\d+)", lambda m: f"mif: {int(m.group(1)) + 1000 * (i % 97)}", text, count=1)
    open(os.path.join(out, f"p{i:04d}.yaml"), "w", encoding="utf-8").write(text)
PY

run() { # name, command...
  local name=$1; shift
  python3 - "$name" "$@" <<'PY'
import subprocess, sys, time, statistics
name, cmd = sys.argv[1], sys.argv[2:]
times = []
for _ in range(5):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(f"{name}\t{statistics.median(times):.3f}\t(min {min(times):.3f}, max {max(times):.3f})")
PY
}

echo "median of 5 runs, seconds"
run "check, 1000 proposals, text" "$designer" check "$work/proposals"
run "check, 1000 proposals, json" "$designer" check "$work/proposals" --format json
run "portfolio, 1000 proposals, --no-documents" "$designer" portfolio "$work/proposals" --out "$work/out-table" --no-documents
run "portfolio, 1000 proposals, with documents" "$designer" portfolio "$work/proposals" --out "$work/out-docs"
/usr/bin/time -v "$designer" portfolio "$work/proposals" --out "$work/out-mem" --no-documents 2>&1 >/dev/null | grep -E "Maximum resident" | sed 's/^\s*/portfolio --no-documents: /'
/usr/bin/time -v "$designer" portfolio "$work/proposals" --out "$work/out-mem2" 2>&1 >/dev/null | grep -E "Maximum resident" | sed 's/^\s*/portfolio with documents: /'
wc -c "$work/out-docs/portfolio.html" "$work/out-docs/portfolio.csv" | head -2
ls "$work/out-docs/documents" | wc -l | sed 's/^/documents written: /'
