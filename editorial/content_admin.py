"""The admin of every content model, ``ContentAdmin``, and the jobs it is made of.

An app's admin for a content model subclasses ``ContentAdmin`` and gets, with no more code:

- translation tabs and a ``translation_status`` list column (modeltranslation);
- history with undo (``history.VersionHistory``, django-reversion): every admin save is a
  version with its author and time, the history page lists them, any one can be restored,
  deleted objects can be recovered. Objects edited together with their parts (inlines) are
  versioned with them; other related objects that belong in the same version are named in
  ``history_follow``;
- publishing states for ``Publishable`` models (``publishing_admin.PublishingStates``): a
  status column and filter, and a warning when something is published without English;
- Latvian wording (``wording.LatvianWording``, which every admin of the site gets; see
  grammar.py): the model's name in the case and gender each phrase needs;
- limits for partner editors (``scoping.PartnerLimits``): ``partner_field`` says how an object
  belongs to a partner (an ORM path: ``"pk"`` on the partner itself, ``"partner"``,
  ``"partners"`` for tags, ``"event__host"``). Partner editors see, change and delete only
  their partner's objects, can choose only their partner there, and never see an admin
  without ``partner_field``.
"""

from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from editorial.history import VersionHistory
from editorial.publishing_admin import PublishingStates
from editorial.scoping import PartnerLimits
from editorial.translations import missing_languages
from editorial.wording import LatvianWording


class ContentAdmin(
    LatvianWording,
    PartnerLimits,
    PublishingStates,
    VersionHistory,
    TabbedTranslationAdmin,
):
    """The admin of every content model: translation tabs, history, publishing, partner limits."""

    class Media:
        # The rich-text editor's toolbar tooltips in the admin's language (see the script).
        js = ["js/rich-text-tooltips.js"]

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = set(missing_languages(obj))
        return format_html_join(
            " ",
            '<span class="translation-status translation-status--{}" title="{}">{} {}</span>',
            (
                (
                    "missing" if code in missing else "complete",
                    _("incomplete") if code in missing else _("complete"),
                    code.upper(),
                    "✗" if code in missing else "✓",
                )
                for code in settings.AUTHORITATIVE_LANGUAGES
            ),
        )
