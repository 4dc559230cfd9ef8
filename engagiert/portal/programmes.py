"""Programme pages (imported at the end of portal.models): a page about a programme (Engagierte
Stadt, Vielfaltsgestalter …) linked to its `directory.Programme`, listing the programme's member
organisations live from the directory (count, the first of them, "alle anzeigen" into the
directory filtered by the programme), their next events and their open "Mach mit!" offers, each
with a fixed number of queries."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from engagiert.core.models import Municipality
from engagiert.portal.etappenplan import OTHER_TOWN, foreign_choices, programme_blocks
from engagiert.portal.models import PortalPage, PortalPageForm

MEMBERS_SHOWN = 24
EVENTS_SHOWN = 4
OFFERS_SHOWN = 4


def programme_members(*, programme, municipalities: list[Municipality], limit: int = MEMBERS_SHOWN) -> dict[str, Any]:
    """The programme's published member organisations in these towns: their number and the
    first `limit` by name (two queries, whatever the number of members)."""
    from engagiert.directory.models import Organisation

    qs = Organisation.objects.filter(
        status=Organisation.Status.PUBLISHED, municipality__in=municipalities, programmes=programme
    )
    count = qs.count()
    shown = list(
        qs.select_related("municipality")
        .only("pk", "name", "slug", "municipality__slug", "municipality__name")
        .order_by("name", "pk")[:limit]
    )
    return {"member_count": count, "members": shown, "more": count > len(shown)}


def programme_events(*, programme, municipalities: list[Municipality], limit: int = EVENTS_SHOWN) -> list:
    """The next published events that a member organisation organises (one query: the town's
    upcoming events in order, each checked for a member among its organisers, so the reading
    stops at the `limit`-th, however many members the programme has in every town)."""
    from engagiert.events.models import Event
    from engagiert.events.selectors import public_events

    by_member = Event.organisations.through.objects.filter(event_id=OuterRef("pk"), organisation__programmes=programme)
    return list(
        public_events(municipalities=municipalities)
        .filter(Exists(by_member), status=Event.Status.PUBLISHED, end__gte=timezone.now())
        .select_related("venue", "municipality")
        .only("pk", "title", "start", "end", "status", "municipality__slug", "municipality__name", "venue__name")
        .order_by("start", "pk")[:limit]
    )


def programme_offers(*, programme, municipalities: list[Municipality], limit: int = OFFERS_SHOWN) -> list:
    """Open "Mach mit!" offers of member organisations, newest first (one query)."""
    from engagiert.volunteering.selectors import open_opportunities

    return list(
        open_opportunities(municipality=None)
        .filter(municipality__in=municipalities, organisation__programmes=programme)
        .select_related("municipality")
        .only("pk", "title", "municipality__slug", "municipality__name", "created_at")
        .order_by("-created_at", "pk")[:limit]
    )


class ProgrammePageForm(PortalPageForm):
    """Refuses Selbstcheck measures and organisations of another town in the page's blocks (the
    choosers list none, but a browser may send any id)."""

    def clean(self):
        cleaned = super().clean()
        if self.parent_page is None:
            return cleaned
        towns = {t.pk for t in self.parent_page.specific.portal_municipalities()}
        for name in body_fields():  # the German body and its translations
            if cleaned.get(name) is not None:
                error = foreign_choices(cleaned[name], municipality_ids=towns)
                if error is not None:
                    self.add_error(name, error)
        return cleaned


def body_fields() -> list[str]:
    """The page's stream in every content language (modeltranslation: body_de, body_en …)."""
    return ["body", *(f"body_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES)]


class ProgrammePage(PortalPage):
    """A programme of the town or network, with its members from the directory, and for the
    Engagierte Stadt its structure and Etappenplan (portal.etappenplan)."""

    programme = models.ForeignKey(
        "directory.Programme",
        on_delete=models.PROTECT,
        related_name="portal_pages",
        verbose_name=_("Programm im Durchblick"),
        help_text=_("Die Mitglieder dieses Programms im Durchblick erscheinen auf der Seite."),
    )
    intro = models.TextField(_("Einleitung"), blank=True, max_length=600)
    body = StreamField(programme_blocks(), blank=True, verbose_name=_("Inhalt"))
    show_members = models.BooleanField(_("Mitglieder aus dem Durchblick zeigen"), default=True)

    parent_page_types = ["portal.TownHomePage", "portal.NetworkHomePage", "portal.ContentPage"]
    subpage_types = ["portal.ContentPage"]
    template = "portal/programme_page.html"
    base_form_class = ProgrammePageForm
    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("programme"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_members"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        app_label = "portal"
        verbose_name = _("Programmseite")
        verbose_name_plural = _("Programmseiten")

    def clean(self) -> None:
        super().clean()
        if self.site_home is not None:  # below a start page (a new page's form checks its parent)
            towns = {t.pk for t in self.portal_municipalities()}
            for name in body_fields():
                stream = getattr(self, name, None)
                if stream is not None and foreign_choices(stream, municipality_ids=towns) is not None:
                    raise ValidationError({name: OTHER_TOWN})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        towns = context["portal_municipalities"]
        if self.show_members and towns:
            programme = self.programme
            context.update(programme_members(programme=programme, municipalities=towns))
            several = len(towns) > 1
            # As the live blocks' templates (portal/live/) take them.
            context["programme_events"] = {
                "events": programme_events(programme=programme, municipalities=towns),
                "several_towns": several,
            }
            context["programme_offers"] = {
                "offers": programme_offers(programme=programme, municipalities=towns),
                "several_towns": several,
            }
            context["several_towns"] = several
            if len(towns) == 1:
                context["directory_url"] = (
                    reverse("directory:search", args=[towns[0].slug]) + f"?programme={programme.slug}"
                )
        return context
