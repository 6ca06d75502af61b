"""Prints what the chinese-calendar package (PyPI) says of every day of the given years.

One line a day: `YYYY-MM-DD work|off NAMED`, where NAMED is `named` when the package lists the
day in its statutory tables (a public holiday, or a weekend day worked to make up for one) and
`-` for an ordinary weekday or weekend. repayd's seed holiday lists are checked against it: the
package is kept by other people from the same State Council notices, so a typo in either shows.

Usage: python chinese_calendar_days.py FIRST_YEAR LAST_YEAR
"""

import datetime
import sys

import chinese_calendar


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    day = datetime.date(first, 1, 1)
    while day.year <= last:
        is_off, name = chinese_calendar.get_holiday_detail(day)
        print(day.isoformat(), "off" if is_off else "work", "named" if name else "-")
        day += datetime.timedelta(days=1)


if __name__ == "__main__":
    main()
