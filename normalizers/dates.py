"""Dates as sources write them: ``Oct 8, 2023``, ``Jun 3`` (no year), ``Oct 2023`` (no day),
``2023``, ISO."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MDY = re.compile(r"^(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?$")
# The day first, with or without a year ("8 Oct 2023", "3 Jun"), as pages in such locales print it.
_DMY = re.compile(r"^(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?(?:,?\s+(?P<year>\d{4}))?$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A month and a year with no day ("Feb 2007", "February 2007", "Feb. 2007"), as a listing's
# header prints a date after a redesign: the year is known, the day is not (no full date).
_MY = re.compile(r"^(?P<mon>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<year>(?:19|20)\d\d)$")


def parse_date(text: str | None, capture: date) -> tuple[date | None, int | None]:
    """(full date or None, year or None). A date without a year takes the latest year that
    does not put it after ``capture`` (the day the page was captured)."""
    if not text:
        return None, None
    text = text.strip()
    if _YEAR.match(text):
        return None, int(text)
    m = _ISO.match(text)
    if m:
        try:
            d = date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None, int(m["year"])
        return d, d.year
    m = _MY.match(text)
    if m and m["mon"].lower() in _MONTHS:
        return None, int(m["year"])
    m = _MDY.match(text) or _DMY.match(text)
    if not m or m["mon"].lower() not in _MONTHS:
        return None, None
    month, day = _MONTHS[m["mon"].lower()], int(m["day"])
    if m["year"]:
        try:
            d = date(int(m["year"]), month, day)
        except ValueError:
            return None, int(m["year"])
        return d, d.year
    for year in (capture.year, capture.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:  # Feb 29 in a non-leap year
            continue
        if d <= capture:
            return d, year
    return None, None
