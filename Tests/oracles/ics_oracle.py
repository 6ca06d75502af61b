#!/usr/bin/env python3
"""An independent reader of repayd's iCalendar export: Python's icalendar parses it and
recurring-ical-events expands its events over the window, as a calendar app would.

  ics_oracle.py events ICS FROM DAYS
      prints one JSON object: {"events": [{"uid", "start", "end", "summary", "description",
      "status", "sequence", "alarms": [UTC instants, "YYYY-MM-DDTHH:MM:SSZ"]}], "timed": [...]}
      for the events taking place in [FROM, FROM + DAYS), and the raw-text checks
      {"long_lines": [...], "bare_line_breaks": N}.
  ics_oracle.py watch ICS STOP_FILE
      reads and parses ICS over and over until STOP_FILE exists; prints "READS FAILURES" and
      exits 1 when a read did not parse as a whole calendar (a half-written file).
  ics_oracle.py against-schedule ICS SCHEDULE_JSON
      checks that every occurrence `repayctl schedule --json` lists has its all-day event on its
      due date whose alarms are exactly its advance and due stage instants, and every
      free-standing reminder its timed event at its instant; prints each mismatch, exits 1 on any.
"""
import datetime
import json
import os
import sys

import icalendar
import recurring_ical_events

UTC = datetime.timezone.utc


def instant(value):
    """A TRIGGER or DTSTART date-time as RFC 3339 UTC text."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def raw_checks(data):
    lines = data.split(b"\r\n")
    long_lines = [len(line) for line in lines if len(line) > 75]
    bare = sum(line.count(b"\n") + line.count(b"\r") for line in lines)
    return {"long_lines": long_lines, "bare_line_breaks": bare, "ends_in_crlf": data.endswith(b"\r\n")}


def expand(data, start, end):
    calendar = icalendar.Calendar.from_ical(data)
    whole_days, timed = [], []
    for event in recurring_ical_events.of(calendar).between(start, end):
        begin = event["DTSTART"].dt
        alarms = sorted(instant(alarm["TRIGGER"].dt) for alarm in event.walk("VALARM"))
        record = {
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "status": str(event.get("STATUS", "")),
            "sequence": int(event.get("SEQUENCE", 0)),
            "alarms": alarms,
        }
        if isinstance(begin, datetime.datetime):
            record["start"] = instant(begin)
            timed.append(record)
        else:
            record["start"] = begin.isoformat()
            record["end"] = event["DTEND"].dt.isoformat()
            whole_days.append(record)
    return whole_days, timed


def watch(path, stop):
    reads = failures = 0
    while True:
        done = os.path.exists(stop)
        data = open(path, "rb").read()
        try:
            calendar = icalendar.Calendar.from_ical(data)
            if not data.endswith(b"END:VCALENDAR\r\n") or not calendar.walk("VEVENT"):
                raise ValueError("incomplete")
        except Exception as error:  # noqa: BLE001 - any failure to parse counts
            failures += 1
            print(f"unparsable read {reads}: {error}", file=sys.stderr)
        reads += 1
        if done:
            break
    print(reads, failures)
    return 1 if failures else 0


def main():
    mode = sys.argv[1]
    if mode == "watch":
        return watch(sys.argv[2], sys.argv[3])
    data = open(sys.argv[2], "rb").read()
    if mode == "events":
        start = datetime.date.fromisoformat(sys.argv[3])
        end = start + datetime.timedelta(days=int(sys.argv[4]))
        events, timed = expand(data, start, end)
        print(json.dumps({"events": events, "timed": timed, **raw_checks(data)}, ensure_ascii=False))
        return 0
    schedule = json.load(open(sys.argv[3]))
    start = datetime.date.fromisoformat(schedule["from"])
    events, timed = expand(data, start, start + datetime.timedelta(days=schedule["days"]))
    by_uid = {event["uid"]: event for event in events}
    problems = []
    if len(by_uid) != len(events):
        problems.append("two events share a UID")
    for occurrence in schedule["occurrences"]:
        uid = f'{occurrence["loan"]}-{occurrence["scheduled"]}@repayd'
        event = by_uid.pop(uid, None)
        if event is None:
            problems.append(f"no event {uid}")
            continue
        due = datetime.date.fromisoformat(occurrence["due"])
        if event["start"] != occurrence["due"] or event["end"] != (due + datetime.timedelta(days=1)).isoformat():
            problems.append(f'{uid}: {event["start"]}..{event["end"]}, due {occurrence["due"]}')
        expected = sorted(r["at"] for r in occurrence["reminders"] if r["stage"] in ("advance", "due"))
        if event["alarms"] != expected:
            problems.append(f'{uid}: alarms {event["alarms"]}, stages {expected}')
        if occurrence["amount"].split(".")[0] not in event["summary"].replace(",", ""):
            problems.append(f'{uid}: the summary "{event["summary"]}" lacks the amount {occurrence["amount"]}')
    problems += [f'an event no occurrence has: {uid}' for uid in by_uid]
    timed_at = sorted(event["start"] for event in timed)
    reminders_at = sorted(reminder["at"] for reminder in schedule["reminders"])
    if timed_at != reminders_at:
        problems.append(f"timed events at {timed_at}, reminders at {reminders_at}")
    checks = raw_checks(data)
    if checks["long_lines"] or checks["bare_line_breaks"] or not checks["ends_in_crlf"]:
        problems.append(f"raw text: {checks}")
    for problem in problems:
        print(problem)
    print(f'{len(schedule["occurrences"])} occurrences, {len(timed)} reminders checked')
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
