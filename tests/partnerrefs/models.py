from django.db import models


class PartnerReference(models.Model):
    """Stands in for an event or a good practice: something that points to a partner."""

    partner = models.ForeignKey("partners.Partner", on_delete=models.PROTECT)
    title = models.CharField(max_length=100)

    def __str__(self):
        return self.title
