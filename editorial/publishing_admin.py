"""Publishing states in the admin for ``Publishable`` models: a status column and filter, and a
warning when something is published without English."""

from django.conf import settings
from django.contrib import admin, messages
from django.utils import formats, timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

from common.publishing import PublicationStatus, Publishable
from editorial.translations import missing_languages


class PublishingStates:
    """Status column and filter for ``Publishable`` models, and a word on missing English."""

    def _publishable(self):
        return issubclass(self.model, Publishable)

    def get_list_display(self, request):
        fields = list(super().get_list_display(request))
        if self._publishable() and "publication_state" not in fields:
            fields.insert(min(2, len(fields)), "publication_state")
        return fields

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if self._publishable() and "status" not in filters:
            filters.insert(0, "status")
        return filters

    @admin.display(description=_("publication"), ordering="publish_at")
    def publication_state(self, obj):
        if obj.status != PublicationStatus.PUBLISHED:
            return _("draft")
        when = formats.date_format(timezone.localtime(obj.publish_at), "SHORT_DATETIME_FORMAT")
        if obj.publish_at > timezone.now():
            return _("scheduled for %(time)s") % {"time": when}
        return _("published %(time)s") % {"time": when}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if self._publishable() and obj.status == PublicationStatus.PUBLISHED:
            # Only the authoritative languages' gaps: a partner's language falls back to English
            # and waits on the translations dashboard.
            missing = [
                (code, name)
                for code, name in settings.LANGUAGES
                if code in settings.AUTHORITATIVE_LANGUAGES and code in missing_languages(obj)
            ]
            if missing:
                messages.warning(
                    request,
                    _(
                        "Published without a translation into %(languages)s: visitors read "
                        "the Latvian text there. It is listed under “Translations to do”."
                    )
                    % {"languages": get_text_list([name for _code, name in missing], _("and"))},
                )
