"""The site's date formats where Django's defaults do not fit a European site.

Django reads these before its own locale formats (FORMAT_MODULE_PATH); whatever is not set
here comes from Django, input formats included.
"""
