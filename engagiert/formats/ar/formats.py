# Django's Arabic locale has no date-time formats; the Arabic comma "،" separates the parts.
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
EVENT_DATETIME_FORMAT = "l، j F Y، H:i"
EVENT_LIST_DATETIME_FORMAT = "D، j F Y، H:i"
MONTH_DAY_TIME_FORMAT = "j F، H:i"
MONEY_FORMAT = "%(amount)s\xa0€"
WEEKDAY_DAY_FORMAT = "l، j F"
