"""Calendar arithmetic for date expressions, always anchored on the article's publication date.

Why a module of its own: the recogniser (rasd.recognize.dates) finds *what* the text says
("the Thursday before last", "mid-July", "15 Ramadan"); turning that into a day is pure
calendar arithmetic that must never look at today's date, and is easiest to test apart.

Conventions (ACLED's ``time_precision``: 1 day, 2 week or range of days, 3 month):

* A weekday is the most recent such day on or before the anchor (ANNOTATION.md); with «الماضي»
  strictly before it; with «المقبل» strictly after it.
* A day and month without a year is the most recent such date on or before publication, unless
  it falls at most ``FUTURE_GRACE_DAYS`` (14) after publication: «يوم 21 أغسطس» in an article of
  9 August announces a coming day far more often than it recalls last year's.
* A week (precision 2) is coded on its middle day, Wednesday, of the Sunday-to-Saturday week
  (the working week of most Arab countries); "start of the week" is its Monday and "end of the
  week" its Friday. A day that would fall after publication is clamped to publication.
* A month (precision 3) is coded on its 15th; "early/mid/late month" (precision 2) on the 5th,
  15th and 25th. Days after publication are again clamped to publication for the current month.
* A weekday named next to a relative word («أمس الخميس») is the such weekday nearest to the
  relative day: the weekday wins a one-day disagreement (a story re-dated by a day).
* Hijri dates use the Umm al-Qura calendar through the ``hijridate`` package when it is installed
  (exact for 1343-1500 AH); otherwise, and outside that range, the arithmetic (tabular) Islamic
  calendar, which can differ from Umm al-Qura by a day or two. Day 30 of a 29-day Umm al-Qura
  month is read as its last day (forms and deadlines write «30» for "end of month").
* A Hijri month without a year is the latest such month on or before publication; a Hijri month
  (precision 3) is coded on its 15th day.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Optional

FUTURE_GRACE_DAYS = 14

#: day of month used for a part of a month: start, middle, end, or the whole month (None)
MONTH_PART_DAY = {"start": 5, "middle": 15, "end": 25, None: 15}
#: days after the week's Sunday for a part of a week
WEEK_PART_OFFSET = {"start": 1, "middle": 3, "end": 5, None: 3}


def weekday_date(published: date, weekday: int, strict_before: bool = False) -> date:
    """The most recent ``weekday`` (Monday 0 .. Sunday 6) on or before ``published``.

    With ``strict_before`` the publication day itself is excluded («الخميس الماضي» in a Thursday
    article is the Thursday a week earlier).
    """
    back = (published.weekday() - weekday) % 7
    if back == 0 and strict_before:
        back = 7
    return published - timedelta(days=back)


def nearest_weekday(anchor: date, weekday: int) -> date:
    """The ``weekday`` closest to ``anchor`` (at most three days away).

    Why: «أمس الخميس» names the day twice; when the two disagree (a paper dated the day after it
    was written, a wire story re-dated), the weekday is the more reliable, and the nearest one
    to the relative day is the one meant.
    """
    return anchor + timedelta(days=((weekday - anchor.weekday() + 3) % 7) - 3)


def next_weekday(published: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``published`` («الخميس المقبل»)."""
    ahead = (weekday - published.weekday()) % 7
    return published + timedelta(days=ahead or 7)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def clamp_day(year: int, month: int, day: int) -> date:
    """``date(year, month, day)`` with the day cut to the month's length."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def valid_date(year: int, month: int, day: int) -> Optional[date]:
    """The date, or None when the triple is not a calendar date (31 June, 30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_day(year: int, month: int, part: Optional[str], published: Optional[date]) -> date:
    """The day coding a month (or a part of it); never after publication within that month."""
    d = clamp_day(year, month, MONTH_PART_DAY[part])
    if published is not None and (year, month) == (published.year, published.month) and d > published:
        d = published
    return d


def week_day(published: date, weeks_back: int, part: Optional[str] = None) -> date:
    """The day coding a week: ``weeks_back`` 0 this week, 1 last week, -1 next week."""
    sunday = published - timedelta(days=(published.weekday() + 1) % 7)
    d = sunday - timedelta(weeks=weeks_back) + timedelta(days=WEEK_PART_OFFSET[part])
    if weeks_back >= 0 and d > published:
        d = published
    return d


def resolve_month(published: date, month: int, rel: Optional[str]) -> tuple[int, int]:
    """The (year, month) a month name without a year refers to.

    ``rel``: None (most recent on or before publication), "past" (strictly before the current
    month), "current" (this year's), "future" (strictly after the current month).
    """
    y, m = published.year, published.month
    if rel == "current":
        return y, month
    if rel == "future":
        return (y, month) if month > m else (y + 1, month)
    if rel == "past":
        return (y, month) if month < m else (y - 1, month)
    return (y, month) if month <= m else (y - 1, month)


def resolve_day_month(published: date, day: int, month: int, rel: Optional[str] = None) -> Optional[date]:
    """The date a day and month without a year refer to (see module conventions)."""
    if rel == "future":
        for y in (published.year, published.year + 1):
            d = valid_date(y, month, day)
            if d is not None and d > published:
                return d
        return None
    if rel == "current":
        return valid_date(published.year, month, day)
    for y in range(published.year + 1, published.year - 5, -1):
        d = valid_date(y, month, day)
        if d is None:
            continue
        if rel == "past" and d >= published:
            continue
        if rel is None and (d - published).days > FUTURE_GRACE_DAYS:
            continue
        return d
    return None


# ---------------------------------------------------------------- Hijri calendar

_ISLAMIC_EPOCH = date(622, 7, 19).toordinal()   # 1 Muharram 1 AH (Julian 16 July 622), civil epoch


def _tabular_to_ordinal(year: int, month: int, day: int) -> int:
    return (day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
            + _ISLAMIC_EPOCH - 1)


def tabular_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The arithmetic Islamic calendar (30-year cycle, leap years 2 5 7 10 13 16 18 21 24 26 29)."""
    return date.fromordinal(_tabular_to_ordinal(year, month, day))


def tabular_gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """Inverse of ``tabular_hijri_to_gregorian``."""
    o = d.toordinal()
    year = (30 * (o - _ISLAMIC_EPOCH) + 10646) // 10631
    while _tabular_to_ordinal(year + 1, 1, 1) <= o:
        year += 1
    while _tabular_to_ordinal(year, 1, 1) > o:
        year -= 1
    month = 12
    while month > 1 and _tabular_to_ordinal(year, month, 1) > o:
        month -= 1
    return year, month, o - _tabular_to_ordinal(year, month, 1) + 1


def _umm_al_qura():
    """The ``hijridate`` module (Umm al-Qura tables) or None when it is not installed."""
    try:
        import hijridate
    except ImportError:
        return None
    return hijridate


#: the years hijridate's Umm al-Qura tables cover
UMM_AL_QURA_YEARS = (1343, 1500)


def hijri_to_gregorian(year: int, month: int, day: int) -> Optional[date]:
    """Umm al-Qura when ``hijridate`` covers the year, else the tabular calendar; None if invalid."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    hd = _umm_al_qura()
    if hd is not None and UMM_AL_QURA_YEARS[0] <= year <= UMM_AL_QURA_YEARS[1]:
        try:
            return hd.Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            if day != 30:
                return None
            # «حتى 30/11/1436هـ» in a 29-day month: writers mean the month's last day
            try:
                return hd.Hijri(year, month, 29).to_gregorian()
            except (ValueError, OverflowError):
                return None
    # The tabular calendar is only an approximation of the observed months, so day 30 of one of
    # its 29-day months is kept (it lands on the next month's first day) rather than refused.
    return tabular_hijri_to_gregorian(year, month, day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """(year, month, day) in the Hijri calendar (Umm al-Qura where covered)."""
    hd = _umm_al_qura()
    if hd is not None:
        try:
            h = hd.Gregorian(d.year, d.month, d.day).to_hijri()
            return h.year, h.month, h.day
        except (ValueError, OverflowError):
            pass
    return tabular_gregorian_to_hijri(d)


def resolve_hijri_month(published: date, month: int, rel: Optional[str]) -> int:
    """The Hijri year a Hijri month name without a year refers to (same rules as Gregorian)."""
    hy, hm, _ = gregorian_to_hijri(published)
    if rel == "current":
        return hy
    if rel == "future":
        return hy if month > hm else hy + 1
    if rel == "past":
        return hy if month < hm else hy - 1
    return hy if month <= hm else hy - 1


def hijri_month_span(year: int, month: int) -> Optional[tuple[date, date]]:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    ny, nm = add_months(year, month, 1)
    nxt = hijri_to_gregorian(ny, nm, 1)
    last = (nxt - timedelta(days=1)) if nxt else first + timedelta(days=28)
    return first, last
