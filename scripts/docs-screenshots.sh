#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Photographs the real KnotMap window under Xvfb with demo data for docs/screenshots/.
# Needs: xvfb, openbox (a window manager, so windows and dialogs have their real frames), xdotool and
# imagemagick (installed here when missing, as root). ImageMagick's import photographs the screen: xwd shows
# menus and dialogs drawn with another visual as black boxes.
#   scripts/docs-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
knotmap=${1:-build}/app/knotmap
out=docs/screenshots
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v openbox >/dev/null || need+=(openbox)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
[[ -x /usr/bin/import ]] || need+=(imagemagick)
if [[ ${#need[@]} -gt 0 ]]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# shot NAME "actions" : starts the app on a fresh screen, acts, photographs the screen. In the actions,
# `move X Y` points at X,Y of the window's inside (the window manager decides where the window is).
# SETTINGS, when set, is the settings file the app starts with (e.g. symptoms ticked in the checklist).
# SCREEN (default 1240x900) is the screen's size; SIZE, when set, the window's inside in the screen's pixels.
# Other variables (LANG, QT_SCALE_FACTOR) reach the app as they are.
# ONLY="a b" takes just those.
shot() {
  local name=$1 actions=$2 disp=:$((100 + RANDOM % 300)) xpid wm app config
  [[ -z ${ONLY:-} || " $ONLY " == *" $name "* ]] || return 0
  config=$(mktemp -d)
  if [[ -n ${SETTINGS:-} ]]; then
    mkdir -p "$config/knotmap"
    printf '%b\n' "$SETTINGS" >"$config/knotmap/knotmap.conf"
  fi
  Xvfb "$disp" -screen 0 "${SCREEN:-1240x900}x24" -nolisten tcp >/dev/null 2>&1 & xpid=$!
  sleep 1
  DISPLAY=$disp openbox >/dev/null 2>&1 & wm=$!
  sleep 0.5
  # shellcheck disable=SC2086  # APP_ARGS holds several words on purpose
  DISPLAY=$disp QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME=$config "$knotmap" ${APP_ARGS:---demo} >/dev/null 2>&1 & app=$!
  sleep 3
  # Where the window manager put the window's inside (xdotool's own answer counts the frame twice).
  local window info X Y W H FX FY
  window=$(DISPLAY=$disp xdotool search --sync --onlyvisible --class knotmap | head -n 1)
  if [[ -n ${SIZE:-} ]]; then
    DISPLAY=$disp xdotool windowsize "$window" "${SIZE%x*}" "${SIZE#*x}"
    sleep 1
  fi
  info=$(DISPLAY=$disp xwininfo -id "$window")
  X=$(awk '/Absolute upper-left X/ {print $4}' <<<"$info")
  Y=$(awk '/Absolute upper-left Y/ {print $4}' <<<"$info")
  W=$(awk '/Width:/ {print $2}' <<<"$info")
  H=$(awk '/Height:/ {print $2}' <<<"$info")
  FX=$(awk '/Relative upper-left X/ {print $4}' <<<"$info") # the frame's border and title bar
  FY=$(awk '/Relative upper-left Y/ {print $4}' <<<"$info")
  [[ -z $actions ]] || {
    DISPLAY=$disp OX=$X OY=$Y bash -c 'move() { xdotool mousemove $((OX + $1)) $((OY + $2)); }; '"$actions"
    sleep 1
  }
  # The window with its frame: the screen around it is only Xvfb's black.
  DISPLAY=$disp /usr/bin/import -window root -crop "$((W + 2 * FX))x$((H + FY + FX))+$((X - FX))+$((Y - FY))" \
    +repage "png:$out/$name.png"
  kill "$app" "$wm" "$xpid" 2>/dev/null || true
  wait "$app" "$wm" "$xpid" 2>/dev/null || true
  echo "saved $out/$name.png"
}

mkdir -p "$out"
cli=${1:-build}/app/cli/knotmap-cli
# The app's --demo keeps its own settings; shots that need ticked symptoms open the same demo history in a file.
demo=$(mktemp -d)/demo.sqlite
"$cli" --db "$demo" demo --weeks 12 --seed 7 >/dev/null
shot main-window ""
shot mark-editor "move 668 350; xdotool click 1; sleep 0.5; xdotool type 7; move 1100 200"
shot hover-region "move 680 500; sleep 1"
shot trends "move 85 71; xdotool click 1; sleep 1.5; move 620 420; sleep 1.5"
shot routine-player "move 153 71; xdotool click 1; sleep 1.5; move 804 558; xdotool click 1; sleep 0.3; move 1121 586; xdotool click 1; sleep 2.3"
shot report-view "move 213 71; xdotool click 1; sleep 2.5"
APP_ARGS="--db $demo" SETTINGS='[routine]\nsymptoms=night-pain' shot routine-notice "move 153 71; xdotool click 1; sleep 1.5; move 600 20"
APP_ARGS="--db $demo" SETTINGS='[routine]\nsymptoms=bladder-bowel' shot routine-urgent "move 153 71; xdotool click 1; sleep 1.5; move 600 20"
shot unsaved-rating "move 650 444; xdotool click 1; sleep 0.8; move 880 502; xdotool click 1; sleep 0.3; xdotool type --delay 20 'after carrying the shopping'; move 85 71; xdotool click 1; sleep 1"
shot restore-list "xdotool key alt+f b; sleep 1; xdotool key alt+f k; sleep 1"

# Referred pain: the demo history with a headache at the left temple, felt pain marked on the front view.
felt=$(mktemp -d)/felt.sqlite
"$cli" --db "$felt" demo --weeks 12 --seed 7 >/dev/null
"$cli" --db "$felt" add --area temple-left --intensity 6 --note "headache by the afternoon" >/dev/null
# A knot selected (the left upper trapezius): where its pain may be felt, shaded on both views.
APP_ARGS="--db $felt" shot referral-knot "move 539 289; xdotool click 1; sleep 0.5; xdotool key Escape; move 1150 10"
# The felt pain at the temple selected: its possible sources; the first chosen shows where to search.
APP_ARGS="--db $felt" shot felt-temple "move 1076 193; xdotool click 1; sleep 0.5; xdotool key Escape; sleep 0.3; move 79 566; xdotool click 1; sleep 0.3; move 1150 10"

# A first start on an empty database: the welcome.
APP_ARGS="--db $(mktemp -d)/knotmap.sqlite" shot welcome "sleep 1"
# Help: the guide (F1), and About.
shot user-guide "xdotool key F1; sleep 2"
shot about "xdotool key alt+h; sleep 0.5; xdotool key a; sleep 1"
# Preferences (Ctrl+,), with a name on reports and the reminder on.
APP_ARGS="--db $demo" SETTINGS='[report]\npersonName=Alex Example\n[reminder]\non=true\nminuteOfDay=1200' shot preferences "xdotool key ctrl+comma; sleep 1"

# Issue 14: German, a 1024×640 screen, and a 1920×1080 screen at twice the scale.
LANG=de_DE.UTF-8 shot main-window-de "move 1150 10"
LANG=de_DE.UTF-8 shot trends-de "xdotool key ctrl+2; sleep 1.5; move 1150 10"
LANG=de_DE.UTF-8 shot user-guide-de "xdotool key F1; sleep 2"
SCREEN=1024x640 SIZE=1024x600 shot routine-1024x640 "xdotool key ctrl+3; sleep 1.5"
SCREEN=1024x640 SIZE=1024x600 shot report-1024x640 "xdotool key ctrl+4; sleep 2.5"
QT_SCALE_FACTOR=2 SCREEN=1920x1080 SIZE=1920x1000 shot main-window-2x "move 1150 10"

# A knot's history (Ctrl+H): the knot with three ratings in the reminder's database below is selected first.
hist=$(mktemp -d)/history.sqlite
"$cli" --db "$hist" add --region rhomboids-left --intensity 6 --quality aching \
  --note "after a day at the desk, stiff all evening" --at "$(date -d '-3 day' +%Y-%m-%dT19:30:00%:z)" >/dev/null
"$cli" --db "$hist" add --spot rhomboids-left-1 --intensity 4 --quality stiff \
  --at "$(date -d '-2 day' +%Y-%m-%dT08:10:00%:z)" >/dev/null
"$cli" --db "$hist" add --spot rhomboids-left-1 --intensity 3 --quality aching --note "better after the ball" \
  --at "$(date -d '-1 day' +%Y-%m-%dT21:05:00%:z)" >/dev/null
APP_ARGS="--db $hist" shot knot-history "move 584 332; xdotool click 1; sleep 0.5; xdotool key Escape; sleep 0.3; xdotool key ctrl+h; sleep 1"
# The same knot's menu: a right-click on it on the map.
APP_ARGS="--db $hist" shot knot-menu "move 584 332; xdotool click 3; sleep 1"
# Archive it from that menu, then Edit › Archived Knots… lists it with Bring Back.
APP_ARGS="--db $hist" shot archived-knots "move 584 332; xdotool click 3; sleep 0.5; xdotool key a; sleep 0.5; xdotool key alt+e; sleep 0.5; xdotool key v; sleep 1"

# The daily reminder, as a banner (Xvfb has no system tray): knots rated until yesterday, nothing today, and
# the reminder's time (00:00) already passed.
remind=$(mktemp -d)/remind.sqlite
for days in 3 2 1; do
  "$cli" --db "$remind" add --region upper-trapezius-left --intensity $((3 + days)) \
    --at "$(date -d "-$days day" +%Y-%m-%dT19:30:00%:z)" >/dev/null
done
"$cli" --db "$remind" add --region rhomboids-right --intensity 4 --at "$(date -d '-1 day' +%Y-%m-%dT19:35:00%:z)" >/dev/null
APP_ARGS="--db $remind" SETTINGS='[reminder]\non=true\nminuteOfDay=0' shot reminder-banner "move 1150 10"

# A database with a damaged page and a backup of it from before: the recovery dialog at start-up.
broken=$(mktemp -d)
"$cli" --db "$broken/knotmap.sqlite" demo --weeks 6 >/dev/null
"$cli" --db "$broken/knotmap.sqlite" backup >/dev/null
dd if=/dev/urandom of="$broken/knotmap.sqlite" bs=4096 seek=$(($(stat -c %s "$broken/knotmap.sqlite") / 4096 - 1)) \
  count=1 conv=notrunc status=none
APP_ARGS="--db $broken/knotmap.sqlite" shot recovery-dialog ""
rm -rf "$broken"
