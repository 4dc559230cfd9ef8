"""Fields stored per language (django-modeltranslation through wagtail-modeltranslation),
falling back to German: the one approach to content languages of the project."""

from modeltranslation.translator import TranslationOptions, register

from engagiert.portal.models import (
    Contact,
    ContactPage,
    ContentPage,
    EasyReadIndexPage,
    EasyReadPage,
    NetworkHomePage,
    NewsIndexPage,
    NewsPage,
    PortalRootPage,
    ProgrammePage,
    TownHomePage,
)


@register(PortalRootPage)
class PortalRootPageTranslation(TranslationOptions):
    fields = ()


@register(TownHomePage)
class TownHomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(NetworkHomePage)
class NetworkHomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("teaser", "body")


@register(ProgrammePage)
class ProgrammePageTranslation(TranslationOptions):
    fields = ("intro", "body")


# Leichte Sprache is German: the pages' own fields are not translated (title and SEO fields are
# Wagtail's, stored per language like every page's, and fall back to German).
@register(EasyReadIndexPage)
class EasyReadIndexPageTranslation(TranslationOptions):
    fields = ()


@register(EasyReadPage)
class EasyReadPageTranslation(TranslationOptions):
    fields = ()


@register(Contact)
class ContactTranslation(TranslationOptions):
    fields = ("name", "room", "opening_hours", "note")


@register(ContactPage)
class ContactPageTranslation(TranslationOptions):
    fields = ("intro",)
