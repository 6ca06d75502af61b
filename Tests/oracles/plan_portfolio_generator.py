#!/usr/bin/env python3
"""Prints one random portfolio for the planner's oracle test (the input plan_reference.py
reads), fixed by --seed: loans at 0 % and with interest (now and then a minimum below the
interest, a balance of 0.01 or of 10,000,000.00), fixed obligations overdue and to come, and a
budget that is sometimes short, sometimes more than enough."""

import argparse
import json
import random

RATES = ["0", "0", "0", "0.036", "0.0725", "0.12", "0.1825", "0.24", "0.3599", "1.5"]
DAILY = ["0", "0.0001", "0.0003", "0.0005", "0.0005", "0.001", "0.002"]


def balance(rng):
    kind = rng.random()
    if kind < 0.05:
        return 1
    if kind < 0.1:
        return 1_000_000_000
    return int(10 ** rng.uniform(2, 8))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    rng = random.Random(parser.parse_args().seed)
    year, month = rng.randint(2025, 2030), rng.randint(1, 12)
    count = 50 if rng.random() < 0.1 else rng.randint(1, 12)
    loans = []
    for index in range(count):
        owed = balance(rng)
        apr = rng.choice(RATES)
        if rng.random() < 0.1:
            minimum = rng.randint(0, 100)
        else:
            minimum = rng.randint(1, max(1, owed // rng.choice([3, 10, 24, 60])))
        loans.append({"id": "loan-%02d" % index, "balance": owed, "apr": apr, "min_payment": minimum,
                      "daily_rate": rng.choice(DAILY)})
    obligations = []
    for index in range(rng.randint(0, 5)):
        day = rng.randint(1, 28)
        start = year * 12 + month - 1 + rng.randint(-4, 3)
        for step in range(rng.randint(1, 8)):
            at = start + step * rng.choice([1, 1, 2])
            obligations.append({"loan": "fixed-%d" % index, "due": "%04d-%02d-%02d" % (at // 12, at % 12 + 1, day),
                                "amount": rng.randint(1, 500_000), "daily_rate": rng.choice(DAILY),
                                "overdue": rng.random() < 0.2})
    first_need = sum(min(loan["min_payment"], loan["balance"]) for loan in loans)
    first_need += sum(o["amount"] for o in obligations[:3])
    budget = int(first_need * rng.choice([0, 0.3, 0.8, 1.0, 1.2, 2, 5, 50])) + rng.randint(0, 10_000)
    months = rng.choice([1, 2, 6, 12, 36, 120, 120, 600])
    json.dump({"budget": budget, "from": "%04d-%02d" % (year, month), "months": months,
               "loans": loans, "obligations": obligations}, __import__("sys").stdout, sort_keys=True)


if __name__ == "__main__":
    main()
