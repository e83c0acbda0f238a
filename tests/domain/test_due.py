import datetime as dt

import pytest

from app.domain.due import day_first_for, derive_window, is_overdue

D = dt.date


@pytest.mark.parametrize(
    ("text", "made", "earliest", "latest"),
    [
        ("immediately", D(2001, 6, 8), None, D(2001, 6, 8)),
        ("de inmediato", D(2001, 6, 8), None, D(2001, 6, 8)),
        ("Immediately.", D(2001, 6, 8), None, D(2001, 6, 8)),
        ("within two weeks", D(2001, 6, 8), None, D(2001, 6, 22)),
        ("within 30 days", D(2001, 6, 8), None, D(2001, 7, 8)),
        ("dentro de dos semanas", D(2001, 6, 8), None, D(2001, 6, 22)),
        ("in the next several weeks", D(2001, 6, 21), D(2001, 6, 21), D(2001, 8, 2)),
        ("en las próximas semanas", D(2001, 6, 21), D(2001, 6, 21), D(2001, 8, 2)),
        ("in the next 30 days", D(2001, 6, 1), D(2001, 6, 1), D(2001, 7, 1)),
        ("by September", D(2001, 6, 8), None, D(2001, 9, 30)),
        ("by September", D(2001, 10, 2), None, D(2002, 9, 30)),
        ("by September 2001", D(2001, 6, 8), None, D(2001, 9, 30)),
        ("a más tardar en septiembre", D(2001, 6, 8), None, D(2001, 9, 30)),
        ("by the end of the year", D(2001, 6, 8), None, D(2001, 12, 31)),
        ("antes de fin de año", D(2001, 6, 8), None, D(2001, 12, 31)),
        ("before April 20, 2001", D(2001, 4, 4), None, D(2001, 4, 19)),
        ("by 5 September", D(2001, 6, 8), None, D(2001, 9, 5)),
        ("before 5 September", D(2001, 6, 8), None, D(2001, 9, 4)),
        ("next Tuesday", D(2001, 6, 5), D(2001, 6, 12), D(2001, 6, 12)),  # made on a Tuesday
        ("next Tuesday", D(2001, 6, 4), D(2001, 6, 5), D(2001, 6, 5)),
        ("el próximo martes", D(2001, 6, 5), D(2001, 6, 12), D(2001, 6, 12)),
        ("2001-09-05", None, D(2001, 9, 5), D(2001, 9, 5)),
        ("5 de marzo de 2001", None, D(2001, 3, 5), D(2001, 3, 5)),
        ("March 2002", None, D(2002, 3, 1), D(2002, 3, 31)),
        ("February 2004", None, D(2004, 2, 1), D(2004, 2, 29)),
        ("Q3 2001", None, D(2001, 7, 1), D(2001, 9, 30)),
        ("el tercer trimestre de 2001", None, D(2001, 7, 1), D(2001, 9, 30)),
        ("the first half of 2002", None, D(2002, 1, 1), D(2002, 6, 30)),
        ("mid-July", D(2001, 6, 1), D(2001, 7, 11), D(2001, 7, 20)),
        ("finales de junio", D(2001, 6, 1), D(2001, 6, 21), D(2001, 6, 30)),
        ("between June 1 and July 15, 2001", None, D(2001, 6, 1), D(2001, 7, 15)),
        ("del 1 al 15 de julio", D(2001, 6, 1), D(2001, 7, 1), D(2001, 7, 15)),
        ("next week", D(2001, 6, 8), D(2001, 6, 11), D(2001, 6, 17)),
        ("la semana que viene", D(2001, 6, 8), D(2001, 6, 11), D(2001, 6, 17)),
        ("next month", D(2001, 12, 8), D(2002, 1, 1), D(2002, 1, 31)),
        ("from October 2001", None, D(2001, 10, 1), None),
        ("after 5 September 2001", None, D(2001, 9, 6), None),
        ("tomorrow", D(2001, 2, 28), D(2001, 3, 1), D(2001, 3, 1)),
    ],
)
def test_window_of_phrase(text, made, earliest, latest):
    """Each phrase gives its inclusive window, counted from the date it was made."""
    window = derive_window(text, made)
    assert window.understood
    assert (window.earliest, window.latest) == (earliest, latest)


def test_ambiguous_numeric_date_follows_language_and_says_so():
    """03/04/2001 reads month/day in American English and day/month in Spanish, and tells the reading."""
    american = derive_window("03/04/2001", None, day_first=day_first_for("en"))
    spanish = derive_window("03/04/2001", None, day_first=day_first_for("es"))
    assert american.latest == D(2001, 3, 4) and american.reading == "4 March 2001 (month/day/year)"
    assert spanish.latest == D(2001, 4, 3) and spanish.reading == "3 April 2001 (day/month/year)"


def test_unambiguous_numeric_date_has_no_reading():
    """13/04/2001 can only be 13 April."""
    window = derive_window("13/04/2001", None, day_first=False)
    assert window.latest == D(2001, 4, 13) and window.reading is None


@pytest.mark.parametrize("text", ["when the moon is blue", "", "by Smarch", "31/02/2001", "before the summit"])
def test_unreadable_text_keeps_no_window_and_is_flagged(text):
    """Text Accord cannot read gets no window and is flagged."""
    window = derive_window(text, D(2001, 6, 8))
    assert not window.understood
    assert window.earliest is None and window.latest is None


@pytest.mark.parametrize("text", ["as soon as possible", "regularly", "lo antes posible", "periódicamente"])
def test_open_ended_phrases_are_understood_without_a_window(text):
    """'As soon as possible' is understood; it just has no bound."""
    window = derive_window(text, D(2001, 6, 8))
    assert window.understood and window.open_ended


@pytest.mark.parametrize("text", ["immediately", "by September", "next Tuesday", "within two weeks"])
def test_relative_phrase_without_the_date_it_was_made_has_no_window(text):
    """A phrase that needs the meeting date, with none, keeps no window rather than guessing."""
    window = derive_window(text, None)
    assert window.needs_date and window.open_ended


def test_no_result_depends_on_today(monkeypatch):
    """The same text and date give the same window whatever today is."""
    first = derive_window("by September", D(2001, 6, 8))

    class FrozenDate(dt.date):
        @classmethod
        def today(cls):
            return cls(2030, 1, 1)

    monkeypatch.setattr(dt, "date", FrozenDate)
    assert derive_window("by September", D(2001, 6, 8)) == first


@pytest.mark.parametrize(
    ("status", "latest", "as_of", "overdue"),
    [
        ("not_started", D(2001, 8, 2), D(2001, 9, 10), True),
        ("in_progress", D(2001, 8, 2), D(2001, 8, 2), False),  # due that very day: not yet late
        ("in_progress", D(2001, 8, 2), D(2001, 8, 3), True),
        ("completed", D(2001, 8, 2), D(2001, 9, 10), False),
        ("dropped", D(2001, 8, 2), D(2001, 9, 10), False),
        ("superseded", D(2001, 8, 2), D(2001, 9, 10), False),
        ("not_started", None, D(2001, 9, 10), False),
    ],
)
def test_overdue_is_derived_from_window_status_and_date(status, latest, as_of, overdue):
    """Overdue: still open and the window closed before the as-of date."""
    assert is_overdue(status, latest, as_of) is overdue

