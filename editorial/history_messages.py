"""The messages django-reversion writes from Python, so that the Latvian catalogue has them.

django-reversion ships no Latvian translation; its templates are copied to
templates/reversion/ for the same reason. Nothing imports this module.
"""

from django.utils.translation import gettext_noop as _

MESSAGES = [
    _("Initial version."),
    _("Reverted to previous version, saved on %(datetime)s"),
    _("Could not load %(object_repr)s version - not found"),
    _("Recover %(name)s"),
    _("Revert %(name)s"),
    _("Recover deleted %(name)s"),
    _("date created"),
    _("comment"),
    _("revision"),
    _("revisions"),
    _("version"),
    _("versions"),
]
