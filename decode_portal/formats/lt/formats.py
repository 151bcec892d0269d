# Lithuanian groups thousands with a space ("90 000 €", "379 706"), not with Django's full stop.
THOUSAND_SEPARATOR = "\xa0"
