"""Date and number formats per language (settings.FORMAT_MODULE_PATH), on top of Django's own
locale formats: corrections (Ukrainian genitive month after a day, Arabic date-times) and the
portal's own named formats, which every language here must define (tests/test_formats.py),
because django.utils.formats.get_format returns an unknown name as the pattern itself:

EVENT_DATETIME_FORMAT        weekday, day, month, year, time ("Donnerstag, 10. Dezember 2026, 18:00")
EVENT_LIST_DATETIME_FORMAT   the same with a short weekday ("Do, 10. Dezember 2026, 18:00")
MONTH_DAY_TIME_FORMAT        day, month, time ("10. Dezember, 18:00")
MONEY_FORMAT                 an amount in euros, %(amount)s already localised ("1.250,00 €")
"""

CUSTOM_FORMATS = ("EVENT_DATETIME_FORMAT", "EVENT_LIST_DATETIME_FORMAT", "MONTH_DAY_TIME_FORMAT", "MONEY_FORMAT")
