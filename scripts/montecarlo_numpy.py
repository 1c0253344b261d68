#!/usr/bin/env python3
"""The bench scenario's Monte Carlo written the way an analyst's notebook would: numpy, vectorised
over draws with a loop over months. scripts/bench times it beside fedsh's own (same scenario, same
draws and months, same parameter triangles, balance sheet in cents, the demand curve and SRF, the
lagged asset channels, six correlated random walks, 19 outputs and nearest-rank p10/p50/p90 by
np.partition). Its random numbers differ from fedsh's, so its bands agree within Monte Carlo noise.

Usage: montecarlo_numpy.py MODEL.json [--runs N] [--json]   (MODEL.json from `fedsh-bench --model-json`)
"""
import json
import sys
import time

import numpy as np

CENTS = 100_000_000_000.0


def cents(billions):
    return np.rint(np.asarray(billions) * CENTS).astype(np.int64)


def triangular(uniform, low, central, high):
    if high <= low:
        return np.full(uniform.shape, central)
    split = (central - low) / (high - low)
    return np.where(uniform < split, low + np.sqrt(uniform * (high - low) * (central - low)),
                    high - np.sqrt((1 - uniform) * (high - low) * (high - central)))


def run(model, seed=1):
    start, scenario = model["start"], model["scenario"]
    draws, horizon = int(scenario["draws"]), int(scenario["horizon"])
    months = horizon + 1
    rng = np.random.default_rng(seed)
    p = {name: triangular(rng.random(draws), low, central, high) for name, low, central, high in model["parameters"]}

    sheet = {key: np.full(draws, cents(start[key]), dtype=np.int64)
             for key in ("bills", "coupons", "mbs", "other_assets", "currency", "tga", "rrp", "other_liabilities")}
    sheet["srf"] = np.zeros(draws, dtype=np.int64)
    bank_assets = np.full(draws, start["bank_assets"])
    monthly_currency = (1 + scenario["currency_growth"] + p["currency_growth_miss"]) ** (1 / 12) - 1
    monthly_bank_assets = (1 + scenario["bank_asset_growth"] + p["bank_asset_growth_miss"]) ** (1 / 12) - 1
    decay, scale = p["demand_decay"], p["demand_scale"]
    abundant_ratio = 12 - np.log(scenario["abundant_below"] / (decay * scale)) / decay
    ceiling = scenario["srf_spread"]
    out = np.empty((19, months, draws))
    net_liquidity = np.empty((months, draws))

    def total_assets():
        return sheet["bills"] + sheet["coupons"] + sheet["mbs"] + sheet["srf"] + sheet["other_assets"]

    def reserves():
        return total_assets() - sheet["currency"] - sheet["tga"] - sheet["rrp"] - sheet["other_liabilities"]

    for month in range(months):
        sheet["srf"][:] = 0
        sheet["rrp"][:] = cents(start["rrp"])
        if month > 0:
            sheet["coupons" if scenario["coupons_instrument"] else "bills"] += cents(model["purchases"][month])
            paydown = np.minimum(p["mbs_paydown"], sheet["mbs"] / CENTS)
            sheet["mbs"] -= cents(paydown)
            if scenario["qt"]:
                sheet["coupons"] -= cents(np.minimum(p["treasury_cap"], sheet["coupons"] / CENTS))
            else:
                sheet["bills"] += cents(paydown)
            sheet["currency"] += cents(sheet["currency"] / CENTS * monthly_currency)
            april = (int(start["calendar_month"]) - 1 + month) % 12 == 3
            tga = np.maximum(0, start["tga"] + p["tga_miss"] * min(1, month / 12)
                             + (scenario["tga_april_swing"] if april else 0))
            sheet["tga"] += cents(tga - sheet["tga"] / CENTS)
            bank_assets = bank_assets * (1 + monthly_bank_assets)
        level = reserves() / CENTS
        spill = level > abundant_ratio / 100 * bank_assets
        sheet["rrp"] += np.where(spill, cents(p["rrp_spill"] * (level - abundant_ratio / 100 * bank_assets)), 0)
        ratio = reserves() / CENTS / bank_assets * 100
        excess = scale * np.exp(-decay * (ratio - 12))
        funds = p["demand_floor"] + excess
        slope = -decay * excess
        repo = funds + p["repo_premium_base"] + p["repo_premium_per_slope"] * np.abs(slope)
        peak = repo + p["peak_per_slope"] * np.abs(slope)
        over = peak > ceiling
        sheet["srf"] = np.where(over, cents(p["srf_take_up"] * (peak - ceiling)), 0)
        peak = np.where(over, ceiling + (peak - ceiling) * (1 - p["srf_damping"]), peak)
        repo = np.where(repo > ceiling, ceiling + (repo - ceiling) * (1 - p["srf_damping"]), repo)
        magnitude = np.abs(slope)
        regime = np.where(magnitude < scenario["abundant_below"], 0.0,
                          np.where(magnitude > scenario["scarce_above"], 2.0, 1.0))
        net_liquidity[month] = (total_assets() - sheet["tga"] - sheet["rrp"]) / CENTS
        for index, column in enumerate((total_assets() / CENTS, reserves() / CENTS, ratio, regime, slope, funds, repo,
                                        peak, sheet["srf"] / CENTS, sheet["rrp"] / CENTS, sheet["tga"] / CENTS,
                                        net_liquidity[month])):
            out[index, month] = column

    # Asset channels: duration removed, lagged net liquidity, funding stress, then market noise.
    per_bill = p["bill_duration"] / p["ten_year_duration"]
    per_coupon = p["coupon_duration"] / p["ten_year_duration"]
    bought = np.asarray(model["purchases"], dtype=float)[:, None]
    monthly = bought * (per_coupon if scenario["coupons_instrument"] else per_bill)
    monthly = monthly - p["treasury_cap"] * per_coupon if scenario["qt"] else monthly + p["mbs_paydown"] * per_bill
    monthly[0] = 0
    term_premium = -p["term_premium_per_10ye"] * np.cumsum(monthly, axis=0) / 100
    position = np.arange(months)[:, None] - p["liquidity_lag"][None, :]
    lower = np.clip(np.floor(position).astype(int), 0, horizon)
    weight = position - np.floor(position)
    change = net_liquidity - net_liquidity[0]
    low_value = np.take_along_axis(change, lower, axis=0)
    high_value = np.take_along_axis(change, np.minimum(lower + 1, horizon), axis=0)
    liquidity = np.where(position > 0, low_value + (high_value - low_value) * weight, 0)
    stress = np.maximum(0, out[7] - p["stress_threshold"])
    stress_change = stress - stress[0]
    surprise = scenario["surprise"]
    spx = (p["surprise_equity"] * surprise + p["expected_equity"] * scenario["expected_cut"]
           + p["liquidity_equity"] * liquidity / 100 - p["equity_per_term_premium"] * term_premium
           - p["stress_equity"] * stress_change)
    ndx = spx * p["tech_multiplier"]
    btc = ndx * p["btc_beta"]
    eth = btc * p["eth_beta"]
    two_year = -p["surprise_y2"] * surprise + p["y2_duration_share"] * term_premium
    ten_year = -p["surprise_y10"] * surprise + term_premium

    shocks = rng.standard_normal((6, months, draws))
    shocks[:, 0] = 0
    shocks[1] = 0.93 * shocks[0] + np.sqrt(1 - 0.93 ** 2) * shocks[1]
    shocks[2] = 0.5 * shocks[1] + np.sqrt(0.75) * shocks[2]
    shocks[3] = 0.8 * shocks[2] + 0.6 * shocks[3]
    shocks[5] = 0.8 * shocks[4] + 0.6 * shocks[5]
    walk = np.cumsum(shocks, axis=1) * np.sqrt(1 / 12)
    for index, (central, volatility, shock) in enumerate(((spx, "vol_spx", 0), (ndx, "vol_ndx", 1),
                                                          (btc, "vol_btc", 2), (eth, "vol_eth", 3))):
        out[12 + index] = 100 * ((1 + central / 100) * np.exp(p[volatility] / 100 * walk[shock]) - 1)
    out[16] = two_year + p["vol_y2"] * walk[4]
    out[17] = ten_year + p["vol_y10"] * walk[5]
    out[18] = out[17] - out[16]

    ranks = [max(0, min(draws - 1, int(np.ceil(q * draws)) - 1)) for q in (0.1, 0.5, 0.9)]
    selected = np.partition(out, ranks, axis=2)[:, :, ranks]
    regime_shares = np.stack([(out[3] == level).mean(axis=1) for level in (0.0, 1.0, 2.0)], axis=1)
    return selected, regime_shares


def main():
    model = json.load(open(sys.argv[1]))
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    times, cpu = [], []
    for _ in range(runs):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        bands, _ = run(model)
        times.append((time.perf_counter() - begin) * 1e3)
        cpu.append((time.process_time() - begin_cpu) * 1e3)
    if "--json" in sys.argv:
        print(json.dumps({"samples": times, "cpu_samples": cpu}))
        return
    print(f"numpy Monte Carlo: median {sorted(times)[len(times) // 2]:.1f} ms over {runs} runs")
    print("month", int(model["scenario"]["horizon"]), "reserves p10/p50/p90", bands[1, -1].round(1),
          "spx", bands[12, -1].round(1))


if __name__ == "__main__":
    main()
