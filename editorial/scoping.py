"""Whose content a staff user may edit: everything, or one partner's.

Members of the "Editors" group (and superusers) edit all content. Members of the "Partner
editors" group edit only what belongs to the partner they are linked to. The link itself lives
in the partners app, which registers how to read it (``register_partner_resolver``); this
module imports no domain app.

Admins declare how their objects belong to a partner with ``partner_field`` (see
``PartnerLimits`` below).
"""

from django.utils.translation import gettext_lazy as _

from editorial.groups import EDITORS_GROUP, PARTNER_EDITORS_GROUP

# A partner id no row has: a partner editor who is linked to no partner edits nothing.
NO_PARTNER = 0

_resolvers = []


def register_partner_resolver(resolver):
    """Register ``resolver(user) -> partner id or None`` (the partners app does, on start-up)."""
    if resolver not in _resolvers:
        _resolvers.append(resolver)


def partner_scope(user):
    """``None`` when ``user``'s edits are not limited to one partner, else that partner's id.

    Read once per user object (that is, once per request) and kept on it.
    """
    if hasattr(user, "_partner_scope"):
        return user._partner_scope
    scope = None
    if user.is_authenticated and not user.is_superuser:
        groups = set(user.groups.values_list("name", flat=True))
        if PARTNER_EDITORS_GROUP in groups and EDITORS_GROUP not in groups:
            scope = NO_PARTNER
            for resolver in _resolvers:
                partner_id = resolver(user)
                if partner_id:
                    scope = partner_id
                    break
    user._partner_scope = scope
    return scope


class PartnerLimits:
    """Partner editors see and edit only the objects of their own partner.

    Enforced in ``get_queryset`` (lists, change, history and delete pages), in the object
    permissions and in the choices of the field that says whose an object is.
    """

    # ORM path from this model to the partner it belongs to; None: not a partner's content.
    partner_field = None
    # Fields a partner editor sees but does not change (e.g. the address of their page).
    partner_editor_readonly_fields = ()

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        scope = partner_scope(request.user)
        if scope is None:
            return queryset
        if self.partner_field is None:
            return queryset.none()
        owned = self.model._base_manager.filter(**{self.partner_field: scope}).values("pk")
        return queryset.filter(pk__in=owned)

    def in_partner_scope(self, request, obj=None):
        scope = partner_scope(request.user)
        if scope is None:
            return True
        if self.partner_field is None:
            return False
        if obj is None or obj.pk is None:
            return True
        checked = request.__dict__.setdefault("_partner_scope_checked", {})
        key = (self.model._meta.label, obj.pk)
        if key not in checked:
            owned = self.model._base_manager.filter(**{self.partner_field: scope})
            checked[key] = owned.filter(pk=obj.pk).exists()
        return checked[key]

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.in_partner_scope(request, obj)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and self.in_partner_scope(request)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.in_partner_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.in_partner_scope(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if partner_scope(request.user) is not None:
            fields += [name for name in self.partner_editor_readonly_fields if name not in fields]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        readonly = set(self.get_readonly_fields(request, obj))
        fields = super().get_prepopulated_fields(request, obj)
        return {name: sources for name, sources in fields.items() if name not in readonly}

    # The field that says whose an object is, and the partner path beyond it.

    def _owner_field(self):
        if not self.partner_field or self.partner_field == "pk":
            return None, None
        first, _sep, rest = self.partner_field.partition("__")
        try:
            field = self.model._meta.get_field(first)
        except Exception:
            return None, None
        if not (field.many_to_one or field.many_to_many or field.one_to_one):
            return None, None
        return field, rest or "pk"

    def _owner_choices(self, request):
        field, rest = self._owner_field()
        return field.related_model._default_manager.filter(**{rest: partner_scope(request.user)})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field, _rest = self._owner_field()
        if field is db_field and partner_scope(request.user) is not None:
            kwargs["queryset"] = self._owner_choices(request)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field, _rest = self._owner_field()
        if field is db_field and partner_scope(request.user) is not None:
            kwargs["queryset"] = self._owner_choices(request)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        """A partner editor's new object starts as their own partner's."""
        initial = super().get_changeform_initial_data(request)
        field, _rest = self._owner_field()
        if field is not None and partner_scope(request.user) is not None:
            owners = list(self._owner_choices(request).values_list("pk", flat=True))
            if len(owners) == 1 and field.name not in initial:
                initial[field.name] = owners if field.many_to_many else owners[0]
        return initial

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        field, _rest = self._owner_field()
        if partner_scope(request.user) is None or field is None:
            return form
        name = field.name
        label = field.verbose_name

        class OwnPartnerRequiredForm(form):
            # The owner field is how a partner editor's objects are theirs: it may not be left
            # empty (the object would leave their reach), nor their own tag removed.
            def clean(self):
                cleaned = super().clean()
                if name in self.fields and name not in self.errors and not cleaned.get(name):
                    self.add_error(name, _("Choose your own %(field)s.") % {"field": label})
                return cleaned

        return OwnPartnerRequiredForm

    def save_related(self, request, form, formsets, change):
        field, _rest = self._owner_field()
        kept = []
        if (
            change
            and field is not None
            and field.many_to_many
            and partner_scope(request.user) is not None
            and field.name in form.fields
        ):
            # Other partners' tags are not offered to a partner editor: keep them as they are.
            allowed = self._owner_choices(request).values("pk")
            kept = list(getattr(form.instance, field.name).exclude(pk__in=allowed))
        super().save_related(request, form, formsets, change)
        if kept:
            getattr(form.instance, field.name).add(*kept)
