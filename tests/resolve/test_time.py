"""Calendar arithmetic of rasd.resolve.time: anchored on publication, never on today."""
from __future__ import annotations

import importlib.util
from datetime import date, timedelta

import pytest

from rasd.resolve import time as cal


def test_weekday_date_every_day_of_two_weeks() -> None:
    for i in range(14):
        pub = date(2016, 12, 1) + timedelta(days=i)
        for wd in range(7):
            d = cal.weekday_date(pub, wd)
            assert d.weekday() == wd and pub - timedelta(days=6) <= d <= pub
            s = cal.weekday_date(pub, wd, strict_before=True)
            assert s.weekday() == wd and pub - timedelta(days=7) <= s < pub
            n = cal.next_weekday(pub, wd)
            assert n.weekday() == wd and pub < n <= pub + timedelta(days=7)


def test_nearest_weekday() -> None:
    sat = date(2015, 7, 18)
    assert cal.nearest_weekday(sat, 6) == date(2015, 7, 19)       # Sunday: one day later
    assert cal.nearest_weekday(sat, 3) == date(2015, 7, 16)       # Thursday: two days earlier
    assert cal.nearest_weekday(sat, 5) == sat
    for wd in range(7):
        d = cal.nearest_weekday(sat, wd)
        assert d.weekday() == wd and abs((d - sat).days) <= 3


def test_day_month_without_year() -> None:
    pub = date(2015, 7, 21)
    assert cal.resolve_day_month(pub, 20, 7) == date(2015, 7, 20)
    assert cal.resolve_day_month(pub, 24, 7) == date(2015, 7, 24)          # within 14 days after
    assert cal.resolve_day_month(pub, 4, 8) == date(2015, 8, 4)
    assert cal.resolve_day_month(pub, 5, 8) == date(2014, 8, 5)            # too far ahead
    assert cal.resolve_day_month(pub, 21, 7, "past") == date(2014, 7, 21)
    assert cal.resolve_day_month(pub, 1, 2, "future") == date(2016, 2, 1)
    assert cal.resolve_day_month(pub, 29, 2) == date(2012, 2, 29)          # last leap year
    assert cal.resolve_day_month(date(2016, 12, 30), 2, 1) == date(2017, 1, 2)
    assert cal.resolve_day_month(pub, 31, 6, "current") is None


def test_month_and_week_coding() -> None:
    pub = date(2015, 7, 21)
    assert cal.resolve_month(pub, 7, None) == (2015, 7)
    assert cal.resolve_month(pub, 8, None) == (2014, 8)
    assert cal.resolve_month(pub, 7, "past") == (2014, 7)
    assert cal.resolve_month(pub, 7, "future") == (2016, 7)
    assert cal.month_day(2015, 7, None, pub) == date(2015, 7, 15)
    assert cal.month_day(2015, 7, "end", pub) == pub                      # never after publication
    assert cal.month_day(2015, 2, "end", None) == date(2015, 2, 25)
    assert cal.week_day(pub, 1) == date(2015, 7, 15)                        # Wednesday of last week
    assert cal.week_day(pub, 0) == pub                                      # clamped
    assert cal.week_day(pub, -1) == date(2015, 7, 29)
    assert cal.add_months(2015, 1, -1) == (2014, 12)
    assert cal.add_months(2015, 12, 1) == (2016, 1)


def test_tabular_hijri_round_trip() -> None:
    d = date(1990, 1, 1)
    for i in range(0, 15000, 3):
        x = d + timedelta(days=i)
        assert cal.tabular_hijri_to_gregorian(*cal.tabular_gregorian_to_hijri(x)) == x


@pytest.mark.skipif(importlib.util.find_spec("hijridate") is None, reason="hijridate not installed")
def test_tabular_close_to_umm_al_qura() -> None:
    import hijridate
    for y in range(1400, 1460):
        for m in range(1, 13):
            a = cal.tabular_hijri_to_gregorian(y, m, 1)
            b = hijridate.Hijri(y, m, 1).to_gregorian()
            assert abs((a - b).days) <= 2


def test_hijri_conversion() -> None:
    d = cal.hijri_to_gregorian(1436, 9, 15)
    assert d is not None and abs((d - date(2015, 7, 2)).days) <= 2
    assert cal.hijri_to_gregorian(1436, 13, 1) is None
    y, m, _ = cal.gregorian_to_hijri(date(2015, 7, 21))
    assert (y, m) == (1436, 10)
    assert cal.resolve_hijri_month(date(2015, 7, 21), 9, None) == 1436
    assert cal.resolve_hijri_month(date(2015, 7, 21), 11, None) == 1435
    assert cal.resolve_hijri_month(date(2015, 7, 21), 10, "past") == 1435
