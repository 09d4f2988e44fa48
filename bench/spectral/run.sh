#!/usr/bin/env bash
# Times Spectral and Designer on the same rules and files, in one run: the natively compiled tool as
# `dotnet tool install` puts it, and the JIT-compiled (ReadyToRun) publish it replaced. Not part of CI (it
# installs Spectral from the npm registry, compiles the tool natively and takes several minutes).
# Usage: bash bench/spectral/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "installing @stoplight/spectral-cli 6.16.3 into $work/npm"
npm install --prefix "$work/npm" --no-audit --no-fund --silent @stoplight/spectral-cli@6.16.3 >/dev/null
spectral="$work/npm/node_modules/.bin/spectral"

echo "publishing Designer (Release, ReadyToRun, JIT-compiled as before the native package)"
dotnet publish src/Designer.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$work/designer" >/dev/null
r2r="$work/designer/Designer.Cli"

echo "packing and installing the native tool (dotnet pack -r linux-x64, dotnet tool install)"
dotnet pack src/Designer.Cli -c Release -o "$work/nupkg" >/dev/null
dotnet pack src/Designer.Cli -c Release -r linux-x64 -o "$work/nupkg" >/dev/null
dotnet tool install Designer.Tool --tool-path "$work/tools" --add-source "$work/nupkg" --ignore-failed-sources >/dev/null
designer="$work/tools/designer"

# The same rules for Designer: the ids the Spectral ruleset mirrors, taken from the built-in pack.
ids="TER001 SEC001 SEC002 GOV002 GOV003 CMP004 CMP007 MON001 MON002 MON007 MON008 MON013 SUS001 POR003 POR004 POR006 ENV001 DES005"
python3 - "$repo/rules/mif-territorial.yaml" "$work/subset.yaml" $ids <<'PY'
import sys, re
src, dst, ids = sys.argv[1], sys.argv[2], set(sys.argv[3:])
text = open(src, encoding="utf-8").read()
head, body = text.split("rules:\n", 1)
chunks = re.split(r"(?m)^(?=  - id: )", body)
keep = [c for c in chunks if (m := re.match(r"  - id: (\w+)", c)) and m.group(1) in ids]
open(dst, "w", encoding="utf-8").write(head.replace("pack: mif-territorial", "pack: subset") + "rules:\n" + "".join(keep))
PY

mkdir -p "$work/one" "$work/many"
cp examples/masaya-furniture.yaml "$work/one/"
for i in $(seq 1 334); do
  for f in examples/*.yaml; do cp "$f" "$work/many/$(basename "$f" .yaml)-$i.yaml"; done
done
ls "$work/many" | head -1000 | sed 's|^|'"$work/many/"'|' > "$work/list"
find "$work/many" -name '*.yaml' | sort | tail -n +1001 | xargs rm -f

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
print(f"{name}\t{statistics.median(times):.3f}")
PY
}

peak() { # name, command...: the largest resident set of one run, in MB
  local name=$1; shift
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } | awk -v n="$name" '/Maximum resident/ { printf "%s\t%.0f MB\n", n, $NF / 1024 }'
}

subset=(--no-builtin --rules "$work/subset.yaml")
echo "median of 5 runs, seconds"
run "designer --version (native)" "$designer" --version
run "designer --version (ReadyToRun)" "$r2r" --version
run "spectral, 1 file" "$spectral" lint --ruleset bench/spectral/ruleset.yaml "$work/one/masaya-furniture.yaml"
run "designer native, same rules, 1 file" "$designer" check "$work/one" "${subset[@]}"
run "designer native, full pack, 1 file" "$designer" check "$work/one"
run "designer ReadyToRun, same rules, 1 file" "$r2r" check "$work/one" "${subset[@]}"
run "designer ReadyToRun, full pack, 1 file" "$r2r" check "$work/one"
run "spectral, 1000 files" "$spectral" lint --ruleset bench/spectral/ruleset.yaml "$work/many/*.yaml"
run "designer native, same rules, 1000 files" "$designer" check "$work/many" "${subset[@]}"
run "designer native, full pack, 1000 files" "$designer" check "$work/many"
run "designer ReadyToRun, same rules, 1000 files" "$r2r" check "$work/many" "${subset[@]}"
run "designer ReadyToRun, full pack, 1000 files" "$r2r" check "$work/many"
run "designer native, render md, 1 file" "$designer" render "$work/one/masaya-furniture.yaml" --out "$work/out-md" --format md
run "designer native, render html, 1 file" "$designer" render "$work/one/masaya-furniture.yaml" --out "$work/out-html" --format html
run "designer native, render md and html, 1 file" "$designer" render "$work/one/masaya-furniture.yaml" --out "$work/out-both"

echo "peak memory"
peak "designer native, full pack, 1 file" "$designer" check "$work/one"
peak "designer native, full pack, 1000 files" "$designer" check "$work/many"
peak "designer ReadyToRun, full pack, 1000 files" "$r2r" check "$work/many"
peak "spectral, 1000 files" "$spectral" lint --ruleset bench/spectral/ruleset.yaml "$work/many/*.yaml"
