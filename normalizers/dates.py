"""Dates as sources write them: ``Oct 8, 2023``, ``Jun 3`` (no year), ``Oct 2023`` (no day),
``2023``, ISO (``2023-10-08``, ``2023-10``), the day first in other locales (``8. Okt. 2023``,
``18 juin 2021``, ``6 févr.``), relative to the day the page was seen (``3 days ago``), a
locale's numeric short form (``10/8/2023``, ``8.10.2023``, ``2023/10/08``), the year first as
MEDLINE prints it (``2023 Oct 8``), the CJK locales' long form (``2021年6月18日``, ``2月6日``), and
any of these after an English weekday (``Wed, Jan 7``)."""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# The months' names as pages in other locales print them: CLDR's abbreviated and wide "format"
# month names (Unicode Common Locale Data Repository, as browsers' Intl.DateTimeFormat gives
# them) for German, French, Spanish, Italian, Portuguese and Dutch, one tuple per month, the
# abbreviations without their closing period. No word names two months in these languages.
LOCALE_MONTHS = (
    ("januar", "jan", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"),
    ("februar", "feb", "février", "févr", "febrero", "febbraio", "fevereiro", "fev", "februari"),
    ("märz", "mär", "mars", "marzo", "mar", "março", "maart", "mrt"),
    ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    ("mai", "mayo", "may", "maggio", "mag", "maio", "mei"),
    ("juni", "jun", "juin", "junio", "giugno", "giu", "junho"),
    ("juli", "jul", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    ("august", "aug", "août", "agosto", "ago", "augustus"),
    ("september", "sept", "sep", "septembre", "septiembre", "settembre", "set", "setembro"),
    ("oktober", "okt", "octobre", "oct", "octubre", "ottobre", "ott", "outubro", "out"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "december", "dec"),
)
_LOCALE_MONTH = {w: k for k, words in enumerate(LOCALE_MONTHS, start=1) for w in words}
# One alternation of those words for the readers' patterns (a closing period after them
# allowed), in small letters and capitalised, longest first.
LOCALE_MONTH_PATTERN = "|".join(
    re.escape(v) for v in sorted({f(w) for w in _LOCALE_MONTH for f in (str.lower, str.capitalize)}, key=lambda w: (-len(w), w)))
# The day first with a locale's month name: "18 juin 2021", "6 févr.", and German's period after
# the day ("8. Okt. 2023", "3. Juni").
_DMY_LOCALE = re.compile(r"^(?P<day>\d{1,2})\.?\s+(?P<mon>[^\W\d_]+)\.?(?:,?\s+(?P<year>\d{4}))?$")
_ISO_MONTH = re.compile(r"^(?P<year>\d{4})-(?:0[1-9]|1[0-2])$")  # "2023-10": a year and a month, no day
# A date relative to the day the page was seen, as feeds and social pages print recent ones
# ("yesterday", "3 days ago", "a week ago", "2 months ago", "5 hours ago"): counted back from
# the capture in its own unit (a month back keeps the day of the month where it can).
RELATIVE_DATE = (r"(?:yesterday|today|just now|(?:an?|\d{1,3}) (?:second|minute|hour|day|week|month|year)s? ago)")
_RELATIVE = re.compile(rf"^{RELATIVE_DATE}$", re.IGNORECASE)
_RELATIVE_PARTS = re.compile(r"^(?P<n>an?|\d{1,3}) (?P<unit>second|minute|hour|day|week|month|year)s? ago$", re.IGNORECASE)


def is_relative(text: str | None) -> bool:
    """Whether ``text`` is a date relative to the day the page was seen ("3 days ago")."""
    return bool(text) and bool(_RELATIVE.match(text.strip()))


def _relative(text: str, capture: date) -> date:
    low = text.strip().lower()
    if low == "yesterday":
        return capture - timedelta(days=1)
    m = _RELATIVE_PARTS.match(low)
    if not m:
        return capture  # "today", "just now"
    n = 1 if m["n"] in ("a", "an") else int(m["n"])
    unit = m["unit"]
    if unit in ("second", "minute", "hour"):
        return capture  # (the day is the capture's: a page's relative hours are not dated finer)
    if unit in ("day", "week"):
        return capture - timedelta(days=n * (7 if unit == "week" else 1))
    months = capture.year * 12 + capture.month - 1 - (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    for day in range(capture.day, 0, -1):  # (Mar 31 one month back: the last day of February)
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    return date(year, month + 1, 1)
_MDY = re.compile(r"^(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?$")
# The day first, with or without a year ("8 Oct 2023", "3 Jun"), as pages in such locales print it.
_DMY = re.compile(r"^(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?(?:,?\s+(?P<year>\d{4}))?$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A month and a year with no day ("Feb 2007", "February 2007", "Feb. 2007"), as a listing's
# header prints a date after a redesign: the year is known, the day is not (no full date).
_MY = re.compile(r"^(?P<mon>[A-Za-z]{3})[a-z]*\.?,?\s+(?P<year>(?:19|20)\d\d)$")


# A locale's numeric short date (CLDR's short date patterns): the day and the month as numbers
# before a four-digit year, between slashes (en-US "10/8/2023" month first, en-GB "08/10/2023"
# day first: the page does not say which, so the day is known only where one reading is no
# date) or periods (de, ru, ... "8.10.2023": always the day first); the year first between
# slashes or periods (ja, zh "2023/10/08", ko "2023. 10. 8."): year, month, day.
_NUMERIC_DMY = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)$")
_NUMERIC_YMD = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<sep>[./]) ?(?P<month>\d{1,2})(?P=sep) ?(?P<day>\d{1,2})\.?$")
# The year first, then the month's name and the day, as MEDLINE prints a date ("2023 Oct 8",
# "2023 Oct", "2023 October 8").
_YMD_NAMED = re.compile(r"^(?P<year>(?:19|20)\d\d)\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?(?:\s+(?P<day>\d{1,2}))?$")
# The CJK locales' long date (CLDR: ja and zh "y年M月d日", ko "y년 M월 d일"), the year left out
# for a day of the current year ("2月6日", "2월 6일").
_CJK_DATE = re.compile(r"^(?:(?P<year>\d{4})\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]$")
# An English weekday before a date ("Wed, Jan 7", "Friday, June 18, 2021"), as weekly and
# calendar views print days: no part of the date.
_WEEKDAY = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?=\S)")
_DIGITS_START = frozenset("0123456789")
# A period as a weekly or monthly view dates itself: an ISO 8601 week ("2026-W02", read as its
# last day, Sunday) or a range of days ("Jan 5 – Jan 11, 2026", read as its last day, the
# first's year taken from the end when the end carries it; a month left out before the end's
# day is the first's: "Jan 5 – 11, 2026").
_ISO_WEEK = re.compile(r"^(?P<year>\d{4})-W(?P<week>\d{2})$")
_RANGE = re.compile(r"^(?P<start>(?P<mon>[A-Za-z]{3})[a-z]*\.? \d{1,2}(?:, \d{4})?) [–-] (?P<end>.+)$")


def _numeric(text: str) -> tuple[date | None, int | None] | None:
    """``parse_date`` of a numeric or CJK date, or None when ``text`` is none."""
    m = _NUMERIC_DMY.match(text)
    if m:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        readings = [(b, a)] if m["sep"] == "." else [(a, b), (b, a)]  # (month, day)
        days = set()
        for month, day in readings:
            try:
                days.add(date(year, month, day))
            except ValueError:
                continue
        return (days.pop() if len(days) == 1 else None), year
    m = _NUMERIC_YMD.match(text) or _CJK_DATE.match(text)
    if m and m["year"]:
        try:
            d = date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None, int(m["year"])
        return d, d.year
    if m:
        return None  # (a CJK day without its year: the caller counts it back)
    m = _YMD_NAMED.match(text)
    if m and m["mon"].lower() in _MONTHS:
        if not m["day"]:
            return None, int(m["year"])
        try:
            d = date(int(m["year"]), _MONTHS[m["mon"].lower()], int(m["day"]))
        except ValueError:
            return None, int(m["year"])
        return d, d.year
    return None


def parse_date(text: str | None, capture: date) -> tuple[date | None, int | None]:
    """(full date or None, year or None). A date without a year takes the latest year that
    does not put it after ``capture`` (the day the page was captured)."""
    if not text:
        return None, None
    text = text.strip()
    if "W" in text and (week := _ISO_WEEK.match(text)):
        try:
            d = date.fromisocalendar(int(week["year"]), int(week["week"]), 7)
        except ValueError:
            return None, int(week["year"])
        return d, d.year
    if " – " in text or " - " in text:
        range_end = _RANGE.match(text)
        if range_end:
            text = range_end["end"].strip()
            if text[:1].isdigit():
                text = f"{range_end['mon']} {text}"
    if text[:1] in "MTWFS" and (weekday := _WEEKDAY.match(text)):
        text = text[weekday.end():]
    if text[:1] in _DIGITS_START:
        got = _numeric(text)
        if got is not None:
            return got
    if _YEAR.match(text):
        return None, int(text)
    if _RELATIVE.match(text):
        d = _relative(text, capture)
        return d, d.year
    m = _ISO_MONTH.match(text)
    if m:
        return None, int(m["year"])
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
    if m and m["mon"].lower() in _MONTHS:
        month, day = _MONTHS[m["mon"].lower()], int(m["day"])
    elif (m := _DMY_LOCALE.match(text)) and m["mon"].lower() in _LOCALE_MONTH:
        month, day = _LOCALE_MONTH[m["mon"].lower()], int(m["day"])
    elif m := _CJK_DATE.match(text):
        month, day = int(m["month"]), int(m["day"])
    else:
        return None, None
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
