"""Whose content a staff user may edit: everything, or one partner's.

Members of the "Editors" group (and superusers) edit all content. Members of the "Partner
editors" group edit only what belongs to the partner they are linked to. The link itself lives
in the partners app, which registers how to read it (``register_partner_resolver``); this
module imports no domain app.

Admins declare how their objects belong to a partner with ``partner_field`` (see
``editorial.admin_base.PartnerScopedAdminMixin``).
"""

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
