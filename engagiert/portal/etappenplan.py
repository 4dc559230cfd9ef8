"""The Engagierte Stadt blocks of programme pages: the Etappenplan ("Was bisher geschah") as the
one timeline (core/_timeline.html), whose entries may stand for a Selbstcheck measure of the same
town (its state shown live, linked both ways), and the structure (coordination office,
cooperation agreement, Beirat / Arbeitsgruppe with member organisations from the Durchblick).

Tenancy: the editor's choosers list only the measures and published organisations of the towns
they edit; the page form (and the page's clean) refuses any of another town on save, whatever
the browser sent (`foreign_choices`). Rendering reads every chosen measure and organisation of a
page in one query each (Wagtail's bulk_to_python per block type), whatever their number."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.models import GroupPagePermission

from engagiert.core.models import Municipality
from engagiert.core.timeline import TimelineEntry, TimelineLink
from engagiert.portal.richtext import SanitisedRichTextBlock

OTHER_TOWN = _("Bitte wählen Sie eine Maßnahme Ihrer eigenen Kommune.")
OTHER_TOWN_ORGANISATION = _("Bitte wählen Sie eine veröffentlichte Organisation Ihrer eigenen Kommune.")


# --- choosers limited to the editor's towns -------------------------------------------------------


def editor_municipality_ids(user) -> set[int] | None:
    """The towns whose sites `user` edits (a network's site: its member towns); None: every town
    (platform admins). Two queries."""
    if user.is_superuser:
        return None
    from engagiert.portal.models import NetworkHomePage, TownHomePage

    roots = list(GroupPagePermission.objects.filter(group__user=user).values_list("page__path", flat=True).distinct())
    towns = set(TownHomePage.objects.filter(path__in=roots).values_list("town_id", flat=True))
    towns |= set(
        NetworkHomePage.objects.filter(path__in=roots).values_list("network__municipalities", flat=True).distinct()
    )
    towns.discard(None)
    return towns


class NameFilterForm(BaseFilterForm):
    q = forms.CharField(label=_("Suchbegriff"), required=False)

    search_field = "name"

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching, self.search_query = True, query
            objects = objects.filter(**{f"{self.search_field}__icontains": query})
        return objects


class TitleFilterForm(NameFilterForm):
    search_field = "title"


class _InEditorsTowns:
    """Chooser views listing (and returning) only objects of the editor's towns."""

    def base_queryset(self):
        return self.model_class.objects.all()

    def get_object_list(self):
        objects = self.base_queryset()
        towns = editor_municipality_ids(self.request.user)
        return objects if towns is None else objects.filter(municipality_id__in=towns)


class _ChosenInEditorsTowns(_InEditorsTowns):
    def get_object(self, pk):
        return self.get_object_list().get(pk=pk)


class _MeasureList(_InEditorsTowns):
    filter_form_class = TitleFilterForm
    ordering = ["date", "pk"]

    def base_queryset(self):
        return self.model_class.objects.select_related("municipality")

    @cached_property
    def columns(self):
        return [
            self.title_column,
            Column("date", label=_("Datum"), accessor=lambda m: m.date.strftime("%m/%Y")),
            Column("status", label=_("Stand"), accessor="get_status_display"),
            Column("municipality", label=_("Kommune"), accessor=lambda m: m.municipality.name),
        ]


class MeasureChooseView(_MeasureList, chooser_views.ChooseView):
    pass


class MeasureChooseResultsView(_MeasureList, chooser_views.ChooseResultsView):
    pass


class MeasureChosenView(_ChosenInEditorsTowns, chooser_views.ChosenView):
    pass


class MeasureChooserViewSet(ChooserViewSet):
    model = "selfcheck.Measure"
    icon = "date"
    choose_one_text = _("Maßnahme aus dem Selbstcheck wählen")
    choose_another_text = _("Andere Maßnahme wählen")
    edit_item_text = _("Bearbeiten")
    register_widget = False
    choose_view_class = MeasureChooseView
    choose_results_view_class = MeasureChooseResultsView
    chosen_view_class = MeasureChosenView


class _OrganisationList(_InEditorsTowns):
    filter_form_class = NameFilterForm
    ordering = ["name", "pk"]

    def base_queryset(self):
        from engagiert.directory.selectors import published

        return published(municipality=None).select_related("municipality")

    @cached_property
    def columns(self):
        return [self.title_column, Column("municipality", label=_("Kommune"), accessor=lambda o: o.municipality.name)]


class OrganisationChooseView(_OrganisationList, chooser_views.ChooseView):
    pass


class OrganisationChooseResultsView(_OrganisationList, chooser_views.ChooseResultsView):
    pass


class OrganisationChosenView(_ChosenInEditorsTowns, chooser_views.ChosenView):
    def get_object_list(self):
        return _OrganisationList.get_object_list(self)

    def base_queryset(self):
        return _OrganisationList.base_queryset(self)


class OrganisationChooserViewSet(ChooserViewSet):
    model = "directory.Organisation"
    icon = "group"
    choose_one_text = _("Organisation aus dem Durchblick wählen")
    choose_another_text = _("Andere Organisation wählen")
    edit_item_text = _("Bearbeiten")
    register_widget = False
    choose_view_class = OrganisationChooseView
    choose_results_view_class = OrganisationChooseResultsView
    chosen_view_class = OrganisationChosenView


measure_chooser_viewset = MeasureChooserViewSet("portal_measure_chooser", url_prefix="portal/massnahmen")
organisation_chooser_viewset = OrganisationChooserViewSet(
    "portal_organisation_chooser", url_prefix="portal/organisationen"
)
MeasureChooserBlock = measure_chooser_viewset.get_block_class(
    name="MeasureChooserBlock", module_path="engagiert.portal.etappenplan"
)
OrganisationChooserBlock = organisation_chooser_viewset.get_block_class(
    name="OrganisationChooserBlock", module_path="engagiert.portal.etappenplan"
)


# --- blocks ---------------------------------------------------------------------------------------

PRECISIONS = [("month", _("Monat und Jahr")), ("day", _("Tag")), ("year", _("nur Jahr"))]
STATES = [("done", _("erledigt")), ("planned", _("geplant"))]


class EtappeBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Datum"), help_text=_("Bei „Monat und Jahr“ zählt nur der Monat."))
    precision = blocks.ChoiceBlock(label=_("Datum zeigen als"), choices=PRECISIONS, default="month")
    date_text = blocks.CharBlock(
        label=_("Datum als Text (optional)"),
        max_length=60,
        required=False,
        help_text=_("Statt des Datums, z. B. „02./04. Oktober 2021“."),
    )
    title = blocks.CharBlock(label=_("Schritt"), max_length=200)
    text = blocks.TextBlock(label=_("Beschreibung"), max_length=1000, required=False)
    state = blocks.ChoiceBlock(label=_("Stand"), choices=STATES, default="done")
    measure = MeasureChooserBlock(
        label=_("Maßnahme im Selbstcheck (optional)"),
        required=False,
        help_text=_(
            "Wenn dieser Schritt eine Maßnahme oder ein Meilenstein des Selbstchecks ist: Ihr Stand "
            "erscheint dann hier und beide Zeitleisten verweisen aufeinander."
        ),
    )
    link = blocks.URLBlock(label=_("Weiterer Verweis (optional)"), required=False)

    class Meta:
        label = _("Etappe")
        icon = "date"


class EtappenplanBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, default="Was bisher geschah")
    entries = blocks.ListBlock(EtappeBlock(), label=_("Etappen"))

    class Meta:
        label = _("Etappenplan (Zeitleiste)")
        icon = "history"
        template = "portal/blocks/etappenplan.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        towns = (parent_context or {}).get("portal_municipalities") or []
        context["entries"] = etappen_entries(value["entries"], municipalities=towns)
        return context


class CommitteeBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name des Gremiums"), max_length=120, default="Beirat")
    text = blocks.TextBlock(label=_("Aufgabe"), max_length=600, required=False)
    members = blocks.ListBlock(
        OrganisationChooserBlock(label=_("Organisation")), label=_("Mitglieder aus dem Durchblick"), default=[]
    )

    class Meta:
        label = _("Beirat / Arbeitsgruppe")
        icon = "group"


class StructureBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, default="Struktur")
    office_name = blocks.CharBlock(label=_("Koordinierungsstelle"), max_length=200)
    office_text = blocks.TextBlock(label=_("Zur Koordinierungsstelle"), max_length=600, required=False)
    office = OrganisationChooserBlock(label=_("Koordinierungsstelle im Durchblick (optional)"), required=False)
    agreement_text = SanitisedRichTextBlock(label=_("Kooperationsvereinbarung"), required=False)
    agreement_document = DocumentChooserBlock(label=_("Kooperationsvereinbarung als PDF (optional)"), required=False)
    committees = blocks.ListBlock(CommitteeBlock(), label=_("Beirat, Arbeitsgruppe, Steuerungsgruppe"), default=[])

    class Meta:
        label = _("Struktur der Engagierten Stadt")
        icon = "sitemap"
        template = "portal/blocks/structure.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        towns = {t.pk: t for t in (parent_context or {}).get("portal_municipalities") or []}
        context["office_org"] = shown_organisation(value["office"], towns)
        context["committees"] = [
            {
                "name": c["name"],
                "text": c["text"],
                "members": [o for o in (shown_organisation(m, towns) for m in c["members"]) if o],
            }
            for c in value["committees"]
        ]
        return context


def programme_blocks() -> list[tuple[str, blocks.Block]]:
    """The blocks of programme pages: the content blocks, the Etappenplan and the structure."""
    from engagiert.portal.blocks import content_blocks

    return [*content_blocks(), ("etappenplan", EtappenplanBlock()), ("structure", StructureBlock())]


# --- presenting -----------------------------------------------------------------------------------


def shown_organisation(org, towns: dict[int, Municipality]) -> dict[str, Any] | None:
    """A chosen organisation as shown: only when published and of the page's towns (no query)."""
    from engagiert.directory.models import Organisation

    if org is None or org.status != Organisation.Status.PUBLISHED or org.municipality_id not in towns:
        return None
    town = towns[org.municipality_id]
    return {"name": org.name, "url": reverse("directory:detail", args=[town.slug, org.slug])}


def etappe_anchor(measure_id: int) -> str:
    """The id of the Etappenplan entry that stands for a measure (the Selbstcheck links to it)."""
    return f"etappe-{measure_id}"


def etappen_entries(entries: Iterable, *, municipalities: list[Municipality]) -> list[TimelineEntry]:
    """The Etappenplan's entries as the one timeline. A linked measure of the page's towns that is
    public in the Selbstcheck gives its live state and a link to it; otherwise the entry's own."""
    from engagiert.selfcheck.timeline import measure_anchor

    towns = {t.pk: t for t in municipalities}
    shown = []
    for entry in entries:
        state, links, anchor = entry["state"], [], ""
        measure = entry["measure"]
        if measure is not None and measure.public and measure.municipality_id in towns:
            state = measure.status
            anchor = etappe_anchor(measure.pk)
            url = reverse("selfcheck:overview", args=[towns[measure.municipality_id].slug])
            links.append(
                TimelineLink(
                    url=f"{url}#{measure_anchor(measure.pk)}",
                    label=gettext("Im Selbstcheck: %(title)s") % {"title": measure.title},
                )
            )
        if entry["link"]:
            links.append(TimelineLink(url=entry["link"], label=gettext("Mehr dazu")))
        shown.append(
            TimelineEntry(
                date=entry["date"],
                precision=entry["precision"],
                label=entry["date_text"],
                title=entry["title"],
                text=entry["text"],
                state=state,
                anchor=anchor,
                links=tuple(links),
            )
        )
    return shown


# --- validation: nothing of another town ----------------------------------------------------------


def _raw_items(value) -> list:
    return [item.get("value", item) if isinstance(item, dict) else item for item in value or []]


def foreign_choices(stream, *, municipality_ids: set[int]) -> StreamBlockValidationError | None:
    """The error for every measure and organisation in the page's stream (its raw data: ids) that
    belongs to no town of the page, or is not a published organisation; None when all do. Two
    queries."""
    from engagiert.directory.models import Organisation
    from engagiert.selfcheck.models import Measure

    raw = list(stream.raw_data) if hasattr(stream, "raw_data") else list(stream or [])
    measure_ids, org_ids = set(), set()
    for block in raw:
        value = block.get("value") or {}
        if block.get("type") == "etappenplan":
            measure_ids |= {e.get("measure") for e in _raw_items(value.get("entries"))}
        elif block.get("type") == "structure":
            org_ids.add(value.get("office"))
            for committee in _raw_items(value.get("committees")):
                org_ids |= set(_raw_items(committee.get("members")))
    measure_ids.discard(None)
    org_ids.discard(None)
    good_measures = good_orgs = set()
    if measure_ids:
        good_measures = set(
            Measure.objects.filter(pk__in=measure_ids, municipality_id__in=municipality_ids).values_list(
                "pk", flat=True
            )
        )
    if org_ids:
        good_orgs = set(
            Organisation.objects.filter(
                pk__in=org_ids, municipality_id__in=municipality_ids, status=Organisation.Status.PUBLISHED
            ).values_list("pk", flat=True)
        )
    errors: dict[int, ValidationError] = {}
    for i, block in enumerate(raw):
        value = block.get("value") or {}
        if block.get("type") == "etappenplan":
            bad = {
                j: StructBlockValidationError(block_errors={"measure": ValidationError(OTHER_TOWN)})
                for j, e in enumerate(_raw_items(value.get("entries")))
                if e.get("measure") is not None and e.get("measure") not in good_measures
            }
            if bad:
                errors[i] = StructBlockValidationError(block_errors={"entries": ListBlockValidationError(bad)})
        elif block.get("type") == "structure":
            struct: dict[str, ValidationError] = {}
            if value.get("office") is not None and value.get("office") not in good_orgs:
                struct["office"] = ValidationError(OTHER_TOWN_ORGANISATION)
            committees = {}
            for j, committee in enumerate(_raw_items(value.get("committees"))):
                members = {
                    k: ValidationError(OTHER_TOWN_ORGANISATION)
                    for k, org in enumerate(_raw_items(committee.get("members")))
                    if org is not None and org not in good_orgs
                }
                if members:
                    committees[j] = StructBlockValidationError(
                        block_errors={"members": ListBlockValidationError(members)}
                    )
            if committees:
                struct["committees"] = ListBlockValidationError(committees)
            if struct:
                errors[i] = StructBlockValidationError(block_errors=struct)
    return StreamBlockValidationError(block_errors=errors) if errors else None


# --- the Selbstcheck's back links -----------------------------------------------------------------


def _under(paths: list[str]) -> Q:
    where = Q()
    for path in paths:
        where |= Q(path__startswith=path)
    return where


def measure_links(*, municipality: Municipality, measure_ids: list[int]) -> dict[int, list[TimelineLink]]:
    """Where the town's live, public programme pages' Etappenplan stands for these measures: the
    entry's text and a link to it (selfcheck.timeline's provider). Two queries."""
    from engagiert.portal.models import ProgrammePage
    from engagiert.portal.selectors import home_paths

    paths = home_paths([municipality])
    if not paths:
        return {}
    wanted = set(measure_ids)
    pages = ProgrammePage.objects.live().public().filter(_under(paths)).order_by("path")
    found: dict[int, list[TimelineLink]] = {}
    for page in pages:
        url = page.get_url()
        if not url:
            continue
        for block in page.body.raw_data:
            if block.get("type") != "etappenplan":
                continue
            for entry in _raw_items((block.get("value") or {}).get("entries")):
                measure = entry.get("measure")
                if measure in wanted:
                    found.setdefault(measure, []).append(
                        TimelineLink(
                            url=f"{url}#{etappe_anchor(measure)}",
                            label=gettext("Im Etappenplan „%(page)s“") % {"page": page.title},
                            text=entry.get("text") or "",
                        )
                    )
    return found
