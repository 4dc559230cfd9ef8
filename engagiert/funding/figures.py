"""The Partnerschaft für Demokratie's figures for the impact dashboard and its open dataset
(core.figures): projects granted and the amount granted (by fund), participants of accepted
reports (by age group); the funded projects as open data (what the transparency page shows)."""

from __future__ import annotations

from django.db.models import Count, Sum
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from engagiert.core.figures import Row, in_towns, register_dataset, register_figure, register_section
from engagiert.funding.models import Fund, Grant, Report

FUND_LABELS = dict(Fund.Kind.choices)
AGE_GROUPS = {
    "under_14": _("unter 14 Jahren"),
    "14_17": _("14 bis 17 Jahre"),
    "18_27": _("18 bis 27 Jahre"),
    "over_27": _("über 27 Jahre"),
}


def granted(measure: str):
    """Projects granted (count) or the amount granted (sum), on the day of the grant, by fund."""

    def compute(ids, start, end):
        rows = (
            Grant.objects.filter(approved=True, **in_towns(ids, "application__municipality_id"))
            .annotate(day=TruncDate("decided_at"))
            .filter(day__range=(start, end))
            .values("application__municipality_id", "day", "fund__kind")
            .annotate(n=Count("id"), amount=Sum("amount"))
            .order_by()
        )
        totals: dict[tuple[int, object], object] = {}
        for row in rows:
            value = row["n"] if measure == "count" else row["amount"]
            key = (row["application__municipality_id"], row["day"])
            totals[key] = totals.get(key, 0) + value
            yield Row(key[0], key[1], "fund", row["fund__kind"], value)
        for (municipality_id, day), value in totals.items():
            yield Row(municipality_id, day, "", "", value)

    return compute


def participants(ids, start, end):
    rows = (
        Report.objects.filter(status=Report.Status.ACCEPTED, **in_towns(ids, "application__municipality_id"))
        .annotate(day=TruncDate("accepted_at"))
        .filter(day__range=(start, end))
        .values("application__municipality_id", "day")
        .annotate(
            under_14=Sum("participants_under_14"),
            a14_17=Sum("participants_14_17"),
            a18_27=Sum("participants_18_27"),
            over_27=Sum("participants_over_27"),
        )
        .order_by()
    )
    for row in rows:
        m, day = row["application__municipality_id"], row["day"]
        groups = {
            "under_14": row["under_14"],
            "14_17": row["a14_17"],
            "18_27": row["a18_27"],
            "over_27": row["over_27"],
        }
        yield Row(m, day, "", "", sum(groups.values()))
        for item, value in groups.items():
            if value:
                yield Row(m, day, "age", item, value)


def public_projects(municipality):
    from engagiert.funding.selectors import funded_projects

    for application in funded_projects(municipality).iterator(chunk_size=500):
        carrier = application.organisation or application.carrier
        report = getattr(application, "report", None)
        yield {
            "id": application.pk,
            "title": application.title,
            "carrier": carrier.name if carrier else application.group_name,
            "fund": application.fund.name,
            "year": application.fund.year,
            "amount_eur": application.grant.amount,
            "starts_on": application.starts_on,
            "ends_on": application.ends_on,
            "summary": application.summary,
            "outcome": report.outcome if report is not None and report.status == Report.Status.ACCEPTED else "",
        }


def register() -> None:
    register_section(key="funding", title=_("Partnerschaft für Demokratie"), order=70)
    register_figure(
        key="funding.projects",
        section="funding",
        label=_("Geförderte Projekte"),
        counted=_("Bewilligte Projekte, gezählt am Tag der Bewilligung, nach Fonds."),
        compute=granted("count"),
        breakdowns={"fund": _("nach Fonds")},
        item_label=lambda breakdown, item: str(FUND_LABELS.get(item, item)),
        masked=False,
        headline=True,
        order=70,
    )
    register_figure(
        key="funding.amount",
        section="funding",
        label=_("Bewilligte Fördermittel"),
        counted=_("Summe der bewilligten Beträge in Euro, am Tag der Bewilligung, nach Fonds."),
        compute=granted("amount"),
        breakdowns={"fund": _("nach Fonds")},
        item_label=lambda breakdown, item: str(FUND_LABELS.get(item, item)),
        unit="EUR",
        masked=False,
        order=71,
    )
    register_figure(
        key="funding.participants",
        section="funding",
        label=_("Teilnehmende geförderter Projekte"),
        counted=_("Teilnehmende laut geprüftem Verwendungsnachweis, am Tag der Prüfung, nach Altersgruppe."),
        compute=participants,
        breakdowns={"age": _("nach Altersgruppe")},
        item_label=lambda breakdown, item: str(AGE_GROUPS.get(item, item)),
        order=72,
    )
    register_dataset(
        key="funding.projects",
        title=_("Geförderte Projekte der Partnerschaft für Demokratie"),
        description=_("Projekte mit Träger, Fonds, Betrag, Zeitraum, Kurzbeschreibung und Ergebnis."),
        columns=(
            ("id", _("Nummer")),
            ("title", _("Titel")),
            ("carrier", _("Träger")),
            ("fund", _("Fonds")),
            ("year", _("Jahr")),
            ("amount_eur", _("Betrag (EUR)")),
            ("starts_on", _("Beginn")),
            ("ends_on", _("Ende")),
            ("summary", _("Kurzbeschreibung")),
            ("outcome", _("Ergebnis")),
        ),
        rows=public_projects,
    )
