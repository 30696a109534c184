#!/usr/bin/env bash
# Soak benchmark of the desktop app (issue 8, "a long session holds"): trains in the real window
# under Xvfb for a given time and records, every SAMPLE_S seconds, the process RSS, the heap, the
# CPU of the JavaFX Application Thread, and iterations/s. Every HEADLESS_EVERY_MIN minutes it
# pauses the window (F6), trains the same config headless (the CLI, same jar and JVM flags) for
# HEADLESS_MIN minutes, and resumes the window (F6): the machine's speed drifts within an hour, so
# window and headless speed are only compared side by side in one session.
#
# A benchmark, not a test: CI does not run it. See README.md beside it for what it needs and prints.
#
#   app/src/test/soak/soak.sh [--minutes 60] [--model mlp] [--epochs 200] [--out DIR]
#                             [--headless-every 10] [--headless-minutes 2] [--sample 30]
#                             [--snapshot-every 50] [--screenshot-at SECONDS] [--profile]
set -euo pipefail

MINUTES=60 MODEL=mlp EPOCHS=200 OUT="" HEADLESS_EVERY_MIN=10 HEADLESS_MIN=2 SAMPLE_S=30 SHOT_AT=-1 PROFILE=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --minutes) MINUTES="$2"; shift 2 ;;
        --model) MODEL="$2"; shift 2 ;;
        --epochs) EPOCHS="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --headless-every) HEADLESS_EVERY_MIN="$2"; shift 2 ;;
        --headless-minutes) HEADLESS_MIN="$2"; shift 2 ;;
        --sample) SAMPLE_S="$2"; shift 2 ;;
        --snapshot-every) SNAPSHOT_EVERY="$2"; shift 2 ;;
        --screenshot-at) SHOT_AT="$2"; shift 2 ;;
        --profile) PROFILE=1; shift ;;
        *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
    esac
done

# Bash arithmetic takes whole numbers only: say so here rather than fail an hour in.
for pair in "--minutes $MINUTES" "--headless-every $HEADLESS_EVERY_MIN" "--headless-minutes $HEADLESS_MIN" \
            "--sample $SAMPLE_S" "--screenshot-at $SHOT_AT"; do
    [[ "${pair#* }" =~ ^-?[0-9]+$ ]] || { echo "${pair% *} takes whole numbers, not ${pair#* }" >&2; exit 2; }
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
OUT="${OUT:-$ROOT/soak-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
CSV="$OUT/soak.csv"
LOG="$OUT/soak.log"
SNAPSHOT_EVERY="${SNAPSHOT_EVERY:-50}"   # 50: what the window trains with (GanLabWindow.initialConfig)
log() { echo "$(date -u +%H:%M:%S) $*" | tee -a "$LOG" >&2; }

for tool in xvfb-run xdotool import gnuplot java; do
    command -v "$tool" >/dev/null || { echo "missing $tool: see $HERE/README.md" >&2; exit 2; }
done

# ---- Start the window (./ganlab-app builds its jar first when the sources are newer)
APP_RUNS="$OUT/runs-app"
CLI_RUNS="$OUT/runs-headless"
mkdir -p "$APP_RUNS" "$CLI_RUNS"
export GANLAB_RUNS="$APP_RUNS"
export JAVA_OPTS="${SOAK_JAVA_OPTS:-}"   # extra JVM flags for the window, e.g. GC logging
if [[ "$PROFILE" == 1 ]]; then
    JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile,dumponexit=true"
fi
rm -f "$OUT/display"   # a stale one from an earlier soak into the same folder names a dead display
log "starting ./ganlab-app --model=$MODEL --epochs=$EPOCHS under xvfb-run (runs in $APP_RUNS)"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c 'echo "$DISPLAY $XAUTHORITY" > "$0/display"; exec "$1/ganlab-app" "$2" "$3" "$4"' \
    "$OUT" "$ROOT" "--model=$MODEL" "--epochs=$EPOCHS" "--snapshotEvery=$SNAPSHOT_EVERY" > "$OUT/app.out" 2>&1 &
XVFB_PID=$!
# The app first; xvfb-run then ends its Xvfb itself. Whatever it leaves is ended by its own id.
cleanup() {
    [[ -n "${CLI_PID:-}" ]] && kill "$CLI_PID" 2>/dev/null || true
    [[ -n "${APP_PID:-}" ]] && kill "$APP_PID" 2>/dev/null || true
    local children
    children="$(pgrep -P "$XVFB_PID" 2>/dev/null || true)"
    for _ in $(seq 1 20); do
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" $children 2>/dev/null || true
    fi
}
trap cleanup EXIT

for _ in $(seq 1 120); do
    [[ -s "$OUT/display" ]] && break
    sleep 1
done
read -r DISPLAY XAUTHORITY < "$OUT/display"
export DISPLAY XAUTHORITY
WINDOW=""
for _ in $(seq 1 1200); do   # a first build takes minutes
    WINDOW="$(xdotool search --name "GAN Lab FX" 2>/dev/null | head -n 1 || true)"
    [[ -n "$WINDOW" ]] && break
    sleep 1
done
[[ -n "$WINDOW" ]] || { log "the window did not appear: see $OUT/app.out"; exit 1; }
APP_PID="$(xdotool getwindowpid "$WINDOW" 2>/dev/null || pgrep -n -f "ganlab-app-.*-all.jar")"
JAR="$(ls "$ROOT"/app/target/ganlab-app-*-all.jar | head -n 1)"
log "window $WINDOW, app pid $APP_PID, display $DISPLAY"
sleep 5   # the setup form and the backend warm up

press() {
    xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
    xdotool key --window "$WINDOW" "$1" 2>/dev/null || xdotool key "$1"
}

# ---- Measuring
FX_TID="$(grep -l "^JavaFX Applicat" /proc/"$APP_PID"/task/*/comm 2>/dev/null | head -n 1 | cut -d/ -f5)"
[[ -n "$FX_TID" ]] || { log "no JavaFX Application Thread in $APP_PID"; exit 1; }
TICKS="$(getconf CLK_TCK)"

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# utime + stime: fields 14 and 15 of stat, counted after the name's ")" (a thread name may hold spaces)
cpu_ticks() { sed 's/.*) //' "$1" 2>/dev/null | awk '{print $12 + $13}' || echo 0; }
# Every thread of a process: "tid|name|ticks", one a line (names as /proc shows them, 15 characters).
thread_ticks() {
    local t
    for t in /proc/"$1"/task/*; do
        printf "%s|%s|%s\n" "${t##*/}" "$(cat "$t/comm" 2>/dev/null)" "$(cpu_ticks "$t/stat")"
    done 2>/dev/null
}
# Appends to threads.csv the CPU of each thread name of process $1 (labelled $2) since its last call, % of
# one core; the numbers that tell thread pools apart (GC Thread#0, #1) are folded into one name.
THREADS_CSV="$OUT/threads.csv"
sample_threads() {   # pid label phase seconds-since-start interval
    local now_file="$OUT/.threads-$1" was_file="$OUT/.threads-$1.was"
    thread_ticks "$1" > "$now_file"
    if [[ -s "$was_file" ]]; then
        awk -F'|' -v proc="$2" -v phase="$3" -v t="$4" -v dt="$5" -v k="$TICKS" '
            NR == FNR { was[$1] = $3; next }
            { d = $3 - (($1 in was) ? was[$1] : 0); n = $2; gsub(/#?[0-9]+$/, "#", n); gsub(/,/, " ", n); s[n] += d }
            END { for (n in s) if (s[n] > 0) printf "%d,%s,%s,%s,%.1f\n", t, phase, proc, n, 100 * s[n] / k / dt }' \
            "$was_file" "$now_file" >> "$THREADS_CSV"
    fi
    mv "$now_file" "$was_file"
}
heap_mb() {
    jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ && /total/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K", "", v); print int(v / 1024); exit}}'
}
# The newest metrics.csv under a runs folder, and its last complete row's iteration.
last_iteration() {
    local csv
    csv="$(ls -t "$1"/*/metrics.csv 2>/dev/null | head -n 1 || true)"
    [[ -n "$csv" ]] || { echo 0; return; }
    tail -n 2 "$csv" | head -n 1 | cut -d, -f1 | grep -E '^[0-9]+$' || echo 0
}
frames() { ls "$(ls -td "$APP_RUNS"/*/ 2>/dev/null | head -n 1)snapshots" 2>/dev/null | wc -l; }
gif_kb() { du -k "$(ls -td "$APP_RUNS"/*/ 2>/dev/null | head -n 1)progress.gif" 2>/dev/null | cut -f1 || echo 0; }

echo "seconds,phase,rss_mb,heap_mb,fx_cpu_pct,app_cpu_pct,iteration,its_per_s,frames,gif_kb" > "$CSV"
echo "seconds,phase,process,thread,cpu_pct" > "$THREADS_CSV"
XVFB_SERVER="$(pgrep -P "$XVFB_PID" -x Xvfb 2>/dev/null | head -n 1 || true)"   # xvfb-run's display server
START=$(date +%s)
LAST_T=$START
LAST_FX=$(cpu_ticks "/proc/$APP_PID/task/$FX_TID/stat")
LAST_CPU=$(cpu_ticks "/proc/$APP_PID/stat")
LAST_IT=0
LAST_HEADLESS_IT=0

sample() {   # phase
    local now fx cpu dt it its rss heap dir
    now=$(date +%s)
    dt=$((now - LAST_T)); ((dt > 0)) || dt=1
    fx=$(cpu_ticks "/proc/$APP_PID/task/$FX_TID/stat")
    cpu=$(cpu_ticks "/proc/$APP_PID/stat")
    if [[ "$1" == headless ]]; then
        it=$(last_iteration "$CLI_RUNS"); its=$(awk -v a="$it" -v b="$LAST_HEADLESS_IT" -v t="$dt" 'BEGIN {printf "%.2f", (a - b) / t}')
        LAST_HEADLESS_IT=$it
    else
        it=$(last_iteration "$APP_RUNS"); its=$(awk -v a="$it" -v b="$LAST_IT" -v t="$dt" 'BEGIN {printf "%.2f", (a - b) / t}')
        LAST_IT=$it
    fi
    rss=$(( $(rss_kb "$APP_PID") / 1024 ))
    heap=$(heap_mb "$APP_PID"); heap=${heap:-0}
    printf "%d,%s,%d,%d,%.1f,%.1f,%d,%s,%d,%d\n" $((now - START)) "$1" "$rss" "$heap" \
        "$(awk -v a="$fx" -v b="$LAST_FX" -v t="$dt" -v k="$TICKS" 'BEGIN {print 100 * (a - b) / k / t}')" \
        "$(awk -v a="$cpu" -v b="$LAST_CPU" -v t="$dt" -v k="$TICKS" 'BEGIN {print 100 * (a - b) / k / t}')" \
        "$it" "$its" "$(frames)" "$(gif_kb)" >> "$CSV"
    LAST_T=$now LAST_FX=$fx LAST_CPU=$cpu
    sample_threads "$APP_PID" app "$1" $((now - START)) "$dt"
    [[ -n "$XVFB_SERVER" ]] && sample_threads "$XVFB_SERVER" xvfb "$1" $((now - START)) "$dt"
    [[ -n "${CLI_PID:-}" ]] && sample_threads "$CLI_PID" headless "$1" $((now - START)) "$dt"
    tail -n 1 "$CSV" | tee -a "$LOG" >&2
}

# A phase's first sample covers the switch itself (pausing, the CLI's start), so it is marked
# "-switch" and left out of the means.
PREV_PHASE=start
run_phase() {   # phase seconds
    local end=$(( $(date +%s) + $2 )) first=1
    [[ "$1" == "$PREV_PHASE" ]] && first=0
    PREV_PHASE="$1"
    while (( $(date +%s) < end )) && kill -0 "$APP_PID" 2>/dev/null; do
        sleep "$SAMPLE_S"
        if (( SHOT_AT >= 0 && $(date +%s) - START >= SHOT_AT )); then
            import -window root "$OUT/shot.png" && log "screenshot: $OUT/shot.png"
            SHOT_AT=-1
        fi
        if (( first )); then sample "$1-switch"; first=0; else sample "$1"; fi
    done
}

# The JVM flags ./ganlab-app gives the window, so both sides run the same backend and heap.
CLI_FLAGS=(-Xmx1g -Xmn32m -XX:MaxHeapFreeRatio=40 -XX:MinHeapFreeRatio=15 -Dorg.bytedeco.javacpp.maxbytes=2G)
if [[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]]; then
    CLI_FLAGS+=(-Dorg.bytedeco.javacpp.platform.extension=-onednn-avx2)
fi

headless() {
    log "pausing the window (F6); headless $MODEL for $HEADLESS_MIN min"
    press F6
    sleep 3
    OMP_NUM_THREADS="${OMP_NUM_THREADS:-$(nproc)}" OMP_WAIT_POLICY=PASSIVE \
        java "${CLI_FLAGS[@]}" -Dganlab.assets="$ROOT/assets" \
        -cp "$JAR" org.ganlab.engine.cli.GanLabCli train --model "$MODEL" --epochs "$EPOCHS" \
        --snapshot-every "$SNAPSHOT_EVERY" --out "$CLI_RUNS/h$(date +%H%M%S)" > "$OUT/headless.out" 2>&1 &
    CLI_PID=$!
    LAST_HEADLESS_IT=0
    run_phase headless $((HEADLESS_MIN * 60))
    kill "$CLI_PID" 2>/dev/null || true
    wait "$CLI_PID" 2>/dev/null || true
    CLI_PID=""
    log "resuming the window (F6)"
    LAST_IT=$(last_iteration "$APP_RUNS")
    press F6
}

log "pressing Train (F5)"
press F5
TOTAL=$((MINUTES * 60))
EVERY=$((HEADLESS_EVERY_MIN * 60))
while (( $(date +%s) - START < TOTAL )) && kill -0 "$APP_PID" 2>/dev/null; do
    left=$((TOTAL - ($(date +%s) - START)))
    window_s=$(( EVERY < left ? EVERY : left ))
    run_phase window "$window_s"
    if (( HEADLESS_MIN > 0 && $(date +%s) - START + HEADLESS_MIN * 60 <= TOTAL )); then
        headless
    fi
done
if (( SHOT_AT >= 0 )); then
    import -window root "$OUT/shot.png" && log "screenshot: $OUT/shot.png"
fi
log "stopping the run (F8): it saves a checkpoint and writes progress.gif"
press F8
for _ in $(seq 1 60); do   # Stop's checkpoint and GIF, written by then
    sleep 2
    [[ -n "$(find "$APP_RUNS" -name progress.gif -newer "$CSV" -print -quit)" ]] && break
done
sleep 2
if [[ "$PROFILE" == 1 ]]; then
    jcmd "$APP_PID" JFR.dump filename="$OUT/app.jfr" >/dev/null 2>&1 || true
fi

# ---- Plot and summary
gnuplot <<EOF
set terminal pngcairo size 1200,800
set output "$OUT/soak.png"
set datafile separator ","
set multiplot layout 2,1 title "GAN Lab FX soak: $MODEL, $MINUTES min"
set xlabel "minutes"
set ylabel "MB"
set key top left
plot "$CSV" every ::1 using (\$1/60):3 with lines lw 2 title "process RSS", \
     "" every ::1 using (\$1/60):4 with lines title "heap used"
set ylabel "iterations/s"
set y2label "FX thread CPU, % of a core"
set y2tics
set ytics nomirror
plot "< grep ',window,' $CSV" using (\$1/60):8 with points pt 7 title "window", \
     "< grep ',headless,' $CSV" using (\$1/60):8 with points pt 5 title "headless", \
     "< grep ',window,' $CSV" using (\$1/60):5 with lines axes x1y2 title "FX thread CPU %"
unset multiplot
EOF
{ "$HERE/summary.sh" "$CSV"; echo "progress.gif after Stop: $(gif_kb) KB"; "$HERE/threads.sh" "$THREADS_CSV"; } | tee "$OUT/summary.txt"
log "CSV $CSV, plot $OUT/soak.png, summary $OUT/summary.txt"
