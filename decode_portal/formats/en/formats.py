# English as the EU writes it: day before month, 24-hour clock ("14 November 2019", "14:30"),
# as the meetings' own dates are written, not the US "Nov. 14, 2019".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1
