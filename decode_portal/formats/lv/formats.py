# "2018. gada decembris", as full dates say "2018. gada 9. oktobris", not the abbreviated
# "2018. g. decembris" of Django's default.
YEAR_MONTH_FORMAT = r"Y. \g\a\d\a F"
