#!/usr/bin/env bash
# Start-up benchmark: how long `./helix` takes until its first window is mapped, and how long a one-shot
# `./helix cli info MODEL` takes, each over several runs after one warm-up run (the warm-up also writes the
# class-data-sharing archive that later runs map). Prints every run and the median.
#   releng/scripts/startup-bench.sh [RUNS]
# Environment: HELIX (the run script to time, default ./helix of this checkout), HELIX_PRODUCT_DIR (as for ./helix),
# MODEL (default: the Klimaatsprong example), WARMUP=0 (no warm-up runs), ONLY=window|cli (one of the two),
# CPU_LOG=FILE (append the CPU seconds the JVM had used when its window appeared). Needs: Xvfb, xdotool (apt-get install -y xvfb xdotool).
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
helix=${HELIX:-$root/helix}
model=${MODEL:-$root/bundles/org.helix.examples/models/klimaatsprong.helix}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "startup-bench: $tool is missing (apt-get install -y xvfb xdotool)" >&2; exit 2; }
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
workspace=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$workspace"' EXIT
sleep 1

# One workbench start: seconds until a window titled Helix is visible; then the window gets a few seconds to finish
# (so the archive written by the first run covers the whole start) and Helix is ended with SIGTERM.
window_seconds() {
  local start helix_pid window="" mapped
  start=$(date +%s.%N)
  DISPLAY=$display setsid "$helix" -data "$workspace" >/dev/null 2>&1 &
  helix_pid=$!
  for _ in $(seq 1 1200); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --name '^Helix' 2>/dev/null | head -n 1 || true)
    [[ -n $window ]] && break
    kill -0 $helix_pid 2>/dev/null || { echo "startup-bench: Helix ended before its window opened" >&2; return 1; }
    sleep 0.05
  done
  mapped=$(date +%s.%N)
  [[ -n $window ]] || { echo "startup-bench: no Helix window after 60 s" >&2; kill -- -$helix_pid; return 1; }
  # CPU seconds (user + system) the process had used by then: ./helix execs Java once its archive exists, so the
  # script's process is the JVM; this figure depends far less on other load than the wall time
  [[ -z "${CPU_LOG:-}" ]] || awk -v t="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / t }' \
    "/proc/$helix_pid/stat" >>"$CPU_LOG"
  sleep "${SETTLE_SECONDS:-5}"
  kill -TERM -- -$helix_pid 2>/dev/null || true
  wait $helix_pid 2>/dev/null || true
  echo "$mapped - $start" | bc
}

cli_seconds() {
  local start end
  start=$(date +%s.%N)
  "$helix" cli info "$model" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${ONLY:-window}" == window ]]; then
  [[ "${WARMUP:-1}" == 0 ]] || window_seconds >/dev/null
  times=()
  for _ in $(seq 1 "$runs"); do times+=("$(window_seconds)"); done
  echo "first window (s): ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
fi
if [[ "${ONLY:-cli}" == cli ]]; then
  [[ "${WARMUP:-1}" == 0 ]] || cli_seconds >/dev/null
  times=()
  for _ in $(seq 1 "$runs"); do times+=("$(cli_seconds)"); done
  echo "cli info (s): ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
