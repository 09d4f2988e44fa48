#!/usr/bin/env bash
# Times Spectral and Designer on the same rules and files, in one run. Not part of CI (it installs Spectral
# from the npm registry and takes a few minutes). Usage: bash bench/spectral/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "installing @stoplight/spectral-cli 6.16.3 into $work/npm"
npm install --prefix "$work/npm" --no-audit --no-fund --silent @stoplight/spectral-cli@6.16.3 >/dev/null
spectral="$work/npm/node_modules/.bin/spectral"

echo "publishing Designer (Release, ReadyToRun)"
dotnet publish src/Designer.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/designer" >/dev/null
designer="$work/designer/Designer.Cli"

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

echo "median of 5 runs, seconds"
run "designer --version" "$designer" --version
run "designer, same rules, 1 file" "$designer" check "$work/one" --no-builtin --rules "$work/subset.yaml"
run "designer, full pack, 1 file" "$designer" check "$work/one"
run "spectral, 1 file" "$spectral" lint --ruleset bench/spectral/ruleset.yaml "$work/one/masaya-furniture.yaml"
run "designer, same rules, 1000 files" "$designer" check "$work/many" --no-builtin --rules "$work/subset.yaml"
run "designer, full pack, 1000 files" "$designer" check "$work/many"
run "spectral, 1000 files" "$spectral" lint --ruleset bench/spectral/ruleset.yaml "$work/many/*.yaml"
/usr/bin/time -v "$designer" check "$work/many" 2>&1 >/dev/null | grep -E "Maximum resident" | sed 's/^\s*/designer 1000 files: /'
