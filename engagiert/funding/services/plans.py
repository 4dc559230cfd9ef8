"""The cost and financing plan of an application: lines, totals, problems, quotes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from engagiert.core.formatting import money
from engagiert.funding.models import (
    ZERO,
    Application,
    CostLine,
    FinancingLine,
    Quote,
)
from engagiert.funding.services.common import ABSURD, QUOTES_NEEDED, FundingError, _log

# --- the cost and financing plan --------------------------------------------------------


@dataclass(frozen=True)
class PlanFigures:
    costs: Decimal
    financing: Decimal
    requested: Decimal

    @property
    def balanced(self) -> bool:
        return self.costs == self.financing

    @property
    def gap(self) -> Decimal:
        return self.costs - self.financing


def line_total(quantity: Decimal, unit_price: Decimal) -> Decimal:
    return (quantity * unit_price).quantize(Decimal("0.01"))


def plan_figures(cost_totals: Iterable[Decimal], financing: Iterable[tuple[str, Decimal]]) -> PlanFigures:
    financing = list(financing)
    return PlanFigures(
        costs=sum(cost_totals, ZERO),
        financing=sum((amount for _kind, amount in financing), ZERO),
        requested=sum((amount for kind, amount in financing if kind == FinancingLine.Kind.REQUESTED), ZERO),
    )


def plan_problems(application: Application) -> list[str]:
    """What keeps the plan of `application` from being submitted (empty when none): balance,
    limit, quotes and price notes."""
    fund = application.fund
    partnership = fund.partnership
    lines = list(application.cost_lines.all())
    financing = list(application.financing_lines.all())
    figures = plan_figures([line.total for line in lines], [(f.kind, f.amount) for f in financing])
    problems = []
    if not lines:
        problems.append(_("Bitte tragen Sie mindestens eine Kostenposition ein."))
    if figures.requested <= 0:
        problems.append(_("Bitte tragen Sie den beantragten Förderbetrag in die Finanzierung ein."))
    if not figures.balanced:
        problems.append(
            _("Der Plan ist nicht ausgeglichen: Kosten %(costs)s, Finanzierung %(financing)s (Differenz %(gap)s).")
            % {"costs": money(figures.costs), "financing": money(figures.financing), "gap": money(figures.gap)}
        )
    if figures.requested > fund.project_limit:
        problems.append(
            _("Der beantragte Betrag %(requested)s liegt über dem Höchstbetrag des Fonds (%(limit)s).")
            % {"requested": money(figures.requested), "limit": money(fund.project_limit)}
        )
    if not fund.volunteer_work_allowed and any(f.kind == FinancingLine.Kind.VOLUNTEER for f in financing):
        problems.append(_("In diesem Fonds zählt ehrenamtliche Arbeit nicht als Eigenmittel."))
    for line in lines:
        if line.total >= partnership.quote_threshold:
            if len(line.quotes.all()) < QUOTES_NEEDED:
                problems.append(
                    _("„%(line)s“ kostet %(threshold)s oder mehr: Bitte laden Sie drei Angebote hoch.")
                    % {"line": line.description, "threshold": money(partnership.quote_threshold)}
                )
        elif not line.price_note.strip():
            problems.append(
                _("„%(line)s“: Bitte notieren Sie kurz, wie Sie die Preise verglichen haben.")
                % {"line": line.description}
            )
    return problems


def _check_amount(value: Decimal, label: str) -> None:
    if value < 0:
        raise FundingError(_("%(label)s darf nicht negativ sein.") % {"label": label})
    if value >= ABSURD:
        raise FundingError(_("%(label)s ist unrealistisch hoch. Bitte prüfen Sie den Betrag.") % {"label": label})


@transaction.atomic
def save_plan(*, application: Application, by, cost_lines: list[dict], financing: list[dict]) -> PlanFigures:
    """Replace the plan of `application` with `cost_lines` (dicts of category, description,
    quantity, unit_price, price_note and the id of an existing line, if any) and `financing`
    (kind, description, amount). Lines not listed are removed. A plan may be saved unbalanced
    (a draft); the request must fit the fund's limit."""
    application = Application.objects.select_for_update(of=("self",)).select_related("fund").get(pk=application.pk)
    if not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    for row in cost_lines:
        _check_amount(row["unit_price"], _("Ein Einzelpreis"))
        if row["quantity"] <= 0 or row["quantity"] >= 100000:
            raise FundingError(_("Die Menge muss größer als null und kleiner als 100.000 sein."))
        _check_amount(line_total(row["quantity"], row["unit_price"]), _("Eine Kostenposition"))
    for row in financing:
        _check_amount(row["amount"], _("Ein Finanzierungsbetrag"))
    figures = plan_figures(
        [line_total(r["quantity"], r["unit_price"]) for r in cost_lines], [(r["kind"], r["amount"]) for r in financing]
    )
    if figures.requested > application.fund.project_limit:
        raise FundingError(
            _("Der beantragte Betrag %(requested)s liegt über dem Höchstbetrag des Fonds (%(limit)s).")
            % {"requested": money(figures.requested), "limit": money(application.fund.project_limit)}
        )
    if not application.fund.volunteer_work_allowed and any(
        r["kind"] == FinancingLine.Kind.VOLUNTEER for r in financing
    ):
        raise FundingError(_("In diesem Fonds zählt ehrenamtliche Arbeit nicht als Eigenmittel."))
    keep = []
    existing = {line.pk: line for line in application.cost_lines.all()}
    for position, row in enumerate(cost_lines):
        line = existing.get(row.get("id")) or CostLine(application=application)
        line.position = position
        line.category = row["category"]
        line.description = row["description"]
        line.quantity = row["quantity"]
        line.unit_price = row["unit_price"]
        line.total = line_total(row["quantity"], row["unit_price"])
        line.price_note = row.get("price_note", "")
        line.save()
        keep.append(line.pk)
    application.cost_lines.exclude(pk__in=keep).delete()
    application.financing_lines.all().delete()
    FinancingLine.objects.bulk_create(
        [
            FinancingLine(
                application=application, kind=r["kind"], description=r.get("description", ""), amount=r["amount"]
            )
            for r in financing
        ]
    )
    application.total_cost, application.requested_amount = figures.costs, figures.requested
    application.save(update_fields=["total_cost", "requested_amount", "updated_at"])
    _log(actor=by, action="save_plan", target=application, data={"costs": str(figures.costs)})
    return figures


def add_quote(*, cost_line: CostLine, by, supplier: str, amount: Decimal, file) -> Quote:
    if not cost_line.application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    _check_amount(amount, _("Der Betrag des Angebots"))
    quote = Quote.objects.create(cost_line=cost_line, supplier=supplier, amount=amount, file=file)
    _log(actor=by, action="add_quote", target=cost_line.application)
    return quote


def remove_quote(*, quote: Quote, by) -> None:
    application = quote.cost_line.application
    if not application.editable:
        raise FundingError(_("Der Antrag ist eingereicht und kann gerade nicht geändert werden."))
    quote.file.delete(save=False)
    quote.delete()
    _log(actor=by, action="remove_quote", target=application)
