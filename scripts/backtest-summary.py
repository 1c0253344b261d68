"""Pools the CSV tables scripts/backtest wrote into the report card (docs/BACKTEST.md)."""
import csv, glob, statistics, sys

folder, target, starts, draws = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
rows = []
for path in sorted(glob.glob(f"{folder}/*.csv")):
    with open(path) as handle:
        rows += list(csv.DictReader(handle))

ORDER = ["total_assets", "reserves", "tga", "rrp", "srf", "net_liquidity", "effr_spread", "sofr_spread",
         "sofr_peak", "tgcr_spread", "y2", "y10", "spx", "ndx", "btc", "eth"]
PLUMBING = ORDER[:10]
VARIANTS = [("true", "true", "conditional, fitted (after)"), ("true", "false", "conditional, hand-set (before)"),
            ("false", "true", "unconditional, fitted (after)"), ("false", "false", "unconditional, hand-set (before)")]

def select(conditional, calibrated, output=None, month=None):
    return [r for r in rows if r["conditional"] == conditional and r["calibrated"] == calibrated
            and (output is None or r["output"] == output) and (month is None or int(r["month"]) == month)]

def coverage(chosen):
    return 100 * sum(r["inside"] == "true" for r in chosen) / len(chosen) if chosen else float("nan")

def errors(chosen):
    return [float(r["central"]) - float(r["realised"]) for r in chosen]

out = ["# Backtest report card", "",
       f"Written by `scripts/backtest`: {starts} starts (the Wednesday of every quarter's first FOMC week, "
       f"2019-2025, as far as the data allow; the snapshot ends 10 Dec 2025), 6 months each, {draws:,} Monte Carlo draws "
       "(seed 1). Each start is the "
       "data-built start of that day (`set start`); *fitted* uses the parameters calibrated on data dated on or before "
       "the start (issue 13), *hand-set* the catalogue's (the model before it). *Conditional* feeds the realised "
       "securities held, TGA, currency and bank assets; *unconditional* keeps the scenario's assumptions (TGA flat, "
       "currency +3%/year, bank assets +4%/year, no purchases). Coverage is the share of (start, month) pairs with "
       "the realised value inside the model's p10-p90 band (target 70-90%); error is central minus realised "
       "($B, bp, % or bp change). Realised: WALCL, WRESBAL, WDTGAL, WLRRAOL, H41RESPPALGTRONWW (SRF, from Jul 2021), "
       "net liquidity = WALCL - SRF - WDTGAL - WLRRAOL at the month's date (the model leaves SRF loans out); the "
       "month's mean of daily EFFR - IORB, SOFR - IORB and TGCR - IORB (where TGCR is in data/) and the month's "
       "highest SOFR - IORB (peak); yields and prices against the start's.", ""]
for conditional, calibrated, title in VARIANTS:
    out += [f"## Pooled over horizons 1-6: {title}", "",
            "| output | n | coverage p10-p90 | mean error | median abs error | median abs error at 1m | at 3m |",
            "|---|---|---|---|---|---|---|"]
    for output in ORDER:
        chosen = select(conditional, calibrated, output)
        if not chosen:
            continue
        e = errors(chosen)
        m1 = [abs(x) for x in errors(select(conditional, calibrated, output, 1))]
        m3 = [abs(x) for x in errors(select(conditional, calibrated, output, 3))]
        med = lambda xs: f"{statistics.median(xs):.1f}" if xs else "-"
        out.append(f"| {output} | {len(chosen)} | {coverage(chosen):.0f}% | {statistics.mean(e):.1f} | "
                   f"{statistics.median([abs(x) for x in e]):.1f} | {med(m1)} | {med(m3)} |")
    out.append("")
for conditional, calibrated, title in VARIANTS[:2]:
    out += [f"## Coverage by horizon: {title}", "",
            "| output | " + " | ".join(f"{m}m" for m in range(1, 7)) + " |", "|---|" + "---|" * 6]
    for output in ORDER:
        cells = [coverage(select(conditional, calibrated, output, m)) for m in range(1, 7)]
        if all(c != c for c in cells):
            continue
        out.append(f"| {output} | " + " | ".join("-" if c != c else f"{c:.0f}%" for c in cells) + " |")
    out.append("")
    out += [f"## Mean error by horizon: {title}", "",
            "| output | " + " | ".join(f"{m}m" for m in range(1, 7)) + " |", "|---|" + "---|" * 6]
    for output in ORDER:
        cells = [errors(select(conditional, calibrated, output, m)) for m in range(1, 7)]
        out.append(f"| {output} | " + " | ".join(f"{statistics.mean(c):.1f}" if c else "-" for c in cells) + " |")
    out.append("")
with open(target, "w") as handle:
    handle.write("\n".join(out))
