#!/usr/bin/env bash
# Photographs the real KnotMap window under Xvfb with demo data for docs/screenshots/.
# Needs: xvfb, x11-apps (xwd), xdotool, imagemagick (installed here when missing, as root).
#   scripts/docs-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
knotmap=${1:-build}/app/knotmap
out=docs/screenshots
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwd >/dev/null || need+=(x11-apps)
command -v xdotool >/dev/null || need+=(xdotool)
convert -version 2>/dev/null | grep -q ImageMagick || need+=(imagemagick)
if [[ ${#need[@]} -gt 0 ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# shot NAME "xdotool actions" : starts the app on a fresh screen, acts, photographs the screen.
shot() {
  local name=$1 actions=$2 disp=:$((100 + RANDOM % 300)) xpid app
  Xvfb "$disp" -screen 0 1180x820x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  sleep 1
  DISPLAY=$disp QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$(mktemp -d) "$knotmap" --demo >/dev/null 2>&1 & app=$!
  sleep 3
  [[ -z $actions ]] || { DISPLAY=$disp bash -c "$actions"; sleep 1; }
  DISPLAY=$disp xwd -root -silent | convert xwd:- "png:$out/$name.png"
  kill "$app" "$xpid" 2>/dev/null || true
  wait "$app" "$xpid" 2>/dev/null || true
  echo "saved $out/$name.png"
}

mkdir -p "$out"
shot main-window ""
shot mark-editor "xdotool mousemove 668 350 click 1; sleep 0.5; xdotool type 7; xdotool mousemove 1100 200"
shot hover-region "xdotool mousemove 680 500; sleep 1"
shot trends "xdotool mousemove 85 71 click 1; sleep 1.5; xdotool mousemove 620 420; sleep 1.5"
shot routine-player "xdotool mousemove 153 71 click 1; sleep 1; xdotool mousemove 943 587 click 1; sleep 0.3; xdotool mousemove 1121 614 click 1; sleep 2.3"
shot report-view "xdotool mousemove 213 71 click 1; sleep 2.5"
shot routine-notice "xdotool mousemove 153 71 click 1; sleep 1; xdotool mousemove 28 746 click 1; sleep 1; xdotool mousemove 600 20"
