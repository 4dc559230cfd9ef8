import datetime as dt

from engagiert.demo.clock import at, days, in_order


def test_in_order_pairs_planned_objects_with_existing_ones_and_returns_the_surplus():
    assert in_order(["a", "b"], 3) == (["a", "b", None], [])
    assert in_order(["a", "b", "c"], 2) == (["a", "b"], ["c"])
    assert in_order([], 0) == ([], [])


def test_days_and_at_are_relative_to_the_given_day():
    assert days(dt.date(2026, 1, 15), -20) == dt.date(2025, 12, 26)
    moment = at(dt.date(2026, 1, 15), 17, 30)
    assert moment.tzinfo is not None and (moment.hour, moment.minute) == (17, 30)
