"""An independent reference for `repayctl schedule --json`, after /work/schedule-spec.md.

Prints, for a configuration, the JSON that `repayctl schedule --config CONFIG --from DATE
--days N --json` must print. It is written apart from the Swift code on purpose and works
differently: local times become instants through Python's zoneinfo (PEP 495 `fold`), and the
first instant after a spring-forward gap is found by bisecting on UTC instants for the change of
`utcoffset`, not by reading transitions out of the zone file.

It handles the part of the configuration that schedule_config_generator.py writes:
[daemon] timezone, quiet_hours and holidays (plain date lists); [reminders]; [[loan]] with
due = {day = N} or {dates = [...]}; [[reminder]] with a small subset of systemd calendar
expressions (`YEAR-MONTH-DAY HOUR:MINUTE[:SECOND] [ZONE]`, each date or time field `*`, a number
or a comma list of numbers). Keys that do not bear on the schedule are ignored; a due rule,
calendar expression or holiday file outside this subset is refused, so that a generator change
cannot pass unnoticed through a part the reference does not understand.

Usage: python3 schedule_reference.py CONFIG.toml --from YYYY-MM-DD --days N [--zone NAME]
(--zone: the system zone, used when [daemon].timezone is not set, as `TZ` is for repayctl).
"""

import argparse
import calendar
import datetime
import json
import os
import re
import sys
import tomllib
import zoneinfo

# The system's tz database is the one repayd reads; a tzdata wheel from PyPI must not win.
zoneinfo.reset_tzpath(["/usr/share/zoneinfo"])

UTC = datetime.timezone.utc
ONE_SECOND = datetime.timedelta(seconds=1)

DEFAULT_REMINDERS = {
    "at": "09:00",
    "before": ["3d", "1d"],
    "due": True,
    "overdue": ["1d", "3d", "7d", "15d", "30d"],
}
STAGE_RANK = {"advance": 0, "due": 1, "overdue": 2}
# Far enough for any business-day move of a nominal date just outside the window into it.
HORIZON_MARGIN = datetime.timedelta(days=400)


class ConfigError(Exception):
    """A configuration the reference refuses, with the reason."""


def parse_duration(text: str) -> datetime.timedelta:
    """Returns the length written as `7d`, `36h`, `90m`, `10s` or several in a row (`1d12h`).

    Raises ConfigError for anything else.
    """
    if not re.fullmatch(r"(\d+[smhd])+", text):
        raise ConfigError(f"not a duration: {text!r}")
    unit_seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    total = sum(int(number) * unit_seconds[unit] for number, unit in re.findall(r"(\d+)([smhd])", text))
    return datetime.timedelta(seconds=total)


def parse_time_of_day(text: str) -> datetime.time:
    """Returns the time written as `HH:MM` or `HH:MM:SS`; raises ConfigError otherwise."""
    match = re.fullmatch(r"(\d\d):(\d\d)(?::(\d\d))?", text)
    if not match:
        raise ConfigError(f"not a time of day: {text!r}")
    try:
        return datetime.time(int(match[1]), int(match[2]), int(match[3] or 0))
    except ValueError as error:
        raise ConfigError(f"not a time of day: {text!r}") from error


def to_instant(local: datetime.datetime, zone: datetime.tzinfo) -> datetime.datetime:
    """Returns the UTC instant of the naive wall-clock time `local` in `zone` by the DST rule.

    A time that occurs once gives that instant; one that occurs twice, the earlier; one that
    never occurs (a spring-forward gap), the first instant after the gap, which is the instant
    of the transition itself.
    """
    readings = [local.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)]
    real = [reading for reading in readings if reading.astimezone(zone).replace(tzinfo=None) == local]
    if real:
        return min(real)
    # In a gap the two folds read the time with the offsets before and after the change, so
    # they land on either side of the transition: bisect between them for where the offset
    # changes.
    low, high = min(readings), max(readings)
    offset_before = low.astimezone(zone).utcoffset()
    if high.astimezone(zone).utcoffset() == offset_before:
        raise AssertionError(f"{local} in {zone}: neither reading lies on the far side of a change")
    while high - low > ONE_SECOND:
        middle = (low + (high - low) // 2).replace(microsecond=0)
        if middle.astimezone(zone).utcoffset() == offset_before:
            low = middle
        else:
            high = middle
    return high


def instant_text(instant: datetime.datetime) -> str:
    """Returns `instant` as RFC 3339 in UTC with `Z`, with a 6-digit fraction only when not zero."""
    instant = instant.astimezone(UTC)
    text = instant.strftime("%Y-%m-%dT%H:%M:%S")
    if instant.microsecond:
        text += f".{instant.microsecond:06d}"
    return text + "Z"


class QuietHours:
    """A daily window `HH:MM-HH:MM` (end exclusive, possibly across midnight) in a zone."""

    def __init__(self, text: str, zone: datetime.tzinfo) -> None:
        """Reads `text`; raises ConfigError when it is malformed or starts where it ends."""
        parts = text.split("-")
        if len(parts) != 2:
            raise ConfigError(f"quiet_hours is not HH:MM-HH:MM: {text!r}")
        self.start, self.end = (parse_time_of_day(part) for part in parts)
        if self.start == self.end:
            raise ConfigError("quiet_hours starts where it ends")
        self.zone = zone

    def defer(self, instant: datetime.datetime) -> datetime.datetime:
        """Returns `instant`, or the end of the quiet period it falls in, by the DST rule."""
        local = instant.astimezone(self.zone).replace(tzinfo=None)
        moment = local.time()
        if self.start < self.end:
            quiet = self.start <= moment < self.end
        else:
            quiet = moment >= self.start or moment < self.end
        if not quiet:
            return instant
        day = local.date() if moment < self.end else local.date() + datetime.timedelta(days=1)
        return to_instant(datetime.datetime.combine(day, self.end), self.zone)


def read_holiday_list(path: str) -> tuple[set[datetime.date], set[datetime.date]]:
    """Returns the holidays and the make-up workdays of a plain holiday list file.

    One `YYYY-MM-DD holiday|workday` a line, `#` starting a comment. Raises ConfigError for any
    other line.
    """
    holidays: set[datetime.date] = set()
    workdays: set[datetime.date] = set()
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if len(words) != 2 or words[1] not in ("holiday", "workday"):
                raise ConfigError(f"{path}:{number}: not 'DATE holiday|workday'")
            date = datetime.date.fromisoformat(words[0])
            (holidays if words[1] == "holiday" else workdays).add(date)
    return holidays, workdays


class BusinessDays:
    """The business days of the merged holiday calendars."""

    def __init__(self, holidays: set[datetime.date], workdays: set[datetime.date]) -> None:
        """A calendar with these holidays and make-up workdays."""
        self.holidays = holidays
        self.workdays = workdays

    def is_business_day(self, date: datetime.date) -> bool:
        """Whether `date` is a make-up workday, or a Monday to Friday that is not a holiday."""
        return date in self.workdays or (date.isoweekday() <= 5 and date not in self.holidays)

    def effective(self, nominal: datetime.date, rule: str) -> datetime.date:
        """Returns the effective due date of `nominal` under `rule` (following, preceding, none).

        Raises ConfigError for another rule, or when no business day is found within a year.
        """
        if rule == "none":
            return nominal
        if rule not in ("following", "preceding"):
            raise ConfigError(f"unknown business_day rule {rule!r}")
        step = datetime.timedelta(days=1 if rule == "following" else -1)
        date = nominal
        for _ in range(366):
            if self.is_business_day(date):
                return date
            date += step
        raise ConfigError(f"no business day within a year of {nominal}")


def clamped(year: int, month: int, day: int) -> datetime.date:
    """Returns day `day` of the month, or the month's last day when it is shorter."""
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def nominal_dates(loan: dict, until: datetime.date) -> list[tuple[int, datetime.date]]:
    """Returns the (installment, nominal date) pairs of `loan` up to `until`, in order.

    Raises ConfigError when the loan's due rule or its term is not one the spec allows.
    """
    due = loan.get("due", {})
    term_keys = [key for key in ("installments", "open_ended") if key in loan]
    if set(due) == {"day"}:
        if len(term_keys) != 1 or loan.get("open_ended") is False:
            raise ConfigError(f"loan {loan['id']}: give exactly one of installments and open_ended")
        day = due["day"]
        first = loan.get("first_due")
        if first is None:
            raise ConfigError(f"loan {loan['id']}: due.day needs first_due")
        if clamped(first.year, first.month, day) != first:
            raise ConfigError(f"loan {loan['id']}: first_due does not match the due rule")
        count = loan.get("installments")
        result = []
        year, month = first.year, first.month
        while count is None or len(result) < count:
            date = clamped(year, month, day)
            if date > until:
                break
            result.append((len(result) + 1, date))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return result
    if set(due) == {"dates"}:
        if term_keys:
            raise ConfigError(f"loan {loan['id']}: due.dates with installments or open_ended")
        dates = sorted(due["dates"])
        if len(set(dates)) != len(dates):
            raise ConfigError(f"loan {loan['id']}: due.dates lists a date twice")
        first = loan.get("first_due", dates[0])
        if first not in dates:
            raise ConfigError(f"loan {loan['id']}: first_due is not one of due.dates")
        listed = dates[dates.index(first) :]
        return [(number, date) for number, date in enumerate(listed, start=1) if date <= until]
    raise ConfigError(f"loan {loan['id']}: unsupported due rule {due!r}")


def stage_reminders(
    effective: datetime.date, grace_days: int, settings: dict, zone: datetime.tzinfo, quiet: QuietHours | None
) -> list[dict]:
    """Returns the JSON reminder objects of one occurrence, in the order the spec fixes.

    Offsets are wall-clock arithmetic on the local date-time before conversion; advance and
    due are deferred by quiet hours, overdue never.
    """
    at = parse_time_of_day(settings["at"])
    on_the_day = datetime.datetime.combine(effective, at)
    after_grace = datetime.datetime.combine(effective + datetime.timedelta(days=grace_days), at)
    stages = [("advance", text, on_the_day - parse_duration(text)) for text in settings["before"]]
    if settings["due"]:
        stages.append(("due", None, on_the_day))
    stages += [("overdue", text, after_grace + parse_duration(text)) for text in settings["overdue"]]

    entries = []
    for stage, offset, local in stages:
        instant = to_instant(local, zone)
        if stage != "overdue" and quiet:
            instant = quiet.defer(instant)
        length = parse_duration(offset) if offset else datetime.timedelta()
        # Advance stages planned earlier (longer offsets) come first; overdue ones the other way.
        order = -length if stage == "advance" else length
        entries.append((instant, STAGE_RANK[stage], order, stage, offset))
    # Equal instants (quiet hours, DST gaps) go in stage order and then in the order their
    # unmoved times would have: for advance the longer offset first, for overdue the shorter.
    entries.sort(key=lambda entry: entry[:3])
    result = []
    for instant, _, _, stage, offset in entries:
        entry = {"stage": stage}
        if offset is not None:
            entry["offset"] = offset
        entry["at"] = instant_text(instant)
        result.append(entry)
    return result


def occurrences(
    config: dict,
    zone: datetime.tzinfo,
    days: BusinessDays,
    quiet: QuietHours | None,
    start: datetime.date,
    end: datetime.date,
) -> list[dict]:
    """Returns the JSON occurrence objects whose effective due date lies in [start, end)."""
    defaults = {**DEFAULT_REMINDERS, **config.get("reminders", {})}
    listed = []
    for loan in config.get("loan", []):
        settings = {**defaults, **loan.get("reminders", {})}
        rule = loan.get("business_day", "following")
        grace_days = loan.get("grace_days", 0)
        schedule = nominal_dates(loan, end + HORIZON_MARGIN)
        paid_through = loan.get("paid_through")
        if paid_through is not None and schedule and paid_through < schedule[0][1]:
            raise ConfigError(f"loan {loan['id']}: paid_through is before the first due date")
        for installment, nominal in schedule:
            if paid_through is not None and nominal <= paid_through:
                continue
            effective = days.effective(nominal, rule)
            if not start <= effective < end:
                continue
            listed.append(
                {
                    "loan": loan["id"],
                    "installment": installment,
                    "scheduled": nominal.isoformat(),
                    "due": effective.isoformat(),
                    "amount": loan["amount"],
                    "currency": loan["currency"],
                    "reminders": stage_reminders(effective, grace_days, settings, zone, quiet),
                }
            )
    listed.sort(key=lambda entry: (entry["due"], entry["loan"], entry["installment"]))
    return listed


class CalendarSubset:
    """A systemd calendar expression of the form `Y-M-D H:M[:S] [ZONE]`, each field a number
    or a comma list of numbers, and Y, M and D also `*`."""

    def __init__(self, text: str) -> None:
        """Reads `text`; raises ConfigError for anything outside the subset."""
        words = text.split()
        if len(words) not in (2, 3):
            raise ConfigError(f"calendar outside the reference's subset: {text!r}")
        date_fields = words[0].split("-")
        time_fields = words[1].split(":")
        if len(date_fields) != 3 or len(time_fields) not in (2, 3):
            raise ConfigError(f"calendar outside the reference's subset: {text!r}")
        self.years, self.months, self.days = (self._values(field, text) for field in date_fields)
        times = [self._values(field, text) for field in time_fields] + [{0}]
        if None in times:
            raise ConfigError(f"a time field is '*' in {text!r}")
        self.hours, self.minutes, self.seconds = times[:3]
        self.zone_name = words[2] if len(words) == 3 else None

    @staticmethod
    def _values(field: str, text: str) -> set[int] | None:
        """The numbers of one field, or None for `*`."""
        if field == "*":
            return None
        if not re.fullmatch(r"\d+(,\d+)*", field):
            raise ConfigError(f"calendar outside the reference's subset: {text!r}")
        return {int(value) for value in field.split(",")}

    def local_times(self, first: datetime.date, last: datetime.date) -> list[datetime.datetime]:
        """Returns the naive local date-times it matches on the dates from `first` to `last`."""
        result = []
        date = first
        while date <= last:
            fields = ((self.years, date.year), (self.months, date.month), (self.days, date.day))
            if all(values is None or part in values for values, part in fields):
                result += [
                    datetime.datetime.combine(date, datetime.time(hour, minute, second))
                    for hour in sorted(self.hours)
                    for minute in sorted(self.minutes)
                    for second in sorted(self.seconds)
                ]
            date += datetime.timedelta(days=1)
        return result


def free_reminders(
    config: dict, zone: datetime.tzinfo, quiet: QuietHours | None, start: datetime.date, end: datetime.date
) -> list[dict]:
    """Returns the JSON objects of the [[reminder]] firings whose (deferred) instant lies in
    [local start 00:00, local end 00:00)."""
    window_start = to_instant(datetime.datetime.combine(start, datetime.time()), zone)
    window_end = to_instant(datetime.datetime.combine(end, datetime.time()), zone)
    # Matches a little outside the window can be moved into it by zones and quiet hours.
    first, last = start - datetime.timedelta(days=3), end + datetime.timedelta(days=3)
    result = []
    for reminder in config.get("reminder", []):
        expression = CalendarSubset(reminder["calendar"])
        evaluated_in = zoneinfo.ZoneInfo(expression.zone_name) if expression.zone_name else zone
        instants = {to_instant(local, evaluated_in) for local in expression.local_times(first, last)}
        for instant in instants:
            fired = quiet.defer(instant) if quiet else instant
            if window_start <= fired < window_end:
                result.append((fired, reminder["id"], reminder.get("message", "")))
    result.sort(key=lambda entry: entry[:2])
    return [{"id": id_, "at": instant_text(instant), "message": message} for instant, id_, message in result]


def schedule(config_path: str, start: datetime.date, days: int, system_zone: str | None) -> dict:
    """Returns the JSON object of `repayctl schedule --json` for the configuration at
    `config_path`, the window of `days` days from `start`, and `system_zone` standing for the
    system zone. Raises ConfigError when the configuration is invalid or outside the subset."""
    if not 1 <= days <= 3660:
        raise ConfigError("days must be 1 to 3660")
    with open(config_path, "rb") as file:
        config = tomllib.load(file)
    daemon = config.get("daemon", {})
    zone_name = daemon.get("timezone", system_zone)
    if zone_name is None:
        raise ConfigError("no [daemon].timezone and no --zone")
    zone = zoneinfo.ZoneInfo(zone_name)
    quiet = QuietHours(daemon["quiet_hours"], zone) if "quiet_hours" in daemon else None
    holidays: set[datetime.date] = set()
    workdays: set[datetime.date] = set()
    for name in daemon.get("holidays", []):
        listed_holidays, listed_workdays = read_holiday_list(os.path.join(os.path.dirname(config_path), name))
        holidays |= listed_holidays
        workdays |= listed_workdays
    end = start + datetime.timedelta(days=days)
    return {
        "timezone": zone_name,
        "from": start.isoformat(),
        "days": days,
        "occurrences": occurrences(config, zone, BusinessDays(holidays, workdays), quiet, start, end),
        "reminders": free_reminders(config, zone, quiet, start, end),
    }


def main() -> None:
    """Parses the command line, prints the schedule JSON; exits 1 with a message on error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("config")
    parser.add_argument("--from", dest="start", required=True, type=datetime.date.fromisoformat)
    parser.add_argument("--days", required=True, type=int)
    parser.add_argument("--zone")
    arguments = parser.parse_args()
    try:
        result = schedule(arguments.config, arguments.start, arguments.days, arguments.zone)
    except ConfigError as error:
        print(f"schedule_reference: {error}", file=sys.stderr)
        sys.exit(1)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
