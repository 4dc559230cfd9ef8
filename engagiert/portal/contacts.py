"""Contacts (imported at the end of portal.models): reusable snippets of an office (room,
address, phone, e-mail, opening hours, "nur nach Vereinbarung"), owned by one municipality or
one regional network, shown in contact blocks (portal.blocks.ContactBlock) and on the site's
contact page (ContactPage) with a contact form that mails the chosen office (portal.services).

Tenancy: an editor sees and chooses the contacts of the towns where they hold an editing role
and of those towns' networks (`editable_contacts`); the admin's views are narrowed to them in
portal.contact_admin."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db import models
from django.db.models import Q, QuerySet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel

from engagiert.core.fields import PhoneField, PostcodeField
from engagiert.core.models import Municipality, RegionalNetwork, TimestampedModel
from engagiert.portal.models import NetworkHomePage, PortalPage, TownHomePage
from engagiert.portal.tenancy import EDITING_ROLES


class ContactAdminForm(WagtailAdminModelForm):
    """The admin's contact form: the owner is one of the editor's towns or networks."""

    owner = forms.ChoiceField(
        label=_("Gehört zu"), help_text=_("Die Kommune oder das Regionalnetzwerk, dessen Seiten den Kontakt zeigen.")
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        towns, networks = contact_owners(self.for_user) if self.for_user else ([], [])
        choices = [(f"m{t.pk}", t.name) for t in towns] + [(f"n{n.pk}", n.name) for n in networks]
        self.fields["owner"].choices = choices
        instance = self.instance
        if instance.municipality_id:
            self.fields["owner"].initial = f"m{instance.municipality_id}"
        elif instance.network_id:
            self.fields["owner"].initial = f"n{instance.network_id}"
        elif choices:
            self.fields["owner"].initial = choices[0][0]

    def clean(self):
        cleaned = super().clean()
        owner = cleaned.get("owner") or ""
        if owner[:1] == "m":
            self.instance.municipality_id, self.instance.network_id = int(owner[1:]), None
        elif owner[:1] == "n":
            self.instance.municipality_id, self.instance.network_id = None, int(owner[1:])
        return cleaned


class Contact(TimestampedModel):
    """An office people can reach: "Integrationsbüro, Zimmer 489, Zerbster Straße 4 …"."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="portal_contacts",
        verbose_name=_("Kommune"),
    )
    network = models.ForeignKey(
        RegionalNetwork,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="portal_contacts",
        verbose_name=_("Regionalnetzwerk"),
    )
    name = models.CharField(_("Stelle"), max_length=160, help_text=_("Zum Beispiel „Integrationsbüro“."))
    person = models.CharField(_("Ansprechperson"), max_length=120, blank=True)
    room = models.CharField(_("Raum"), max_length=80, blank=True, help_text=_("Zum Beispiel „Zimmer 489“."))
    street = models.CharField(_("Straße und Hausnummer"), max_length=120, blank=True)
    postcode = PostcodeField(_("PLZ"), blank=True)
    city = models.CharField(_("Ort"), max_length=80, blank=True)
    phone = PhoneField(_("Telefon"), blank=True)
    email = models.EmailField(
        _("E-Mail"), blank=True, help_text=_("An diese Adresse gehen die Nachrichten aus dem Kontaktformular.")
    )
    opening_hours = models.TextField(
        _("Sprechzeiten"), max_length=600, blank=True, help_text=_("Eine Zeile je Tag, z. B. „Di 9–12 Uhr“.")
    )
    by_appointment = models.BooleanField(_("Nur nach Vereinbarung"), default=False)
    note = models.TextField(_("Hinweis"), max_length=600, blank=True)
    on_contact_page = models.BooleanField(
        _("Auf der Kontaktseite zeigen"),
        default=True,
        help_text=_("Die Kontaktseite zeigt diese Stelle; Nachrichten an sie gehen über das Kontaktformular."),
    )

    base_form_class = ContactAdminForm
    panels = [
        FieldPanel("owner"),
        FieldPanel("name"),
        FieldPanel("person"),
        FieldPanel("room"),
        FieldPanel("street"),
        FieldPanel("postcode"),
        FieldPanel("city"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
        FieldPanel("by_appointment"),
        FieldPanel("note"),
        FieldPanel("on_contact_page"),
    ]

    class Meta:
        app_label = "portal"
        verbose_name = _("Kontakt")
        verbose_name_plural = _("Kontakte")
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(municipality__isnull=False) & Q(network__isnull=True))
                | (Q(municipality__isnull=True) & Q(network__isnull=False)),
                name="portal_contact_one_owner",
            ),
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone="") | ~Q(street=""),
                name="portal_contact_reachable",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.person})" if self.person else self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        super().clean()
        if not (self.email or self.phone or self.street):
            raise ValidationError(
                _("Bitte geben Sie mindestens eine E-Mail-Adresse, eine Telefonnummer oder eine Anschrift an.")
            )

    @property
    def owner_name(self) -> str:
        owner = self.municipality or self.network
        return owner.name if owner else ""

    @property
    def phone_link(self) -> str:
        """The number for a tel: link (RFC 3966): digits and a leading +, an area code's
        leading 0 kept (a German number as people write it)."""
        return "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def opening_lines(self) -> list[str]:
        return [line.strip() for line in (self.opening_hours or "").splitlines() if line.strip()]


def editable_contacts(user) -> QuerySet[Contact]:
    """The contacts `user` edits and chooses in the admin: those of the towns where they hold an
    editing role, and of those towns' regional networks (one query; every contact for a platform
    admin, none for anyone else)."""
    if not getattr(user, "is_authenticated", False):
        return Contact.objects.none()
    if user.is_superuser:
        return Contact.objects.all()
    towns = Municipality.objects.filter(roles__user=user, roles__kind__in=EDITING_ROLES).values("pk")
    networks = RegionalNetwork.objects.filter(municipalities__in=towns).values("pk")
    return Contact.objects.filter(Q(municipality__in=towns) | Q(network__in=networks))


def contact_owners(user) -> tuple[list[Municipality], list[RegionalNetwork]]:
    """The towns and networks `user` may give a contact to (everyone's for a platform admin)."""
    if user.is_superuser:
        return list(Municipality.objects.order_by("name")), list(RegionalNetwork.objects.order_by("name"))
    towns = list(
        Municipality.objects.filter(roles__user=user, roles__kind__in=EDITING_ROLES).distinct().order_by("name")
    )
    networks = list(RegionalNetwork.objects.filter(municipalities__in=towns).distinct().order_by("name"))
    return towns, networks


def site_contacts(home) -> QuerySet[Contact]:
    """The contacts a site shows on its contact page: those of its town (or network)."""
    specific = home.specific if home is not None else None
    if isinstance(specific, TownHomePage):
        return Contact.objects.filter(municipality_id=specific.town_id, on_contact_page=True)
    if isinstance(specific, NetworkHomePage):
        return Contact.objects.filter(network_id=specific.network_id, on_contact_page=True)
    return Contact.objects.none()


class ContactPage(PortalPage):
    """ "Kontakt" of a town or network: its contacts and a contact form (sent by e-mail to the
    chosen office, a copy to the sender; nothing stored)."""

    intro = models.TextField(_("Einleitung"), blank=True, max_length=600)

    parent_page_types = ["portal.TownHomePage", "portal.NetworkHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "portal/contact_page.html"
    content_panels = [*PortalPage.content_panels, FieldPanel("intro")]

    class Meta:
        app_label = "portal"
        verbose_name = _("Kontaktseite")
        verbose_name_plural = _("Kontaktseiten")

    def listed_contacts(self) -> list[Contact]:
        return list(site_contacts(self.site_home).order_by("name", "pk"))

    def serve(self, request, *args, **kwargs):
        from engagiert.portal.forms import ContactForm
        from engagiert.portal.services import ContactLimitReached, send_contact_message

        contacts = self.listed_contacts()
        reachable = [c for c in contacts if c.email]
        form = ContactForm(request.POST if request.method == "POST" else None, contacts=reachable)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                send_contact_message(
                    request,
                    contact=form.chosen_contact(),
                    municipality=self.municipality,
                    name=data["name"],
                    email=data["email"],
                    subject=data["subject"],
                    message=data["message"],
                    language=get_language() or "de",
                )
            except ContactLimitReached as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    gettext(
                        "Danke, Ihre Nachricht ist unterwegs. Eine Kopie geht an Ihre E-Mail-Adresse. "
                        "Die Stelle antwortet Ihnen per E-Mail."
                    ),
                )
                return redirect(self.url)
        context = self.get_context(request, *args, **kwargs)
        context.update({"contacts": contacts, "form": form if reachable else None})
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)
