from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from editorial.scoping import register_partner_resolver
        from partners.models import partner_id_for

        register_partner_resolver(partner_id_for)
