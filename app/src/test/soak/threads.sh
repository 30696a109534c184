#!/usr/bin/env bash
# Summarises a threads.csv (written by soak.sh): per phase (window, headless; the switch samples
# left out), the mean CPU of each thread name of the app, Xvfb and the headless CLI, % of one core,
# largest first. What the window costs is the difference between the two phases.
set -euo pipefail
echo "thread CPU by phase (mean % of one core over the phase's samples):"
awk -F, '
NR == 1 || $2 ~ /switch/ { next }
{ key = $2 SUBSEP $3 SUBSEP $4; s[key] += $5; if (!(($2, $1) in seen)) { seen[$2, $1] = 1; samples[$2]++ } }
END {
    for (k in s) {
        split(k, p, SUBSEP)
        mean = s[k] / samples[p[1]]
        if (mean >= 0.3) printf "%s|%s|%.1f|%s\n", p[1], p[2], mean, p[3]
    }
}' "$1" | sort -t'|' -k1,1 -k3,3nr | awk -F'|' '{ printf "  %-8s %-8s %6.1f%%  %s\n", $1, $2, $3, $4 }'
