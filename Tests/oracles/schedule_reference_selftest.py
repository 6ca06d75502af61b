"""Hand-checked cases for schedule_reference.py, so that the oracle is itself checked before
`repayctl schedule` is checked against it. The expected values are worked out by hand from
/work/schedule-spec.md and the zone tables (`zdump -v`), not taken from either implementation.

Usage: python3 schedule_reference_selftest.py
"""

import datetime
import os
import sys
import tempfile
import textwrap
import unittest
import zoneinfo

# The oracles folder holds no package; importing must not leave __pycache__ in the tree.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import schedule_reference as reference  # noqa: E402


def instant(local: str, zone: str) -> str:
    """The reference's instant for the local date-time `local` (ISO form) in `zone`, as text."""
    converted = reference.to_instant(datetime.datetime.fromisoformat(local), zoneinfo.ZoneInfo(zone))
    return reference.instant_text(converted)


class DaylightSavingRule(unittest.TestCase):
    """Local times in gaps and overlaps, against the transitions `zdump -v` lists."""

    def test_gap_gives_the_transition_instant(self) -> None:
        """A skipped time fires at the first instant after the gap."""
        self.assertEqual(instant("2026-03-29T02:30", "Europe/Berlin"), "2026-03-29T01:00:00Z")
        self.assertEqual(instant("2026-03-08T02:30", "America/New_York"), "2026-03-08T07:00:00Z")
        # Lord Howe springs forward by half an hour, 02:00 -> 02:30, at 15:30 UTC.
        self.assertEqual(instant("2026-10-04T02:15", "Australia/Lord_Howe"), "2026-10-03T15:30:00Z")
        # Santiago springs forward at midnight: 00:00 to 00:59 never happen on 2026-09-06.
        self.assertEqual(instant("2026-09-06T00:00", "America/Santiago"), "2026-09-06T04:00:00Z")
        self.assertEqual(instant("2026-09-06T00:59:59", "America/Santiago"), "2026-09-06T04:00:00Z")

    def test_edges_of_a_gap(self) -> None:
        """The minute before a gap is an ordinary time; the end of the gap is the transition."""
        self.assertEqual(instant("2026-03-29T01:59", "Europe/Berlin"), "2026-03-29T00:59:00Z")
        self.assertEqual(instant("2026-03-29T03:00", "Europe/Berlin"), "2026-03-29T01:00:00Z")
        self.assertEqual(instant("2026-03-29T02:00", "Europe/Berlin"), "2026-03-29T01:00:00Z")

    def test_overlap_gives_the_first_instant(self) -> None:
        """A repeated time fires at its first occurrence."""
        self.assertEqual(instant("2026-10-25T02:30", "Europe/Berlin"), "2026-10-25T00:30:00Z")
        self.assertEqual(instant("2026-10-25T02:00", "Europe/Berlin"), "2026-10-25T00:00:00Z")
        self.assertEqual(instant("2026-10-25T03:00", "Europe/Berlin"), "2026-10-25T02:00:00Z")
        self.assertEqual(instant("2026-11-01T01:30", "America/New_York"), "2026-11-01T05:30:00Z")
        self.assertEqual(instant("2026-04-05T01:45", "Australia/Lord_Howe"), "2026-04-04T14:45:00Z")
        self.assertEqual(instant("2026-04-04T23:30", "America/Santiago"), "2026-04-05T02:30:00Z")

    def test_every_minute_of_every_change_against_brute_force(self) -> None:
        """Every local minute of the days around each change in 2025-2028 of the generator's
        zones, against a search that only reads UTC minutes as local time: the earliest UTC
        minute that reads as the local time, or, when none does, the earliest that reads later.
        """
        zones = [
            "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Asia/Tehran"
        ]
        minute = datetime.timedelta(minutes=1)
        changes, mismatches = 0, []
        for name in zones:
            zone = zoneinfo.ZoneInfo(name)
            day = datetime.datetime(2025, 1, 1, 12, tzinfo=datetime.timezone.utc)
            while day.year < 2029:
                following = day + datetime.timedelta(days=1)
                if day.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
                    changes += 1
                    readings = []
                    moment = day - datetime.timedelta(days=1)
                    while moment < following + datetime.timedelta(days=1):
                        readings.append((moment, moment.astimezone(zone).replace(tzinfo=None)))
                        moment += minute
                    local = readings[720][1]
                    # The first reading at or after `local` only moves on as `local` does.
                    index = 0
                    while local < readings[-720][1]:
                        while readings[index][1] < local:
                            index += 1
                        if reference.to_instant(local, zone) != readings[index][0]:
                            mismatches.append((name, local, readings[index][0]))
                        local += minute
                day = following
        # Two changes a year in Berlin, New York, Lord Howe and Santiago; none in Tehran.
        self.assertEqual(changes, 4 * 4 * 2)
        self.assertEqual(mismatches, [])

    def test_zones_without_changes(self) -> None:
        """Fixed offsets: Shanghai +08, Tehran +0330 (no DST since 2022), UTC."""
        self.assertEqual(instant("2026-12-10T09:30", "Asia/Shanghai"), "2026-12-10T01:30:00Z")
        self.assertEqual(instant("2026-03-22T00:00", "Asia/Tehran"), "2026-03-21T20:30:00Z")
        self.assertEqual(instant("2026-03-29T02:30", "UTC"), "2026-03-29T02:30:00Z")


class Durations(unittest.TestCase):
    """Reminder offsets."""

    def test_units_and_concatenation(self) -> None:
        """Units s, m, h, d, several in a row."""
        self.assertEqual(reference.parse_duration("1d12h"), datetime.timedelta(hours=36))
        self.assertEqual(reference.parse_duration("90m"), datetime.timedelta(minutes=90))
        self.assertEqual(reference.parse_duration("10s"), datetime.timedelta(seconds=10))
        for text in ("", "7", "d", "7w", "1d 2h"):
            with self.assertRaises(reference.ConfigError):
                reference.parse_duration(text)


class Schedules(unittest.TestCase):
    """Whole configurations through `schedule`, as repayctl would print them."""

    def setUp(self) -> None:
        """A fresh folder for each configuration."""
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def run_config(self, text: str, start: str, days: int, files: dict[str, str] | None = None) -> dict:
        """Writes `text` as repayd.toml (and `files` beside it) and returns the schedule."""
        for name, content in {"repayd.toml": text, **(files or {})}.items():
            path = os.path.join(self.folder.name, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as file:
                file.write(textwrap.dedent(content))
        path = os.path.join(self.folder.name, "repayd.toml")
        return reference.schedule(path, datetime.date.fromisoformat(start), days, None)

    def test_the_spec_example(self) -> None:
        """The spec's huabei: 1250.00 CNY on 2026-12-10, advance 7d at 09:30 Shanghai."""
        result = self.run_config(
            """
            [daemon]
            timezone = "Asia/Shanghai"
            [reminders]
            at = "09:30"
            before = ["7d"]
            due = false
            overdue = []
            [[loan]]
            id = "huabei"
            name = "花呗"
            amount = "1250.00"
            currency = "CNY"
            due = { day = 10 }
            first_due = 2026-10-10
            installments = 12
            """,
            "2026-12-01",
            30,
        )
        self.assertEqual(
            result,
            {
                "timezone": "Asia/Shanghai",
                "from": "2026-12-01",
                "days": 30,
                "occurrences": [
                    {
                        "loan": "huabei",
                        "installment": 3,
                        "scheduled": "2026-12-10",
                        "due": "2026-12-10",
                        "amount": "1250.00",
                        "currency": "CNY",
                        "reminders": [{"stage": "advance", "offset": "7d", "at": "2026-12-03T01:30:00Z"}],
                    }
                ],
                "reminders": [],
            },
        )

    def test_day_31_is_clamped(self) -> None:
        """Day 31 gives 2027-02-28 and, in the leap year, 2028-02-29; other months keep 31."""
        result = self.run_config(
            """
            [daemon]
            timezone = "UTC"
            [[loan]]
            id = "card"
            name = "Card"
            amount = "1250"
            currency = "JPY"
            due = { day = 31 }
            first_due = 2027-01-31
            open_ended = true
            business_day = "none"
            """,
            "2027-01-01",
            500,
        )
        scheduled = [(entry["installment"], entry["scheduled"]) for entry in result["occurrences"]]
        self.assertEqual(
            scheduled[:4], [(1, "2027-01-31"), (2, "2027-02-28"), (3, "2027-03-31"), (4, "2027-04-30")]
        )
        self.assertIn((14, "2028-02-29"), scheduled)
        self.assertEqual(result["occurrences"][0]["amount"], "1250")

    def test_first_due_must_match_the_rule(self) -> None:
        """first_due 2027-02-27 is not day 31 of February (that is the 28th)."""
        with self.assertRaisesRegex(reference.ConfigError, "first_due does not match"):
            self.run_config(
                """
                [daemon]
                timezone = "UTC"
                [[loan]]
                id = "card"
                amount = "1.00"
                currency = "USD"
                due = { day = 31 }
                first_due = 2027-02-27
                installments = 2
                """,
                "2027-01-01",
                30,
            )

    HOLIDAY_LOANS = """
        [daemon]
        timezone = "Asia/Shanghai"
        holidays = ["lists/a.txt", "lists/b.txt"]
        [reminders]
        before = []
        due = false
        overdue = []
        [[loan]]
        id = "forward"
        amount = "1.00"
        currency = "CNY"
        due = { dates = [2026-10-01, 2026-10-03, 2026-10-04, 2026-10-10, 2026-10-11] }
        business_day = "following"
        [[loan]]
        id = "back"
        amount = "2.00"
        currency = "CNY"
        due = { dates = [2026-10-05, 2026-10-03, 2026-10-11] }
        business_day = "preceding"
        [[loan]]
        id = "keep"
        amount = "3.00"
        currency = "CNY"
        due = { dates = [2026-10-03] }
        business_day = "none"
        """
    HOLIDAY_LISTS = {
        # 2026-10-01 is a Thursday; the holidays run to Wednesday 10-07, and Saturday 10-10
        # is worked; the lists are merged.
        "lists/a.txt": """
            # national day
            2026-10-01 holiday
            2026-10-02 holiday   # Fri
            2026-10-05 holiday
            2026-10-10 workday   # Sat
            """,
        "lists/b.txt": "2026-10-06 holiday\n2026-10-07 holiday\n",
    }

    def test_business_days_over_a_holiday_list(self) -> None:
        """following, preceding and none over merged lists with a worked Saturday."""
        result = self.run_config(self.HOLIDAY_LOANS, "2026-09-01", 90, self.HOLIDAY_LISTS)
        effective = [(e["loan"], e["installment"], e["scheduled"], e["due"]) for e in result["occurrences"]]
        self.assertEqual(
            effective,
            [
                # 10-03 Sat, back to Wed 09-30 over the holidays of Thu 10-01 and Fri 10-02.
                ("back", 1, "2026-10-03", "2026-09-30"),
                ("back", 2, "2026-10-05", "2026-09-30"),
                ("keep", 1, "2026-10-03", "2026-10-03"),
                # 10-01, 10-03 and 10-04 all move to Thu 10-08, the first working day after.
                ("forward", 1, "2026-10-01", "2026-10-08"),
                ("forward", 2, "2026-10-03", "2026-10-08"),
                ("forward", 3, "2026-10-04", "2026-10-08"),
                # 10-11 is a Sunday: the worked Saturday before it, for preceding.
                ("back", 3, "2026-10-11", "2026-10-10"),
                ("forward", 4, "2026-10-10", "2026-10-10"),
                ("forward", 5, "2026-10-11", "2026-10-12"),
            ],
        )

    def test_quiet_hours_defer_all_but_overdue(self) -> None:
        """22:00-08:00: advance and due at 23:00 wait until 08:00 next day; overdue does not."""
        result = self.run_config(
            """
            [daemon]
            timezone = "Europe/Berlin"
            quiet_hours = "22:00-08:00"
            [reminders]
            at = "23:00"
            before = ["1d", "90m", "16h", "1h", "15h"]
            overdue = ["1d", "2h"]
            [[loan]]
            id = "night"
            amount = "5.00"
            currency = "USD"
            due = { dates = [2026-12-10] }
            grace_days = 2
            """,
            "2026-12-01",
            30,
        )
        self.assertEqual(
            result["occurrences"][0]["reminders"],
            [
                # 12-10 08:00 (15h) is the end, outside; 12-10 07:00 (16h) and 12-09 23:00 (1d)
                # wait until 08:00 CET, 07:00 UTC. Tied advance stages keep the order of their
                # unmoved times: the longer offset first.
                {"stage": "advance", "offset": "1d", "at": "2026-12-10T07:00:00Z"},
                {"stage": "advance", "offset": "16h", "at": "2026-12-10T07:00:00Z"},
                {"stage": "advance", "offset": "15h", "at": "2026-12-10T07:00:00Z"},
                # 12-10 21:30 is before the quiet hours.
                {"stage": "advance", "offset": "90m", "at": "2026-12-10T20:30:00Z"},
                # 12-10 22:00 is the start, inside; advance comes before due in a tie.
                {"stage": "advance", "offset": "1h", "at": "2026-12-11T07:00:00Z"},
                {"stage": "due", "at": "2026-12-11T07:00:00Z"},
                # Overdue from 12-12 23:00 (two days' grace): 12-13 01:00 and 12-13 23:00,
                # both inside the quiet hours and both kept.
                {"stage": "overdue", "offset": "2h", "at": "2026-12-13T00:00:00Z"},
                {"stage": "overdue", "offset": "1d", "at": "2026-12-13T22:00:00Z"},
            ],
        )

    def test_quiet_hours_end_in_a_gap(self) -> None:
        """A deferral to 02:30 on Berlin's spring-forward day lands on the transition."""
        result = self.run_config(
            """
            [daemon]
            timezone = "Europe/Berlin"
            quiet_hours = "01:00-02:30"
            [reminders]
            at = "01:15"
            before = []
            overdue = []
            [[loan]]
            id = "spring"
            amount = "5.00"
            currency = "USD"
            due = { dates = [2026-03-29, 2026-03-30] }
            business_day = "none"
            """,
            "2026-03-01",
            60,
        )
        stages = [entry["reminders"] for entry in result["occurrences"]]
        self.assertEqual(
            stages,
            [
                [{"stage": "due", "at": "2026-03-29T01:00:00Z"}],
                [{"stage": "due", "at": "2026-03-30T00:30:00Z"}],
            ],
        )

    def test_paid_through_hides_occurrences_and_keeps_numbers(self) -> None:
        """Nominal dates up to paid_through are gone; the next one keeps installment 4."""
        result = self.run_config(
            """
            [daemon]
            timezone = "America/New_York"
            [[loan]]
            id = "car"
            amount = "300.00"
            currency = "USD"
            due = { day = 15 }
            first_due = 2026-01-15
            installments = 6
            paid_through = 2026-03-15
            business_day = "none"
            """,
            "2026-01-01",
            365,
        )
        self.assertEqual(
            [(e["installment"], e["scheduled"]) for e in result["occurrences"]],
            [(4, "2026-04-15"), (5, "2026-05-15"), (6, "2026-06-15")],
        )

    def test_offsets_are_wall_clock_over_dst(self) -> None:
        """36h before 2026-03-30 09:00 Berlin is 2026-03-28 21:00 CET; 7d before is CET too."""
        result = self.run_config(
            """
            [daemon]
            timezone = "Europe/Berlin"
            [reminders]
            at = "09:00"
            before = ["36h", "7d", "1d6h30m"]
            overdue = ["3d"]
            [[loan]]
            id = "spring"
            amount = "5.00"
            currency = "USD"
            due = { dates = [2026-03-30] }
            """,
            "2026-03-01",
            60,
        )
        self.assertEqual(
            result["occurrences"][0]["reminders"],
            [
                {"stage": "advance", "offset": "7d", "at": "2026-03-23T08:00:00Z"},
                {"stage": "advance", "offset": "36h", "at": "2026-03-28T20:00:00Z"},
                # 2026-03-29 02:30 is in the gap: the transition, 01:00 UTC.
                {"stage": "advance", "offset": "1d6h30m", "at": "2026-03-29T01:00:00Z"},
                {"stage": "due", "at": "2026-03-30T07:00:00Z"},
                {"stage": "overdue", "offset": "3d", "at": "2026-04-02T07:00:00Z"},
            ],
        )

    def test_free_reminders(self) -> None:
        """Matches in a gap fire once at the transition; the window is local midnights."""
        result = self.run_config(
            """
            [daemon]
            timezone = "Europe/Berlin"
            [[reminder]]
            id = "twice"
            calendar = "*-03-29 02,03:00"
            message = "gap"
            [[reminder]]
            id = "edge"
            calendar = "*-*-01 00:00:00"
            message = "midnight"
            [[reminder]]
            id = "utc"
            calendar = "2026-03-31 23:30 UTC"
            message = "in UTC"
            """,
            "2026-03-01",
            31,
        )
        self.assertEqual(
            result["reminders"],
            [
                # 2026-03-01 00:00 CET is the window's first instant, so it is in.
                {"id": "edge", "at": "2026-02-28T23:00:00Z", "message": "midnight"},
                {"id": "twice", "at": "2026-03-29T01:00:00Z", "message": "gap"},
                # 2026-03-31 23:30 UTC is 04-01 01:30 CEST, after the window.
            ],
        )

    def test_order_of_occurrences(self) -> None:
        """By due date, then loan id, then installment, whatever the config order."""
        result = self.run_config(
            """
            [daemon]
            timezone = "UTC"
            [[loan]]
            id = "zeta"
            amount = "1.00"
            currency = "USD"
            due = { dates = [2026-05-02, 2026-05-03] }
            [[loan]]
            id = "alpha"
            amount = "1.00"
            currency = "USD"
            due = { dates = [2026-05-04] }
            """,
            "2026-05-01",
            10,
        )
        self.assertEqual(
            [(e["due"], e["loan"], e["installment"]) for e in result["occurrences"]],
            [("2026-05-04", "alpha", 1), ("2026-05-04", "zeta", 1), ("2026-05-04", "zeta", 2)],
        )


if __name__ == "__main__":
    unittest.main()
