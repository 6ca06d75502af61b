#!/usr/bin/env python3
"""An independent reference of the repayment planner (docs/planner.md), written apart from the
Swift code: exact fractions for the interest, plain lists and sort keys for the orders.

Reads a portfolio as JSON on standard input (amounts in minor units, rates as decimal strings):

  {"budget": 60000, "from": "2027-01", "months": 120,
   "loans": [{"id": "card", "balance": 100000, "apr": "0.12", "min_payment": 10000,
              "daily_rate": "0.0005"}],
   "obligations": [{"loan": "huabei", "due": "2027-01-10", "amount": 12500,
                    "daily_rate": "0.0005", "overdue": false}]}

and prints, for each strategy, the plan: {"avalanche": PLAN, "snowball": PLAN}, PLAN =
{"months": [{"month": "2027-01", "payments": [{"loan", "payment", "interest", "balance"}]}],
 "loans": [{"loan", "payoff", "interest", "minimum_below_interest"}], "total_interest",
 "payoff", "shortfall", "first_month_unpaid": [{"loan", "unpaid", "penalty_per_day"}],
 "penalty_per_day"}, every amount an integer of minor units.
"""

import json
import sys
from fractions import Fraction

LARGEST = 2**63 - 1


def round_half_up(value):
    """A non-negative fraction to the nearest integer, halves up."""
    whole = value.numerator // value.denominator
    return whole + 1 if value - whole >= Fraction(1, 2) else whole


def month_index(text):
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def month_text(index):
    return "%04d-%02d" % (index // 12, index % 12 + 1)


def due_month(date_text):
    return month_index(date_text[:7])


def plan(portfolio, strategy):
    budget = portfolio["budget"]
    first = month_index(portfolio["from"])
    loans = {loan["id"]: dict(loan, apr=Fraction(loan["apr"]), rate=Fraction(loan["daily_rate"]))
             for loan in portfolio["loans"]}
    balance = {name: loan["balance"] for name, loan in loans.items()}
    interest = {name: 0 for name in loans}
    payoff = {name: None for name in loans}
    rates = {name: loan["rate"] for name, loan in loans.items()}
    for obligation in portfolio["obligations"]:
        rates.setdefault(obligation["loan"], Fraction(obligation["daily_rate"]))
    # Each pending obligation: [loan, due, unpaid, rate, overdue]
    pending = []
    waiting = sorted(portfolio["obligations"], key=lambda o: (o["due"], o["loan"]))
    months = []
    shortfall = 0
    first_unpaid = []
    done = False
    for offset in range(portfolio["months"]):
        month = first + offset
        for item in pending:
            item[4] = True
        while waiting and due_month(waiting[0]["due"]) <= month:
            o = waiting.pop(0)
            pending.append([o["loan"], o["due"], o["amount"], Fraction(o["daily_rate"]),
                            o.get("overdue", False) or due_month(o["due"]) < first])
        owing = sorted(name for name in loans if balance[name] > 0)
        added = {}
        for name in owing:
            raw = round_half_up(Fraction(balance[name]) * loans[name]["apr"] / 12)
            grown = min(balance[name] + raw, LARGEST)
            added[name] = grown - balance[name]
            interest[name] += added[name]
            balance[name] = grown
        minimum = {name: min(loans[name]["min_payment"], balance[name]) for name in owing}
        before = {}
        for item in pending:
            before[item[0]] = before.get(item[0], 0) + item[2]
        required = sum(item[2] for item in pending) + sum(minimum.values())
        paid = {name: 0 for name in owing}
        if budget >= required:
            for item in pending:
                item[2] = 0
            for name in owing:
                paid[name] = minimum[name]
            spare = budget - required
            if strategy == "avalanche":
                key = lambda n: (-loans[n]["apr"], balance[n], n)
            else:
                key = lambda n: (balance[n], -loans[n]["apr"], n)
            for name in sorted(owing, key=key):
                take = min(spare, balance[name] - paid[name])
                paid[name] += take
                spare -= take
        else:
            shortfall = max(shortfall, required - budget)
            claims = []
            for item in pending:
                claims.append((0 if item[4] else 1, -item[3], item[0], item[1], item))
            for name in owing:
                claims.append((1, -loans[name]["rate"], name, "9999-99-99", name))
            left = budget
            for claim in sorted(claims, key=lambda c: c[:4]):
                target = claim[4]
                if isinstance(target, list):
                    take = min(left, target[2])
                    target[2] -= take
                else:
                    take = min(left, minimum[target])
                    paid[target] = take
                left -= take
        for name in owing:
            balance[name] -= paid[name]
            if balance[name] == 0:
                payoff[name] = month
        after = {}
        for item in pending:
            after[item[0]] = after.get(item[0], 0) + item[2]
        if offset == 0:
            unpaid = {name: amount for name, amount in after.items() if amount > 0}
            for name in owing:
                if minimum[name] > paid[name]:
                    unpaid[name] = minimum[name] - paid[name]
            first_unpaid = []
            for name, amount in unpaid.items():
                per_day = round_half_up(Fraction(amount) * rates[name])
                first_unpaid.append({"loan": name, "unpaid": amount, "penalty_per_day": per_day})
            first_unpaid.sort(key=lambda u: (-u["penalty_per_day"], -u["unpaid"], u["loan"]))
        pending = [item for item in pending if item[2] > 0]
        rows = [{"loan": name, "payment": paid[name], "interest": added[name], "balance": balance[name]}
                for name in owing]
        rows += [{"loan": name, "payment": before[name] - after[name], "interest": 0,
                  "balance": after[name]} for name in before]
        months.append({"month": month_text(month), "payments": sorted(rows, key=lambda r: r["loan"])})
        if not pending and all(value == 0 for value in balance.values()):
            done = True
            break
    return {
        "months": months,
        "loans": [{"loan": name, "payoff": None if payoff[name] is None else month_text(payoff[name]),
                   "interest": min(interest[name], LARGEST),
                   "minimum_below_interest": loans[name]["min_payment"]
                   <= round_half_up(Fraction(loans[name]["balance"]) * loans[name]["apr"] / 12)}
                  for name in sorted(loans)],
        "total_interest": min(sum(interest.values()), LARGEST),
        "payoff": months[-1]["month"] if done else None,
        "shortfall": min(shortfall, LARGEST),
        "first_month_unpaid": first_unpaid,
        "penalty_per_day": min(sum(u["penalty_per_day"] for u in first_unpaid), LARGEST),
    }


def main():
    portfolio = json.load(sys.stdin)
    json.dump({strategy: plan(portfolio, strategy) for strategy in ("avalanche", "snowball")},
              sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
