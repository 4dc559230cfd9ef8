# "E": the month's alternative name, in Ukrainian the genitive ("10 грудня"), wherever the
# day comes before the month; "F" (nominative, "Грудень 2026") only without a day.
DATE_FORMAT = "j E Y р."
DATETIME_FORMAT = "j E Y р., H:i"
MONTH_DAY_FORMAT = "j E"
EVENT_DATETIME_FORMAT = "l, j E Y, H:i"
EVENT_LIST_DATETIME_FORMAT = "D, j E Y, H:i"
MONTH_DAY_TIME_FORMAT = "j E, H:i"
MONEY_FORMAT = "%(amount)s\xa0€"
WEEKDAY_DAY_FORMAT = "l, j E"
