"""Reads of the directory: search with facets, detail, reach figures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Prefetch, Q, QuerySet
from django.template.defaultfilters import yesno
from django.utils import dateparse
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from engagiert.core.languages import language_codes
from engagiert.core.models import Municipality, Role, User
from engagiert.core.permissions import has_role
from engagiert.core.search import RankedResults, Term, bytewise, matches_sql, search_terms
from engagiert.core.sitesearch import SearchResult, language_of, snippet
from engagiert.directory.models import (
    ContactPerson,
    DiversityDimension,
    Organisation,
    OrganisationChange,
    OrganisationEditor,
    OrganisationSearchTerm,
    Programme,
    ProgrammeMembership,
    Topic,
)

FACETS = ("topic", "district", "dimension", "programme", "kind")


def is_active_editor(user, organisations: Iterable[int] | QuerySet) -> bool:
    """Whether `user` actively edits one of `organisations` (ids or a queryset of ids): one query.
    Registered with core.permissions as the editor check of `may_manage`."""
    return OrganisationEditor.objects.filter(
        user=user, status=OrganisationEditor.Status.ACTIVE, organisation__in=organisations
    ).exists()


def managed_organisations(*, user, municipality: Municipality) -> QuerySet[Organisation]:
    """The organisations of `municipality` that `user` may manage (core.permissions.may_manage), as a queryset."""
    organisations = Organisation.objects.filter(municipality=municipality)
    if has_role(user, municipality, Role.Kind.COORDINATOR):
        return organisations
    if not user.is_authenticated:
        return organisations.none()
    return organisations.filter(editors__user=user, editors__status=OrganisationEditor.Status.ACTIVE)


@dataclass(frozen=True)
class DirectoryFilters:
    """What a searcher asked for; every facet is a slug (or a kind value) or empty."""

    query: str = ""
    topic: str = ""
    district: str = ""
    dimension: str = ""
    programme: str = ""
    kind: str = ""

    def active(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}


def edited_organisations(*, user: User, municipality: Municipality) -> list[Organisation]:
    """The organisations of `municipality` that `user` actively edits (not what a coordinator
    may manage), by name: one query, once per user and municipality in a request."""
    cache = getattr(user, "_edited_organisations", None)
    if cache is None:
        cache = user._edited_organisations = {}
    if municipality.pk not in cache:
        cache[municipality.pk] = list(
            Organisation.objects.filter(
                municipality=municipality, editors__user=user, editors__status=OrganisationEditor.Status.ACTIVE
            )
            .only("pk", "name", "slug", "status", "municipality_id")
            .order_by("name", "pk")
        )
    return cache[municipality.pk]


def my_editorships(*, user: User, municipality: Municipality) -> list[OrganisationEditor]:
    """The organisations of `municipality` a person edits or asked to edit, each with the
    number of its changes waiting for the coordination (`pending_changes`): one query."""
    return list(
        OrganisationEditor.objects.filter(user=user, organisation__municipality=municipality)
        .select_related("organisation__municipality")
        .annotate(
            pending_changes=Count(
                "organisation__changes", filter=Q(organisation__changes__status=OrganisationChange.Status.PENDING)
            )
        )
        .order_by("organisation__name", "pk")
    )


def published(*, municipality: Municipality | None) -> QuerySet[Organisation]:
    qs = Organisation.objects.filter(status=Organisation.Status.PUBLISHED)
    return qs.filter(municipality=municipality) if municipality else qs


def facet_conditions(filters: DirectoryFilters) -> dict[str, Q]:
    """One condition per active facet."""
    conditions = {}
    if filters.topic:
        topics = Organisation.topics.through.objects.filter(topic__slug=filters.topic)
        conditions["topic"] = Q(pk__in=topics.values("organisation_id"))
    if filters.dimension:
        dims = Organisation.diversity_dimensions.through.objects.filter(diversitydimension__slug=filters.dimension)
        conditions["dimension"] = Q(pk__in=dims.values("organisation_id"))
    if filters.programme:
        members = ProgrammeMembership.objects.filter(programme__slug=filters.programme)
        conditions["programme"] = Q(pk__in=members.values("organisation_id"))
    if filters.district:
        conditions["district"] = Q(district__slug=filters.district) | Q(district__parent__slug=filters.district)
    if filters.kind:
        conditions["kind"] = Q(kind=filters.kind)
    return conditions


def _apply_facets(qs: QuerySet[Organisation], filters: DirectoryFilters) -> QuerySet[Organisation]:
    for condition in facet_conditions(filters).values():
        qs = qs.filter(condition)
    return qs


def term_matches(terms: list[Term], municipality: Municipality | None) -> tuple[str, tuple]:
    index = OrganisationSearchTerm.objects.all()
    if municipality:
        index = index.filter(municipality=municipality)
    return matches_sql(index, owner="organisation_id", query=terms)


def list_page_prefetch(qs: QuerySet[Organisation]) -> QuerySet[Organisation]:
    """What a result list shows per organisation, loaded in a fixed number of queries."""
    return qs.select_related("district", "municipality").prefetch_related("topics")


def search_organisations(
    *, municipality: Municipality | None, filters: DirectoryFilters
) -> QuerySet[Organisation] | RankedResults:
    """Published organisations matching every query term and the facets, best first, with
    what a result list shows (for `Paginator` or the API's pagination).

    Relevance: the summed weight of the best field each term matched in
    (name > competencies/topics > kind, district, programmes > description), then the name."""
    qs = _apply_facets(published(municipality=municipality), filters)
    terms = search_terms(filters.query, municipality)
    if not terms:
        return list_page_prefetch(qs.order_by(bytewise("sort_name"), "pk"))
    return RankedResults(
        matches=term_matches(terms, municipality),
        owner="organisation_id",
        candidates=qs,
        order=["sort_name"],
        load=list_page_prefetch,
    )


def site_search(municipality: Municipality, terms: list[Term], limit: int) -> tuple[int, list[SearchResult]]:
    """The site-wide search's organisations (core.sitesearch): published ones of the town,
    ranked as the directory's search ranks them; two queries (a ranked page with the count,
    the page's rows)."""
    ranked = RankedResults(
        matches=term_matches(terms, municipality),
        owner="organisation_id",
        candidates=published(municipality=municipality),
        order=["sort_name"],
        load=lambda qs: qs.select_related("district"),
        page_size=limit,
    )
    results = []
    for org in ranked[0:limit]:
        org.municipality = municipality
        extra = org.get_kind_display() + (f" · {org.district.name}" if org.district else "")
        results.append(
            SearchResult(
                title=org.name,
                url=org.get_absolute_url(),
                snippet=snippet(org.description),
                extra=extra,
                snippet_lang=language_of(org, "description"),
            )
        )
    return ranked.count(), results


def organisation_detail(*, municipality: Municipality, slug: str) -> Organisation:
    """A published organisation with everything its page shows (fixed query count)."""
    return (
        published(municipality=municipality)
        .select_related("district", "municipality")
        .prefetch_related(
            "topics",
            "diversity_dimensions",
            "programmes",
            Prefetch("contacts", queryset=ContactPerson.objects.prefetch_related("competencies")),
            "agreements",
        )
        .get(slug=slug)
    )


def reach(*, municipality: Municipality) -> dict[str, object]:
    """Partner organisations of the network: total, by programme and by topic."""
    orgs = published(municipality=municipality)
    return {
        "total": orgs.count(),
        "by_programme": list(
            Programme.objects.filter(organisations__in=orgs).annotate(n=Count("organisations")).order_by("-n", "name")
        ),
        "by_topic": list(
            Topic.objects.filter(organisations__in=orgs).annotate(n=Count("organisations")).order_by("-n", "name")
        ),
        "by_kind": list(orgs.values("kind").annotate(n=Count("pk")).order_by("-n")),
    }


# --- History: stored changes (field -> [old, new] as JSON) in words ----------------------

NAMED_BY_SLUG = {"topics": Topic, "diversity_dimensions": DiversityDimension, "programmes": Programme}
LANGUAGE_CODES = set(language_codes())


def field_label(name: str) -> str:
    """The translated name of a field of an organisation's history, e.g.
    "Beschreibung (Deutsch)" for description_de."""
    if name == "editor":
        return _("Redaktion")
    if name == "contacts":
        return str(ContactPerson._meta.verbose_name_plural)
    base, _sep, code = name.rpartition("_")
    if code in LANGUAGE_CODES and base:
        language = get_language_info(code)["name_translated"]
        return _("%(field)s (%(language)s)") % {"field": field_label(base), "language": language}
    try:
        return str(Organisation._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _contact_text(contact: dict[str, Any]) -> str:
    text = contact.get("name", "") + (f" ({contact['role']})" if contact.get("role") else "")
    details = [contact.get("email", ""), contact.get("phone", "")]
    if contact.get("competencies"):
        details.append(_("Kompetenzen: %(list)s") % {"list": ", ".join(contact["competencies"])})
    if contact.get("languages"):
        details.append(_("Sprachen: %(list)s") % {"list": contact["languages"]})
    if contact.get("contact_public"):
        details.append(_("Kontaktdaten öffentlich"))
    details = [d for d in details if d]
    return f"{text}: {', '.join(details)}" if details else text


def _changed_only(old: list | None, new: list | None) -> tuple[list, list]:
    """The entries of two lists that are not in both (all of them when only the order changed)."""
    old, new = old or [], new or []
    removed, added = [x for x in old if x not in new], [x for x in new if x not in old]
    return (removed, added) if removed or added else (old, new)


class _Readable:
    """Renders the values of many changes with one query per kind of related object."""

    def __init__(self, changes: list[OrganisationChange], municipality: Municipality) -> None:
        slugs: dict[str, set[str]] = {name: set() for name in (*NAMED_BY_SLUG, "district")}
        users: set[int] = set()
        for change in changes:
            for name, values in change.changes.items():
                for value in values if isinstance(values, list) else []:
                    if name in ("topics", "diversity_dimensions"):
                        slugs[name].update(value or [])
                    elif name == "programmes":
                        slugs[name].update(m["programme"] for m in value or [])
                    elif name == "district" and value:
                        slugs[name].add(value)
                    elif name == "editor" and value:
                        users.add(value["user"])
        self.names = {
            name: {o.slug: str(o) for o in model.objects.filter(slug__in=slugs[name])} if slugs[name] else {}
            for name, model in NAMED_BY_SLUG.items()
        }
        self.names["district"] = (
            {d.slug: d.name for d in municipality.districts.filter(slug__in=slugs["district"])}
            if slugs["district"]
            else {}
        )
        self.users = {pk: str(user) for pk, user in User.objects.in_bulk(users).items()} if users else {}

    def value(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return ""
        if name in ("topics", "diversity_dimensions"):
            return ", ".join(self.names[name].get(slug, slug) for slug in value)
        if name == "programmes":
            return "; ".join(self._membership(m) for m in value)
        if name == "district":
            return self.names["district"].get(value, value)
        if name == "contacts":
            return "; ".join(_contact_text(c) for c in value)
        if name == "editor":
            status = dict(OrganisationEditor.Status.choices).get(value["status"], value["status"])
            return f"{self.users.get(value['user'], _('gelöschtes Konto'))} ({status})"
        if name in ("kind", "status"):
            return str(dict(Organisation._meta.get_field(name).choices).get(value, value))
        if isinstance(value, bool):
            return yesno(value)
        if name == "logo":
            return value.rsplit("/", 1)[-1]
        return strip_tags(str(value))

    def _membership(self, membership: dict[str, Any]) -> str:
        text = self.names["programmes"].get(membership["programme"], membership["programme"])
        if membership.get("role"):
            text += f" ({membership['role']})"
        since = dateparse.parse_date(membership["since"]) if membership.get("since") else None
        if since:
            text += " " + _("seit %(date)s") % {"date": date_format(since, "SHORT_DATE_FORMAT")}
        return text

    def rows(self, change: OrganisationChange) -> dict[str, list[str]]:
        rows = {}
        for name, (old, new) in change.changes.items():
            if name in ("contacts", "programmes"):
                old, new = _changed_only(old, new)
            rows[field_label(name)] = [self.value(name, old), self.value(name, new)]
        return rows


def readable_changes(
    *, changes: Iterable[OrganisationChange], municipality: Municipality
) -> list[tuple[OrganisationChange, dict[str, list[str]]]]:
    """Changes of organisations of `municipality`, each with its fields as translated
    label -> [before, after] in words; a fixed number of queries."""
    changes = list(changes)
    readable = _Readable(changes, municipality)
    return [(change, readable.rows(change)) for change in changes]
