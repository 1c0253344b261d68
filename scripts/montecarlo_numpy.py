#!/usr/bin/env python3
"""The bench scenario's Monte Carlo written the way an analyst's notebook would: numpy, vectorised
over draws with a loop over months and each month's pressure dates. scripts/bench times it beside
fedsh's own. It does what fedsh's `MonteCarlo.run` does for that scenario (Sources/FedModel/Simulation*.swift):
the parameter triangles; the balance sheet in cents (purchases, MBS paydown, currency, TGA, bank assets,
the reserves floor); ON RRP spill-over; the demand curve and the SRF on the monthly averages; each month's
worst day, from its pressure dates (TGA swings, month-end ON RRP inflow, the curve's peak) with the SRF
lending on that day only; the same worst day on the start's balance sheet as the funding-stress baseline;
duration, lagged net liquidity and funding stress into the asset channels; six correlated random walks;
the 21 outputs and nearest-rank p10/p50/p90 by np.partition. Its random numbers differ from fedsh's, so
its bands agree within Monte Carlo noise: `--compare` checks that against fedsh's own bands.

What the bench scenario does not use is left out and refused: a calibrated start (exogenous bands),
realised inputs, the automatic purchase rule, Fed repo operations.

Usage: montecarlo_numpy.py MODEL.json [--runs N] [--json] [--compare FEDSH_BANDS.json]
(MODEL.json from `fedsh-bench --model-json`, FEDSH_BANDS.json from `fedsh-bench --bands-json`)
"""
import json
import math
import sys
import time

import numpy as np

CENTS = 100_000_000_000.0
OUTPUTS = ("total_assets", "reserves", "reserve_ratio", "regime", "demand_slope", "effr_spread", "sofr_spread",
           "sofr_peak", "sofr_peak_date", "tgcr_spread", "srf", "rrp", "tga", "net_liquidity",
           "spx", "ndx", "btc", "eth", "y2", "y10", "slope")
# MonthCalendar.Kinds bits.
TAX_DATE, MONTH_END, QUARTER_END = 1, 4, 8


def cents(billions):
    return np.rint(np.asarray(billions) * CENTS).astype(np.int64)


def triangular(uniform, low, central, high):
    if high <= low:
        return np.full(uniform.shape, central)
    split = (central - low) / (high - low)
    return np.where(uniform < split, low + np.sqrt(uniform * (high - low) * (central - low)),
                    high - np.sqrt((1 - uniform) * (high - low) * (high - central)))


class Curve:
    """The reserve demand curve for every draw's parameters (ReserveDemandCurve.swift)."""

    def __init__(self, p):
        self.p = p
        self.steepness = 1 + p["demand_decay"] * (p["repo_premium_per_slope"] + p["peak_per_slope"])

    def point(self, ratio):
        p = self.p
        excess = p["demand_scale"] * np.exp(-p["demand_decay"] * (ratio - 12))
        funds = p["demand_floor"] + excess
        slope = -p["demand_decay"] * excess
        repo = funds + p["repo_premium_base"] + p["repo_premium_per_slope"] * np.abs(slope)
        return funds, slope, repo, repo + p["peak_per_slope"] * np.abs(slope)

    def ratio_at_slope(self, magnitude):
        p = self.p
        return 12 - np.log(magnitude / (p["demand_decay"] * p["demand_scale"])) / p["demand_decay"]

    def ratio_at_peak(self, spread, fallback):
        """Where the peak comes down to `spread`; `fallback` where it never does."""
        p = self.p
        base = p["demand_floor"] + p["repo_premium_base"]
        valid = (spread > base) & (p["demand_scale"] > 0) & (p["demand_decay"] > 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = 12 - np.log((spread - base) / (self.steepness * p["demand_scale"])) / p["demand_decay"]
        return np.where(valid, ratio, fallback)


def worst_day(model, p, curve, dates, reserves, tga, bank_assets):
    """The month's worst day on a balance sheet (reserves and TGA, $B) for every draw: the peak after
    the SRF, the pressure before it, the SRF loans and the day (Simulation+Calendar.swift)."""
    scenario = model["scenario"]
    ceiling = scenario["srf_spread"]
    if not dates:
        raise SystemExit("montecarlo_numpy.py: a month without pressure dates is not modelled here")
    worst = None
    for day, kinds in dates:
        if kinds & MONTH_END:
            swing = p["tga_quarter_end_swing"] if kinds & QUARTER_END else p["tga_month_end_swing"]
        else:
            swing = p["tga_tax_date_swing"] if kinds & TAX_DATE else p["tga_settlement_swing"]
        swing = np.minimum(np.maximum(swing, -tga), np.maximum(0, reserves))
        left = reserves - swing
        _, _, repo, peak = curve.point(left / bank_assets * 100)
        if kinds & MONTH_END:
            spread = np.clip(repo - scenario["rrp_spread"], 0, 15)
            wanted = (p["rrp_peak_inflow"] + (p["rrp_quarter_end_inflow"] if kinds & QUARTER_END else 0)
                      + p["rrp_peak_inflow_per_bp"] * spread)
            inflow = np.minimum(np.maximum(0, wanted), np.maximum(0, left))
            left = left - inflow
            peak = np.where(inflow > 0, curve.point(left / bank_assets * 100)[3], peak)
        if worst is None:
            worst = [peak, left, np.full(peak.shape, float(day))]
        else:
            later = peak >= worst[0]
            worst = [np.where(later, peak, worst[0]), np.where(later, left, worst[1]),
                     np.where(later, float(day), worst[2])]
    pressure, left, day = worst
    # The SRF lends on that day if the peak passes its rate, and damps it more the more it lends.
    over = pressure > ceiling
    excess = pressure - ceiling
    ratio = left / bank_assets * 100
    target = curve.ratio_at_peak(ceiling, curve.ratio_at_slope(scenario["abundant_below"]))
    limit = np.maximum(0, (target - ratio) / 100 * bank_assets)
    loans = np.minimum(np.minimum(p["srf_take_up"] * excess, limit), scenario["srf_aggregate_limit"])
    share = p["srf_damping"]
    lent = share * loans / np.maximum(1, p["srf_damping_scale"])
    with np.errstate(invalid="ignore", divide="ignore"):
        damping = np.where(lent + (1 - share) > 0, lent / (lent + (1 - share)), 1)
    peak = np.where(over, ceiling + excess * (1 - damping), pressure)
    return peak, pressure, np.where(over, loans, 0), day


def run(model, seed=1):
    start, scenario = model["start"], model["scenario"]
    if any(model["repo_operations"]):
        raise SystemExit("montecarlo_numpy.py: Fed repo operations are not modelled here")
    draws, horizon = int(scenario["draws"]), int(scenario["horizon"])
    months = horizon + 1
    rng = np.random.default_rng(seed)
    p = {name: triangular(rng.random(draws), low, central, high) for name, low, central, high in model["parameters"]}
    curve = Curve(p)
    ceiling = scenario["srf_spread"]

    entries = ("bills", "coupons", "mbs", "srf", "other_assets", "currency", "tga", "rrp", "other_liabilities")
    sheet = {key: np.full(draws, cents(start[key]), dtype=np.int64) for key in entries}
    bank_assets = np.full(draws, start["bank_assets"])
    monthly_currency = (1 + scenario["currency_growth"] + p["currency_growth_miss"]) ** (1 / 12) - 1
    monthly_bank_assets = (1 + scenario["bank_asset_growth"] + p["bank_asset_growth_miss"]) ** (1 / 12) - 1
    abundant_ratio = curve.ratio_at_slope(scenario["abundant_below"])
    instrument = ("bill_duration", "short_coupon_duration", "coupon_duration")[int(scenario["instrument"])]
    per_ten_year = 1 / p["ten_year_duration"]
    out = np.empty((len(OUTPUTS), months, draws))
    net_liquidity = np.empty((months, draws))
    ten_year_equivalents = np.zeros(draws)

    def total_assets():
        return sheet["bills"] + sheet["coupons"] + sheet["mbs"] + sheet["srf"] + sheet["other_assets"]

    def reserves():
        return total_assets() - sheet["currency"] - sheet["tga"] - sheet["rrp"] - sheet["other_liabilities"]

    for month in range(months):
        sheet["srf"][:] = 0
        sheet["rrp"][:] = cents(max(0, start["rrp"]))
        if month > 0:
            bought = model["purchases"][month]
            sheet["bills" if scenario["instrument"] == 0 else "coupons"] += cents(bought)
            if scenario["qt"]:
                room = np.maximum(0, reserves())
                paydown = np.minimum(np.minimum(p["mbs_paydown"] * CENTS, sheet["mbs"]), room)
                sheet["mbs"] -= cents(paydown / CENTS)
                runoff = np.minimum(np.minimum(p["treasury_cap"] * CENTS, sheet["coupons"]), room - paydown)
                sheet["coupons"] -= cents(runoff / CENTS)
            else:
                paydown = np.minimum(p["mbs_paydown"], sheet["mbs"] / CENTS)
                sheet["mbs"] -= cents(paydown)
                sheet["bills"] += cents(paydown)
            sheet["currency"] += cents(sheet["currency"] / CENTS * monthly_currency)
            april = (int(start["calendar_month"]) - 1 + month) % 12 == 3
            tga = np.maximum(0, start["tga"] + p["tga_miss"] * min(1, month / 12)
                             + (scenario["tga_april_swing"] if april else 0))
            sheet["tga"] += cents(tga - sheet["tga"] / CENTS)
            bank_assets = bank_assets * (1 + monthly_bank_assets)
            ten_year_equivalents += (bought * p[instrument] - p["mbs_paydown"] * p["mbs_duration"]) * per_ten_year
            if scenario["qt"]:
                ten_year_equivalents -= p["treasury_cap"] * p["coupon_duration"] * per_ten_year
            else:
                ten_year_equivalents += p["mbs_paydown"] * p["bill_duration"] * per_ten_year
        # The reserves floor: ON RRP, then the TGA, then currency give way until reserves are zero.
        shortfall = np.maximum(0, -reserves())
        for entry in ("rrp", "tga", "currency"):
            taken = np.minimum(shortfall, np.maximum(0, sheet[entry]))
            sheet[entry] -= taken
            shortfall -= taken
        # Money markets on the month's averages: ON RRP spill-over, the curve, the SRF's damping of repo.
        level = reserves()
        abundant = np.maximum(0, abundant_ratio / 100 * bank_assets)
        spill = np.minimum(cents(p["rrp_spill"] * (level / CENTS - abundant)), level)
        sheet["rrp"] += np.where(level / CENTS > abundant, spill, 0)
        level = reserves() / CENTS
        ratio = level / bank_assets * 100
        funds, slope, average, peak = curve.point(ratio)
        repo = np.where(average > ceiling, ceiling + (average - ceiling) * (1 - p["srf_damping"]), average)
        tga = sheet["tga"] / CENTS
        if month == 0:
            # The start day alone, with the data's SRF loans.
            peak = peak if model["start_kinds"] else average
            pressure, loans, day = peak, np.full(draws, start["srf"]), np.full(draws, start["day"])
            sheet["srf"][:] = cents(start["srf"])
            start_level, start_tga, start_bank_assets = reserves() / CENTS, tga, bank_assets
        else:
            peak, pressure, loans, day = worst_day(model, p, curve, model["pressure_dates"][month], level, tga,
                                                   bank_assets)
        magnitude = np.abs(slope)
        regime = np.where(magnitude < scenario["abundant_below"], 0.0,
                          np.where(magnitude > scenario["scarce_above"], 2.0, 1.0))
        net_liquidity[month] = (total_assets() - sheet["srf"] - sheet["tga"] - sheet["rrp"]) / CENTS
        # Funding stress beyond what the same dates bring on the start's balance sheet.
        stress = np.maximum(0, pressure - p["stress_threshold"]) + p["srf_stress"] * loans / 10
        if month == 0:
            stress_change = np.zeros(draws)
        else:
            _, baseline, baseline_loans, _ = worst_day(model, p, curve, model["pressure_dates"][month], start_level,
                                                       start_tga, start_bank_assets)
            stress_change = stress - (np.maximum(0, baseline - p["stress_threshold"])
                                      + p["srf_stress"] * baseline_loans / 10)
        # The asset channels: surprises, lagged net liquidity, duration, funding stress.
        position = month - p["liquidity_lag"]
        lower = np.minimum(np.floor(position).astype(int).clip(0), month)
        weight = position - lower
        change = net_liquidity[:month + 1] - net_liquidity[0]
        low_value = np.take_along_axis(change, lower[None, :], axis=0)[0]
        high_value = np.take_along_axis(change, np.minimum(lower + 1, month)[None, :], axis=0)[0]
        liquidity = np.where(position > 0, np.where(weight > 0, low_value + (high_value - low_value) * weight,
                                                    low_value), 0)
        term_premium = -p["term_premium_per_10ye"] * ten_year_equivalents / 100
        surprise, path = scenario["surprise"], scenario["path_surprise"]
        spx = (p["surprise_equity"] * surprise + p["expected_equity"] * scenario["expected_cut"]
               - p["path_equity"] * path + p["liquidity_equity"] * liquidity / 100
               - p["equity_per_term_premium"] * term_premium - p["stress_equity"] * stress_change)
        ndx = spx * p["tech_multiplier"]
        btc = ndx * p["btc_beta"]
        two_year = -p["surprise_y2"] * surprise + p["path_y2"] * path + p["y2_duration_share"] * term_premium
        ten_year = -p["surprise_y10"] * surprise + p["path_y10"] * path + term_premium
        columns = (total_assets() / CENTS, reserves() / CENTS, ratio, regime, slope, funds, repo, peak, day,
                   repo - p["tgcr_below_sofr"], loans, sheet["rrp"] / CENTS, tga, net_liquidity[month],
                   spx, ndx, btc, btc * p["eth_beta"], two_year, ten_year)
        for index, column in enumerate(columns):
            out[index, month] = column

    # Market noise: six correlated random walks, no shock in month 0.
    shocks = rng.standard_normal((6, months, draws))
    shocks[:, 0] = 0
    shocks[1] = 0.93 * shocks[0] + np.sqrt(1 - 0.93 ** 2) * shocks[1]
    shocks[2] = 0.5 * shocks[1] + np.sqrt(0.75) * shocks[2]
    shocks[3] = 0.8 * shocks[2] + 0.6 * shocks[3]
    shocks[5] = 0.8 * shocks[4] + 0.6 * shocks[5]
    walk = np.cumsum(shocks, axis=1) * np.sqrt(1 / 12)
    for index, volatility in enumerate(("vol_spx", "vol_ndx", "vol_btc", "vol_eth")):
        out[14 + index] = 100 * ((1 + out[14 + index] / 100) * np.exp(p[volatility] / 100 * walk[index]) - 1)
    out[18] += p["vol_y2"] * walk[4]
    out[19] += p["vol_y10"] * walk[5]
    out[20] = out[19] - out[18]

    ranks = [max(0, min(draws - 1, int(np.ceil(q * draws)) - 1)) for q in (0.1, 0.5, 0.9)]
    selected = np.partition(out, ranks, axis=2)[:, :, ranks]
    regime_shares = np.stack([(out[3] == level).mean(axis=1) for level in (0.0, 1.0, 2.0)], axis=1)
    return selected, regime_shares, out


def compare(model, bands_path):
    """fedsh's bands beside these: each fedsh p10/p50/p90 must lie within this run's distribution-free
    interval for that quantile, the order statistics k = 3·√2·√(n·q·(1 − q)) ranks either side (about
    three standard errors of the difference of two independent estimates). The months share their
    draws, so a tail that one seed puts high stays high for several months: a few cells in a thousand
    fall outside by chance. Prints the worst cells; returns whether more than 1% fall outside."""
    theirs = json.load(open(bands_path))
    _, _, out = run(model)
    draws = out.shape[2]
    ordered = np.sort(out, axis=2)
    outside, checked, rows = 0, 0, []
    for index, name in enumerate(OUTPUTS):
        for month in range(out.shape[1]):
            for column, q in enumerate((0.1, 0.5, 0.9)):
                rank = max(0, min(draws - 1, int(np.ceil(q * draws)) - 1))
                k = math.ceil(3 * math.sqrt(2) * math.sqrt(draws * q * (1 - q)))
                low, high = ordered[index, month, max(0, rank - k)], ordered[index, month, min(draws - 1, rank + k)]
                ours, value = ordered[index, month, rank], theirs[name][month][column]
                # Relative slack for values equal up to rounding (constant columns, cents).
                slack = 1e-9 * max(1.0, abs(value))
                inside = low - slack <= value <= high + slack
                checked += 1
                outside += not inside
                width = max(high - low, slack)
                rows.append((abs(value - ours) / width, name, month, ("p10", "p50", "p90")[column], value, ours,
                             low, high, inside))
    rows.sort(reverse=True)
    print(f"{checked} cells ({len(OUTPUTS)} outputs x {out.shape[1]} months x 3 percentiles): "
          f"{outside} outside numpy's interval")
    print("largest distances (|fedsh - numpy| / interval width):")
    for distance, name, month, which, value, ours, low, high, inside in rows[:8]:
        print(f"  {name:>14} m{month:<2} {which}: fedsh {value:12.4f} numpy {ours:12.4f} "
              f"interval [{low:.4f}, {high:.4f}] {distance:.2f}{'' if inside else '  OUTSIDE'}")
    for name in ("reserves", "sofr_peak", "srf", "rrp", "spx", "y2"):
        index = OUTPUTS.index(name)
        print(f"  month {out.shape[1] - 1} {name:>10}: fedsh " + "/".join(f"{v:.2f}" for v in theirs[name][-1])
              + "  numpy " + "/".join(f"{ordered[index, -1, max(0, int(np.ceil(q * draws)) - 1)]:.2f}"
                                      for q in (0.1, 0.5, 0.9)))
    return outside > checked / 100


def main():
    model = json.load(open(sys.argv[1]))
    if "--compare" in sys.argv:
        sys.exit(1 if compare(model, sys.argv[sys.argv.index("--compare") + 1]) else 0)
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    times, cpu = [], []
    for _ in range(runs):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        bands, _, _ = run(model)
        times.append((time.perf_counter() - begin) * 1e3)
        cpu.append((time.process_time() - begin_cpu) * 1e3)
    if "--json" in sys.argv:
        print(json.dumps({"samples": times, "cpu_samples": cpu}))
        return
    print(f"numpy Monte Carlo: median {sorted(times)[len(times) // 2]:.1f} ms over {runs} runs")
    print("month", int(model["scenario"]["horizon"]), "reserves p10/p50/p90", bands[1, -1].round(1),
          "spx", bands[14, -1].round(1))


if __name__ == "__main__":
    main()
