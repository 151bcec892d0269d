"""The network's partner organisations and the population figures of their cities and regions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models
from django.db.models.functions import Length
from django.urls import resolve, reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.images import ValidatedImageField
from common.models import TimestampedModel
from common.richtext import RichTextField
from common.sources import SourcesRelation, with_sources
from common.uploads import UnguessablePath
from partners import geo

LEAD_PARTNER = "LP"


def language_choices():
    """Every language Django knows, for the language of a partner's own name: named in the
    editor's language (Django's catalogues translate its language names), in that order."""
    from django.conf import global_settings

    named = [(code, gettext(name)) for code, name in global_settings.LANGUAGES]
    return sorted(named, key=lambda choice: choice[1].casefold())


validate_partner_number = RegexValidator(
    r"^(LP|PP([2-9]|[1-9][0-9]))$",
    _("Use LP for the lead partner or PP followed by a number from 2 to 99, e.g. PP2."),
)


def validate_partner_slug(value):
    """A slug must lead to the partner's page in every language, not to another page of the app.

    Partner pages live at /lv/partneri/<slug>/, beside fixed pages such as the population
    comparison (/lv/partneri/iedzivotaji/, /en/partners/population/): a partner called
    "iedzivotaji" would be hidden behind it.
    """
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            path = reverse("partners:detail", kwargs={"slug": value})
            if resolve(path).url_name != "detail":
                raise ValidationError(
                    _("“%(slug)s” is the address of another page; choose another slug."),
                    code="reserved",
                    params={"slug": value},
                )


class PartnerQuerySet(models.QuerySet):
    def with_sources(self):
        """With each partner's sources, in their order (one more query)."""
        return with_sources(self)

    def with_population(self):
        """Partners with their published population figures, ready for charts and tables."""
        return self.prefetch_related(
            models.Prefetch(
                "population_figures",
                # Not the model's ordering, which sorts by partner and so joins their table.
                queryset=PopulationFigure.objects.published().order_by("area", "year"),
                to_attr="published_figures",
            )
        )


class Partner(TimestampedModel):
    """A partner organisation of the network, based in a city shown on the map."""

    number = models.CharField(
        _("partner number"),
        max_length=4,
        unique=True,
        validators=[validate_partner_number],
        help_text=_("As in the grant agreement: LP for the lead partner, then PP2, PP3 …"),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        validators=[validate_partner_slug],
        help_text=_(
            "The partner's address on the site, the same in every language, e.g. "
            "“daugavpils” gives /lv/partneri/daugavpils/. Changing it breaks links."
        ),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The organisation's name as readers of this language know it."),
    )
    native_name = models.CharField(
        _("name in its own language"),
        max_length=255,
        help_text=_(
            "The official name in the organisation's own language, with its diacritics, e.g. "
            "“Województwo Łódzkie”. Not translated."
        ),
    )
    native_name_language = models.CharField(
        _("language of the name"),
        max_length=10,
        blank=True,
        choices=language_choices,
        help_text=_(
            "The language of the name in its own language, so that screen readers pronounce "
            "it correctly."
        ),
    )
    city = models.CharField(
        _("city"),
        max_length=100,
        help_text=_("The city the organisation is based in, as written in this language."),
    )
    country = CountryField(_("country"))
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence for the partner card and search engines."),
    )
    description = RichTextField(_("description"))
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("A general address of the organisation, never a person's private one."),
    )
    logo = ValidatedImageField(
        _("logo"),
        upload_to=UnguessablePath("partners/logos/"),
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text=_("PNG, JPEG or WebP, at most 5 MB."),
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees north of the equator (−90 to 90), e.g. 55.87500."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees east of Greenwich (−180 to 180), e.g. 26.53560."),
    )

    sources = SourcesRelation()

    objects = PartnerQuerySet.as_manager()

    class Meta:
        # LP first, then PP2 … PP9, then PP10 …: shorter numbers sort before longer ones.
        ordering = [Length("number"), "number"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__gte=-90, latitude__lte=90),
                name="partner_latitude_range",
            ),
            models.CheckConstraint(
                condition=models.Q(longitude__gte=-180, longitude__lte=180),
                name="partner_longitude_range",
            ),
        ]

    def __str__(self):
        return f"{self.number} {self.name}"

    def clean(self):
        super().clean()
        lat, lon = self.latitude, self.longitude
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return  # missing or out of range: the fields' own validators say so
        if not geo.in_bounds(*geo.project(float(lat), float(lon))):
            message = _(
                "This place lies outside the map of Europe. Check the coordinates: latitude is "
                "north of the equator, longitude east of Greenwich, both in decimal degrees."
            )
            raise ValidationError({"latitude": message, "longitude": message})

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    @property
    def is_lead(self):
        return self.number == LEAD_PARTNER

    @property
    def website_label(self):
        """The website's address as people say it: without https:// and a trailing slash."""
        label = self.website.split("://", 1)[-1]
        return label.removeprefix("www.").rstrip("/") if label.count("/") <= 1 else label

    @property
    def role(self):
        return _("Lead partner") if self.is_lead else _("Partner")


class PopulationFigureQuerySet(models.QuerySet):
    def published(self):
        """Figures the site shows: only those that name their statistical source."""
        return self.exclude(source_name="").exclude(source_url="")


class PopulationFigure(models.Model):
    """One population count for a partner's city, region or country, with its source."""

    class Area(models.TextChoices):
        CITY = "city", _("city")
        REGION = "region", _("region")
        COUNTRY = "country", _("country")

    partner = models.ForeignKey(
        Partner,
        on_delete=models.CASCADE,
        related_name="population_figures",
        verbose_name=_("partner"),
    )
    area = models.CharField(_("area"), max_length=10, choices=Area.choices, default=Area.CITY)
    area_name = models.CharField(
        _("area name"),
        max_length=120,
        blank=True,
        help_text=_(
            "For a region or country, its name, e.g. “Łódzkie Voivodeship”. Leave empty for the "
            "partner's city."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        help_text=_("The year the figure is charted at."),
    )
    reference_date = models.DateField(
        _("reference date"),
        blank=True,
        null=True,
        help_text=_(
            "The day the count refers to (1 January, 31 December, census day), if the source "
            "gives it."
        ),
    )
    value = models.PositiveIntegerField(_("population"), validators=[MinValueValidator(1)])
    source_name = models.CharField(
        _("statistical source"),
        max_length=200,
        blank=True,
        help_text=_(
            "Who counted, e.g. “Central Statistical Bureau of Latvia”. Figures without a "
            "source and its address are kept but not shown on the site."
        ),
    )
    source_url = models.URLField(
        _("source address"),
        max_length=500,
        blank=True,
        help_text=_("The page where the figure can be checked."),
    )
    is_estimate = models.BooleanField(
        _("estimate"),
        default=False,
        help_text=_(
            "Tick for rounded, derived or provisional values; the site marks them as estimates."
        ),
    )

    objects = PopulationFigureQuerySet.as_manager()

    class Meta:
        ordering = ["partner", "area", "year"]
        verbose_name = _("population figure")
        verbose_name_plural = _("population figures")
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "area", "year"],
                name="population_figure_unique_year",
                violation_error_message=_(
                    "This partner already has a figure for this area and year."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=1800, year__lte=2100),
                name="population_figure_year_range",
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=1),
                name="population_figure_value_positive",
            ),
        ]

    def __str__(self):
        area = self.area_name or (
            self.partner.city if self.area == self.Area.CITY else self.get_area_display()
        )
        return f"{area}, {self.year}: {self.value}"

    @property
    def is_published(self):
        return bool(self.source_name and self.source_url)


class PartnerEditor(models.Model):
    """A staff user of a partner organisation who keeps that partner's content current.

    Users in the "Partner editors" group edit only the content of the partner they are linked
    to here (editorial.scoping reads the link through the resolver that
    partners.apps registers).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_editor",
        verbose_name=_("user"),
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="editors",
        verbose_name=_("partner"),
        help_text=_("The only partner whose content this user may edit."),
    )

    class Meta:
        ordering = ["partner", "user"]
        verbose_name = _("partner editor")
        verbose_name_plural = _("partner editors")

    def __str__(self):
        return f"{self.user} – {self.partner}"


def partner_id_for(user):
    """The partner ``user`` edits for, or None (registered with editorial.scoping)."""
    try:
        return user.partner_editor.partner_id
    except PartnerEditor.DoesNotExist:
        return None
