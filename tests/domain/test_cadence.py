import datetime as dt

import pytest

from app.domain.cadence import CadenceNotUnderstood, is_review_day, read_cadence

D = dt.date


def reviews(text: str, start: dt.date, count: int = 5, as_of: dt.date | None = None) -> list[dt.date]:
    return read_cadence(text, start).next_reviews(as_of or start, count)


def test_every_three_months_from_the_first_review():
    assert reviews("every three months", D(2001, 6, 21)) == [
        D(2001, 6, 21), D(2001, 9, 21), D(2001, 12, 21), D(2002, 3, 21), D(2002, 6, 21)]


def test_a_month_end_start_falls_on_the_last_day_of_shorter_months():
    assert reviews("monthly", D(2023, 1, 31), 4) == [D(2023, 1, 31), D(2023, 2, 28), D(2023, 3, 31), D(2023, 4, 30)]
    assert reviews("every month", D(2024, 1, 31), 2) == [D(2024, 1, 31), D(2024, 2, 29)]  # a leap year
    assert reviews("every three months", D(2023, 11, 30), 3) == [D(2023, 11, 30), D(2024, 2, 29), D(2024, 5, 30)]
    assert reviews("monthly", D(2023, 1, 30), 3) == [D(2023, 1, 30), D(2023, 2, 28), D(2023, 3, 30)]


def test_a_yearly_review_from_29_february_keeps_to_february():
    assert reviews("annually", D(2024, 2, 29), 5) == [
        D(2024, 2, 29), D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)]


def test_the_last_thursday_of_each_quarter_in_english_and_spanish():
    expected = [D(2001, 6, 28), D(2001, 9, 27), D(2001, 12, 27), D(2002, 3, 28)]
    assert reviews("the last Thursday of each quarter", D(2001, 6, 21), 4) == expected
    assert reviews("el último jueves de cada trimestre", D(2001, 6, 21), 4) == expected


def test_nth_weekdays_and_days_of_a_period():
    assert reviews("the first Monday of every month", D(2001, 6, 21), 3) == [D(2001, 7, 2), D(2001, 8, 6), D(2001, 9, 3)]
    assert reviews("the last day of each month", D(2024, 1, 15), 3) == [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31)]
    assert reviews("el primer lunes de cada trimestre", D(2000, 12, 20), 2) == [D(2001, 1, 1), D(2001, 4, 2)]


@pytest.mark.parametrize("text, rule", [
    ("cada tres meses", "FREQ=MONTHLY;INTERVAL=3"), ("Quarterly", "FREQ=MONTHLY;INTERVAL=3"),
    ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"), ("fortnightly", "FREQ=WEEKLY;INTERVAL=2"),
    ("every six months", "FREQ=MONTHLY;INTERVAL=6"), ("semestral", "FREQ=MONTHLY;INTERVAL=6"),
    ("every year", "FREQ=YEARLY"), ("cada 10 días", "FREQ=DAILY;INTERVAL=10"),
])
def test_phrases_read_as_rules(text, rule):
    assert read_cadence(text, D(2001, 6, 21)).rule == rule


def test_next_reviews_follow_the_as_of_date():
    assert reviews("every three months", D(2001, 6, 21), 2, as_of=D(2001, 9, 22)) == [D(2001, 12, 21), D(2002, 3, 21)]
    assert reviews("every three months", D(2001, 6, 21), 1, as_of=D(2000, 1, 1)) == [D(2001, 6, 21)]
    assert is_review_day("FREQ=MONTHLY;INTERVAL=3", D(2001, 6, 21), D(2001, 9, 21))
    assert not is_review_day("FREQ=MONTHLY;INTERVAL=3", D(2001, 6, 21), D(2001, 9, 20))


@pytest.mark.parametrize("text", ["whenever", "", "every zero months", "every 0 weeks", "the fifth of never"])
def test_a_phrase_that_is_not_a_cadence_is_refused_with_examples(text):
    with pytest.raises(CadenceNotUnderstood, match="every three months"):
        read_cadence(text, D(2001, 6, 21))
