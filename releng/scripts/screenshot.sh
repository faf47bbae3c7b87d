#!/usr/bin/env bash
# Opens Helix in a private Xvfb display, waits for its window, saves a screenshot, then closes the window the way a
# window manager's close button does (WM_DELETE_WINDOW; Ctrl+Q when python3-xlib is missing) and reports the exit
# code and the startup time.
#   releng/scripts/screenshot.sh OUT.png [HELIX ARGS...]
# SIZE=WIDTHxHEIGHT (default 1600x1000, the size the README's screenshots are taken at): the screen and the window.
# Needs: xvfb, xdotool, imagemagick (apt-get install -y xvfb xdotool imagemagick).
set -euo pipefail
out=${1:?usage: screenshot.sh OUT.png [HELIX ARGS...]}
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (apt-get install -y xvfb xdotool imagemagick)" >&2; exit 2; }
done
import_bin=/usr/bin/import
[[ -x $import_bin ]] || { echo "screenshot.sh: ImageMagick's import is missing (apt-get install -y imagemagick)" >&2; exit 2; }

display=:$((90 + RANDOM % 100))
size=${SIZE:-1600x1000}
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display

workspace=$(mktemp -d)
start=$(date +%s.%N)
"$root/helix" -data "$workspace" "$@" &
helix=$!

window=""
for _ in $(seq 1 240); do
  window=$(xdotool search --onlyvisible --name '^Helix' 2>/dev/null | head -n 1 || true)
  [[ -n $window ]] && break
  kill -0 $helix 2>/dev/null || { echo "screenshot.sh: Helix ended before its window opened" >&2; exit 1; }
  sleep 0.25
done
[[ -n $window ]] || { echo "screenshot.sh: no Helix window after 60 s" >&2; kill $helix; exit 1; }
mapped=$(date +%s.%N)
# no window manager under Xvfb: the window keeps the size the workbench chose unless it is given the screen's
xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}" 2>/dev/null || true
# let the workbench finish laying out its parts before the picture is taken
sleep "${SETTLE_SECONDS:-4}"
"$import_bin" -window "$window" "$out"
echo "window mapped after $(echo "$mapped - $start" | bc) s; screenshot: $out"

if /usr/bin/python3 -c 'import Xlib' 2>/dev/null; then
  how="closing its window"
  /usr/bin/python3 "$root/releng/scripts/close-window.py" "$window"
else
  how="Ctrl+Q"
  xdotool windowfocus --sync "$window" key ctrl+q
fi
code=0
wait $helix || code=$?
echo "Helix exit code after $how: $code"
rm -rf "$workspace"
exit $code
