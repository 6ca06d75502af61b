"""Writes a random repayd configuration for checking `repayctl schedule` against
schedule_reference.py.

The same seed always gives the same files. The configurations lean towards the hard cases:
reminder times inside the zone's DST gaps and overlaps (found from the zone itself), due days
29 to 31, due dates on transition days and weekends, holidays and make-up workdays on and
around due dates, quiet hours across midnight and over the DST hours, offsets in d, h and m.

Writes DIR/repayd.toml and the holiday lists it names (under DIR/holidays/), and prints one
line: `FROM DAYS ZONE`, the --from and --days to use and the zone to run with as the system
zone (it only matters when the configuration leaves [daemon].timezone out).

Usage: python3 schedule_config_generator.py --seed N --out DIR
"""

import argparse
import calendar
import datetime
import json
import os
import random
import zoneinfo

zoneinfo.reset_tzpath(["/usr/share/zoneinfo"])

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Shanghai",
    "Australia/Lord_Howe",
    "America/Santiago",
    "UTC",
    "Asia/Tehran",
]
LOAN_IDS = [
    "huabei", "jd-baitiao", "mortgage", "car-loan", "card-7", "a-loan", "zz-last", "student-2", "b", "phone"
]
LOAN_NAMES = ["花呗", "京东白条", "房贷", "Car loan", 'Card "gold"', "Studienkredit", "Phone plan"]
ORDINARY_TIMES = ["09:00", "09:30", "08:00", "12:15", "18:45", "20:00", "23:59", "00:00", "23:00", "07:30"]
OFFSETS = ["7d", "3d", "1d", "36h", "90m", "1d12h", "2h", "30m", "45m", "12h", "14d", "1h30m", "25h", "2d"]
OVERDUE_OFFSETS = ["1d", "3d", "7d", "15d", "30d", "36h", "90m", "1d12h", "2h", "12h", "26h", "45m"]
MESSAGES = ["Check your credit report", "Review the budget", '预算 "月度" 检查', "Pay rent\tnow"]
YEARS = range(2025, 2029)


def duration_seconds(text: str) -> int:
    """Returns the length of an offset from OFFSETS or OVERDUE_OFFSETS in seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    total, number = 0, ""
    for character in text:
        if character.isdigit():
            number += character
        else:
            total, number = total + int(number) * units[character], ""
    return total


def zone_transitions(zone_name: str) -> list[tuple[datetime.datetime, datetime.datetime]]:
    """Returns, for each UTC-offset change of the zone in YEARS, the wall-clock time at which
    it happens read with the offset before it and with the offset after it (the second is later
    for a gap, earlier for an overlap)."""
    zone = zoneinfo.ZoneInfo(zone_name)
    result = []
    instant = datetime.datetime(YEARS.start, 1, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(YEARS.stop, 1, 1, tzinfo=datetime.timezone.utc)
    step = datetime.timedelta(days=1)
    while instant < end:
        before, after = instant.astimezone(zone).utcoffset(), (instant + step).astimezone(zone).utcoffset()
        if before != after:
            low, high = instant, instant + step
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            result.append(((high + before).replace(tzinfo=None), (high + after).replace(tzinfo=None)))
        instant += step
    return result


class Generator:
    """One random configuration, drawn from a seeded random source."""

    def __init__(self, seed: int) -> None:
        """Prepares the draws for `seed`."""
        self.random = random.Random(seed)
        self.zone = self.random.choice(ZONES)
        self.transitions = zone_transitions(self.zone)
        self.start = datetime.date(2025, 10, 1) + datetime.timedelta(days=self.random.randrange(365))
        self.days = 730

    def chance(self, probability: float) -> bool:
        """True with `probability`."""
        return self.random.random() < probability

    def transition_dates(self) -> list[datetime.date]:
        """The local dates in the window on which the zone's DST changes happen (both sides of
        midnight); all of them when none falls in the window."""
        dates = sorted({moment.date() for pair in self.transitions for moment in pair})
        end = self.start + datetime.timedelta(days=self.days)
        return [date for date in dates if self.start <= date < end] or dates

    def dst_time(self) -> str:
        """An `HH:MM` inside, at the edge of or just before a gap or overlap of the zone, or an
        ordinary time when the zone has none."""
        if not self.transitions:
            return self.random.choice(ORDINARY_TIMES)
        before, after = self.random.choice(self.transitions)
        low, high = sorted((before, after))
        span = int((high - low).total_seconds() // 60)
        minute = self.random.choice([0, span // 2, span - 1, -1, span, 1])
        moment = low + datetime.timedelta(minutes=minute)
        return moment.strftime("%H:%M")

    def time_of_day(self) -> str:
        """A reminder time: mostly one near the zone's DST changes."""
        return self.dst_time() if self.chance(0.65) else self.random.choice(ORDINARY_TIMES)

    def offsets(self, pool: list[str], most: int) -> list[str]:
        """Up to `most` offsets from `pool`, no two of the same length, in random order."""
        chosen: dict[int, str] = {}
        for text in self.random.sample(pool, self.random.randint(0, most)):
            chosen.setdefault(duration_seconds(text), text)
        return list(chosen.values())

    def reminder_settings(self) -> dict:
        """Some of the keys of a [reminders] or [loan.reminders] table."""
        settings = {}
        if self.chance(0.8):
            settings["at"] = self.time_of_day()
        if self.chance(0.6):
            settings["before"] = self.offsets(OFFSETS, 4)
        if self.chance(0.3):
            settings["due"] = self.chance(0.7)
        if self.chance(0.6):
            settings["overdue"] = self.offsets(OVERDUE_OFFSETS, 5)
        return settings

    def quiet_hours(self) -> str:
        """A quiet period: an ordinary one, one across midnight, or one over the DST hours."""
        kind = self.random.choice(["ordinary", "night", "dst"])
        if kind == "dst" and self.transitions:
            start = datetime.datetime.strptime(self.dst_time(), "%H:%M") - datetime.timedelta(
                minutes=self.random.choice([0, 30, 60, 90])
            )
            end = start + datetime.timedelta(minutes=self.random.choice([30, 60, 90, 120, 150]))
            return f"{start:%H:%M}-{end:%H:%M}"
        if kind == "night" or kind == "dst":
            return self.random.choice(
                ["22:00-08:00", "23:30-06:45", "20:00-00:30", "21:15-09:00", "23:59-00:01"]
            )
        start = self.random.randrange(0, 24 * 60, 15)
        end = (start + self.random.randrange(15, 12 * 60, 15)) % (24 * 60)
        return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"

    def amount(self, currency: str) -> str:
        """An amount already in the currency's minor digits."""
        if currency == "JPY":
            return str(self.random.randint(1, 300000))
        return f"{self.random.randint(0, 99999)}.{self.random.randint(0, 99):02d}"

    def due_day(self) -> int:
        """A day of the month, often 29 to 31 or a transition day."""
        kind = self.random.random()
        if kind < 0.4:
            return self.random.randint(29, 31)
        if kind < 0.7 and self.transitions:
            return self.random.choice(self.transition_dates()).day
        return self.random.randint(1, 28)

    def due_dates(self) -> list[datetime.date]:
        """Explicit due dates: transition days and their neighbours, weekend pairs, others."""
        dates: set[datetime.date] = set()
        for _ in range(self.random.randint(1, 12)):
            kind = self.random.random()
            if kind < 0.6 and self.transitions:
                base = self.random.choice(self.transition_dates())
                dates.add(base + datetime.timedelta(days=self.random.randint(-3, 3)))
            elif kind < 0.8:
                saturday = self.random_date() + datetime.timedelta(days=1)
                saturday += datetime.timedelta(days=(5 - saturday.weekday()) % 7)
                dates.update({saturday, saturday + datetime.timedelta(days=1)})
            else:
                dates.add(self.random_date())
        return sorted(dates)

    def random_date(self) -> datetime.date:
        """A date from 2025-01-01 to 2027-12-31."""
        return datetime.date(2025, 1, 1) + datetime.timedelta(days=self.random.randrange(3 * 365))

    def loan(self, loan_id: str) -> tuple[list[str], list[datetime.date]]:
        """The TOML lines of one [[loan]] and some of its nominal due dates (for holidays)."""
        currency = self.random.choice(["CNY", "USD", "JPY"])
        lines = [
            "[[loan]]",
            f"id = {json.dumps(loan_id)}",
            f"name = {json.dumps(self.random.choice(LOAN_NAMES), ensure_ascii=False)}",
            'platform = "Example"',
            f"amount = {json.dumps(self.amount(currency))}",
            f"currency = {json.dumps(currency)}",
        ]
        # An aimed loan falls due on and just after DST changes, keeps the dates and reminds at
        # a time the change skips or repeats, so that its stages surely meet the DST rule.
        aimed = bool(self.transitions) and self.chance(0.25)
        if aimed:
            dates = sorted(
                {
                    date + datetime.timedelta(days=self.random.choice([0, 0, 0, 1, 2, 7]))
                    for date in self.random.sample(self.transition_dates(), self.random.randint(1, 3))
                }
            )
            lines.append(f"due = {{ dates = [{', '.join(str(date) for date in dates)}] }}")
            first = dates[0]
            nominal = dates
        elif self.chance(0.6):
            day = self.due_day()
            month = self.random.randrange(36)
            year, month = 2025 + month // 12, month % 12 + 1
            first = datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            lines += [f"due = {{ day = {day} }}", f"first_due = {first}"]
            term = f"installments = {self.random.randint(1, 40)}" if self.chance(0.6) else "open_ended = true"
            lines.append(term)
            nominal = [
                datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))
                for year in YEARS
                for month in range(1, 13)
            ]
            nominal = [date for date in nominal if date >= first]
        else:
            dates = self.due_dates()
            shuffled = self.random.sample(dates, len(dates))
            lines.append(f"due = {{ dates = [{', '.join(str(date) for date in shuffled)}] }}")
            first = dates[0]
            if self.chance(0.3):
                first = self.random.choice(dates)
                lines.append(f"first_due = {first}")
            nominal = [date for date in dates if date >= first]
        if self.chance(0.3):
            lines.append(f"paid_through = {first + datetime.timedelta(days=self.random.randint(0, 500))}")
        if aimed:
            lines.append('business_day = "none"')
        elif self.chance(0.8):
            rule = self.random.choice(["following", "preceding", "none"])
            lines.append(f"business_day = {json.dumps(rule)}")
        if self.chance(0.8):
            lines.append(f"grace_days = {self.random.randint(0, 5)}")
        fee = "0" if currency == "JPY" else "0.00"
        lines.append(f'penalty = {{ daily_rate = "0.0005", fee = "{fee}" }}')
        if aimed:
            settings = {**self.reminder_settings(), "at": self.dst_time()}
            lines += ["", "[loan.reminders]"] + self.settings_lines(settings)
        elif self.chance(0.4):
            lines += ["", "[loan.reminders]"] + self.settings_lines(self.reminder_settings())
        return lines, nominal

    @staticmethod
    def settings_lines(settings: dict) -> list[str]:
        """TOML `key = value` lines of reminder settings."""
        return [f"{key} = {json.dumps(value)}" for key, value in settings.items()]

    def holiday_files(self, due_dates: list[datetime.date]) -> dict[str, str]:
        """One or two holiday lists: holidays on, before and after due dates and at random, and
        weekend due dates made workdays. Maps file names (relative to DIR) to their text."""
        holidays: set[datetime.date] = set()
        for _ in range(self.random.randint(3, 25)):
            if due_dates and self.chance(0.7):
                date = self.random.choice(due_dates) + datetime.timedelta(days=self.random.randint(-1, 2))
            else:
                date = self.random_date()
            holidays.add(date)
        weekend_dues = [date for date in due_dates if date.weekday() >= 5 and date not in holidays]
        workdays = set(self.random.sample(weekend_dues, min(len(weekend_dues), self.random.randint(0, 5))))
        lines = [f"{date} holiday" for date in holidays]
        lines += [f"{date} workday   # {date:%a}" for date in workdays]
        self.random.shuffle(lines)
        names = ["holidays/main.txt", "holidays/extra.txt"][: self.random.randint(1, 2)]
        files = {name: ["# holidays for the schedule oracle", ""] for name in names}
        for line in lines:
            files[self.random.choice(names)].append(line)
        return {name: "\n".join(text) + "\n" for name, text in files.items()}

    def calendar_expression(self, quiet: bool) -> str:
        """A [[reminder]] calendar in the reference's subset, often on a DST change."""
        transition = self.random.choice(self.transition_dates()) if self.transitions else self.random_date()
        moment = self.time_of_day()
        kind = self.random.choice(["day", "month-day", "date", "hours"])
        if kind == "day":
            expression = f"*-*-{transition.day:02d} {moment}:{self.random.randint(0, 59):02d}"
        elif kind == "month-day":
            expression = f"*-{transition.month:02d}-{transition.day:02d} {moment}"
        elif kind == "hours" and not quiet:
            # Two hours a DST gap can send to the same instant: it must fire once.
            hour = int(moment[:2])
            expression = f"*-*-{transition.day:02d} {hour:02d},{(hour + 1) % 24:02d}:00"
        else:
            expression = f"{transition} {moment}"
        return expression + (" UTC" if self.chance(0.1) else "")

    def generate(self) -> dict[str, str]:
        """The files of the configuration, by name relative to DIR."""
        daemon = []
        if self.chance(0.85):
            daemon.append(f"timezone = {json.dumps(self.zone)}")
        if self.chance(0.3):
            daemon.append('locale = "en"')
        quiet = self.chance(0.45)
        if quiet:
            daemon.append(f"quiet_hours = {json.dumps(self.quiet_hours())}")

        loans = []
        due_dates: list[datetime.date] = []
        for loan_id in self.random.sample(LOAN_IDS, self.random.randint(1, 6)):
            lines, nominal = self.loan(loan_id)
            loans += [""] + lines
            due_dates += nominal

        files = {}
        if self.chance(0.6):
            files = self.holiday_files(due_dates)
            daemon.append(f"holidays = {json.dumps(sorted(files))}")

        text = ["# generated by schedule_config_generator.py", "[daemon]"] + daemon
        if self.chance(0.7):
            settings = self.reminder_settings()
            if self.chance(0.3):
                settings["catch_up_fold"] = 3
            text += ["", "[reminders]"] + self.settings_lines(settings)
        text += loans
        for number in range(self.random.randint(0, 2)):
            text += [
                "",
                "[[reminder]]",
                f'id = "note-{number}"',
                f"calendar = {json.dumps(self.calendar_expression(quiet))}",
                f"message = {json.dumps(self.random.choice(MESSAGES), ensure_ascii=False)}",
            ]
        files["repayd.toml"] = "\n".join(text) + "\n"
        return files


def main() -> None:
    """Writes the configuration of --seed into --out and prints `FROM DAYS ZONE`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    generator = Generator(arguments.seed)
    for name, text in generator.generate().items():
        path = os.path.join(arguments.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    print(generator.start, generator.days, generator.zone)


if __name__ == "__main__":
    main()
