"""Messages of Django 6.1 that its own Latvian catalogues lack or word against the glossary
(its "Atslēgties" pairs with "pieslēgties"; the site signs in with "pieteikties"), so that
ours has them.

The admin and forms show them to editors (the blank choice of every select box, for one); our
catalogue in locale/ comes first, so its translations fill the gaps. Nothing imports this module.
"""

from django.utils.translation import gettext_noop as _
from django.utils.translation import ngettext_lazy

MESSAGES = [
    _("- Select an option -"),
    _("“%(value)s” is not a valid binary value."),
    _("No %s matches the given query."),
    _('The app "%s" could not be found.'),
    _("Filter by %(field_name)s"),
    _("Logout"),
    _("Log out"),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
]
