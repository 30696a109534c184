#!/usr/bin/env bash
# Summarises a soak.csv (written by soak.sh) against issue 8's goals:
#   RSS grows <= 50 MB over the second half, peaks <= 1.5 GB; window speed >= 95% of headless
#   (means, and each headless block against the window samples around it); FX thread <= 25% of a core.
set -euo pipefail
awk -F, '
NR == 1 { next }
{ t[NR] = $1; phase[NR] = $2; rss[NR] = $3; fx[NR] = $5; its[NR] = $8; fr[NR] = $9; gif[NR] = $10; n = NR; end = $1 }
$3 > peak { peak = $3 }
$2 == "window" { ws += $8; wn++; fs += $5; fn++; if ($5 > fmax) fmax = $5; if ($9 >= 2000) { f2s += $5; f2n++ } }
$2 == "headless" { hs += $8; hn++ }
END {
    half = end / 2
    for (i = 2; i <= n; i++) if (t[i] >= half) { first = i; break }
    lo = rss[first]; hi = rss[first]
    for (i = first; i <= n; i++) { if (rss[i] < lo) lo = rss[i]; if (rss[i] > hi) hi = rss[i] }
    printf "samples: %d over %.1f min; snapshots (timeline frames): %d; progress.gif: %d KB\n", n - 1, end / 60, fr[n], gif[n]
    printf "RSS: peak %d MB (goal <= 1536); second half %d -> %d MB, growth %+d MB, range %d MB (goal <= 50)\n", peak, rss[first], rss[n], rss[n] - rss[first], hi - lo
    if (wn && hn) printf "it/s: window %.2f (mean of %d), headless %.2f (mean of %d): window/headless %.1f%% (goal >= 95%%)\n", ws / wn, wn, hs / hn, hn, 100 * (ws / wn) / (hs / hn)
    else if (wn) printf "it/s: window %.2f (mean of %d); no headless samples\n", ws / wn, wn
    # each headless block against the window samples just before and after it
    for (i = 2; i <= n; i++) {
        if (phase[i] != "headless") continue
        bs = 0; bn = 0; j = i
        while (j <= n && (phase[j] == "headless" || phase[j] == "headless-switch")) { if (phase[j] == "headless") { bs += its[j]; bn++ } j++ }
        ns = 0; nn = 0
        for (k = i - 1; k >= 2 && nn < 2; k--) if (phase[k] == "window") { ns += its[k]; nn++ }
        for (k = j; k <= n && nn < 4; k++) if (phase[k] == "window") { ns += its[k]; nn++ }
        if (bn && nn && bs) printf "  block at %.1f min: headless %.2f, window around it %.2f: %.1f%%\n", t[i] / 60, bs / bn, ns / nn, 100 * (ns / nn) / (bs / bn)
        i = j
    }
    if (fn) printf "FX thread CPU (window phases): mean %.1f%%, max %.1f%% of one core (goal <= 25%%)\n", fs / fn, fmax
    if (f2n) printf "FX thread CPU with >= 2,000 frames: mean %.1f%% over %d samples\n", f2s / f2n, f2n
}' "$1"
