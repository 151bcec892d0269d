"""Messages of Django's and django-axes' admin that the site's Latvian catalogue words itself.

Django's Latvian catalogue has the phrases below with the wrong case or verb ("Apskatīt
atzīmētos partneris"); django-axes ships no Latvian at all (its models, fields, filters and
actions show in the admin). Listed here so that makemessages puts them into our catalogue,
which comes first. Nothing imports this module.
"""

from django.utils.translation import gettext_noop as _
from django.utils.translation import npgettext_lazy, pgettext_lazy

DJANGO = [
    # The tooltips of the links beside a choice of related object (the name in the accusative).
    _("Change selected %(model)s"),
    _("Add another %(model)s"),
    _("Delete selected %(model)s"),
    _("View selected %(model)s"),
    # History entries.
    _("Added {name} “{object}”."),
    _("Added."),
    _("Changed {fields} for {name} “{object}”."),
    _("Changed {fields}."),
    _("Deleted {name} “{object}”."),
    _("No fields changed."),
    _("You may edit it again below."),
    # Names after a preposition or a verb in Django's lists and history ("Pēc statuss",
    # "Meklēt mobilitātes pasākumi"): ours name the field or model after a colon or in quotes.
    _(" By %(filter_title)s "),
    _("Search %(name)s"),
    _("Pagination %(name)s"),
    _("Pagination %(name)s entries"),
    # The list's "Select all 12 …": LatvianWording passes "visas labās prakses" as a whole.
    _("Select all %(total_count)s %(module_name)s"),
    # The bulk delete's confirmation: LatvianWording passes "atlasītās tēmas" as a whole.
    _(
        "Deleting the selected %(objects_name)s would result in deleting related objects, "
        "but your account doesn't have permission to delete the following types of objects:"
    ),
    _(
        "Deleting the selected %(objects_name)s would require deleting the following "
        "protected related objects:"
    ),
    _(
        "Are you sure you want to delete the selected %(objects_name)s? All of the following "
        "objects and their related items will be deleted:"
    ),
]

AXES = [
    _("access attempt"),
    _("access attempts"),
    _("access failure"),
    _("access failures"),
    _("access log"),
    _("access logs"),
    _("access attempt expiration"),
    _("access attempt expirations"),
    _("Access Attempt"),
    _("Access lock out"),
    _("User Agent"),
    _("IP Address"),
    _("Username"),
    _("HTTP Accept"),
    _("Path"),
    _("Attempt Time"),
    _("GET Data"),
    _("POST Data"),
    _("Failed Logins"),
    _("Expires At"),
    _("The time when access attempt expires and is no longer valid."),
    _("Logout Time"),
    _("Session key hash (sha256)"),
    _("Locked Out"),
    _("Form Data"),
    _("Meta Data"),
    _("Clean up expired attempts"),
    _("Not set"),
    _("Attempt Remaining"),
    _("Account locked: too many login attempts. Please try again later."),
    _("Account locked: too many login attempts. Contact an admin to unlock your account."),
]


# The admin's phrases whose participle agrees with the model's gender: admin_grammar.py and
# LatvianWording choose the context from NOUNS at run time, so makemessages finds them here.
GENDERED = [
    pgettext_lazy("feminine", "The {name} “{obj}” was added successfully."),
    pgettext_lazy("feminine", "The {name} “{obj}” was changed successfully."),
    pgettext_lazy(
        "feminine", "The {name} “{obj}” was changed successfully. You may edit it again below."
    ),
    pgettext_lazy(
        "feminine",
        "The {name} “{obj}” was added successfully. You may add another {accusative} below.",
    ),
    pgettext_lazy(
        "feminine",
        "The {name} “{obj}” was changed successfully. You may add another {accusative} below.",
    ),
    pgettext_lazy("feminine", "The %(name)s “%(obj)s” was deleted successfully."),
    pgettext_lazy("feminine", "%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    pgettext_lazy("feminine", "Delete selected %(verbose_name_plural)s"),
    pgettext_lazy("feminine", "Recover deleted %(name)s"),
    pgettext_lazy("feminine", "all %(name)s"),
    npgettext_lazy("feminine", "the selected %(name)s", "the selected %(name)s", "count"),
    npgettext_lazy(
        "feminine",
        "Successfully deleted %(count)d %(items)s.",
        "Successfully deleted %(count)d %(items)s.",
        "count",
    ),
    pgettext_lazy("masculine", "The {name} “{obj}” was added successfully."),
    pgettext_lazy("masculine", "The {name} “{obj}” was changed successfully."),
    pgettext_lazy(
        "masculine", "The {name} “{obj}” was changed successfully. You may edit it again below."
    ),
    pgettext_lazy(
        "masculine",
        "The {name} “{obj}” was added successfully. You may add another {accusative} below.",
    ),
    pgettext_lazy(
        "masculine",
        "The {name} “{obj}” was changed successfully. You may add another {accusative} below.",
    ),
    pgettext_lazy("masculine", "The %(name)s “%(obj)s” was deleted successfully."),
    pgettext_lazy("masculine", "%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    pgettext_lazy("masculine", "Delete selected %(verbose_name_plural)s"),
    pgettext_lazy("masculine", "Recover deleted %(name)s"),
    pgettext_lazy("masculine", "all %(name)s"),
    npgettext_lazy("masculine", "the selected %(name)s", "the selected %(name)s", "count"),
    npgettext_lazy(
        "masculine",
        "Successfully deleted %(count)d %(items)s.",
        "Successfully deleted %(count)d %(items)s.",
        "count",
    ),
]
