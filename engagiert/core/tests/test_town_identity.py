"""A town's identity in the KERN layout: logo, accent colour (contrast checked on save, hex
format also a database constraint), header image with alt text; the platform default stays
KERN's neutral blue."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.test import RequestFactory
from PIL import Image

from engagiert.core.colours import accent_contrast, contrast_ratio, relative_luminance, validate_accent_colour
from engagiert.core.models import Municipality
from engagiert.testing import admin_change


class TestContrast:
    def test_luminance_of_black_white_and_grey(self):
        assert relative_luminance("#000000") == 0
        assert relative_luminance("#ffffff") == pytest.approx(1)
        # sRGB 0x77 = 119 -> (119/255 + 0.055)/1.055 ** 2.4
        assert relative_luminance("#777777") == pytest.approx(0.18447, abs=1e-4)

    def test_luminance_weights_green_most(self):
        assert relative_luminance("#00ff00") == pytest.approx(0.7152)
        assert relative_luminance("#ff0000") == pytest.approx(0.2126)
        assert relative_luminance("#0000ff") == pytest.approx(0.0722)

    def test_contrast_ratio_known_values(self):
        assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
        assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
        assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just below AA
        assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just above
        assert contrast_ratio("#1a5e8c", "#1a5e8c") == 1

    def test_upper_case_is_read_and_garbage_refused(self):
        assert relative_luminance("#FFFFFF") == pytest.approx(1)
        with pytest.raises(ValueError):
            relative_luminance("red")

    def test_accent_is_checked_against_white_and_kern_surface(self):
        # #767676 passes on white but not on KERN's light grey surface.
        assert contrast_ratio("#767676", "#ffffff") >= 4.5 > accent_contrast("#767676")
        validate_accent_colour("#1a5e8c")
        with pytest.raises(ValidationError) as refused:
            validate_accent_colour("#767676")
        assert refused.value.code == "contrast"


@pytest.mark.django_db
class TestValidation:
    def test_light_colour_is_refused_with_a_german_message(self, dessau):
        dessau.accent_colour = "#FFCC00"
        with pytest.raises(ValidationError) as refused:
            dessau.full_clean()
        (message,) = refused.value.message_dict["accent_colour"]
        assert "zu wenig Kontrast" in message and "#ffcc00" in message and "4,5 : 1" in message
        assert "1,3 : 1" in message  # the ratio it has (on KERN's grey surface)

    def test_format_is_checked_and_upper_case_stored_lower(self, dessau):
        dessau.accent_colour = "1a5e8c"
        with pytest.raises(ValidationError) as refused:
            dessau.full_clean()
        assert "Hex-Wert" in refused.value.message_dict["accent_colour"][0]
        dessau.accent_colour = " #1A5E8C "
        dessau.full_clean()
        assert dessau.accent_colour == "#1a5e8c"

    def test_database_refuses_a_malformed_colour(self, dessau):
        with pytest.raises(IntegrityError), transaction.atomic():
            Municipality.objects.filter(pk=dessau.pk).update(accent_colour="blue")

    def test_header_image_needs_alt_text(self, dessau, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        dessau.header_image = SimpleUploadedFile("banner.png", png(), content_type="image/png")
        with pytest.raises(ValidationError) as refused:
            dessau.full_clean()
        assert "header_image_alt" in refused.value.message_dict


def png(size=(40, 20), colour=(200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def staff_client(client, platform_admin):
    client.force_login(platform_admin)
    return client


@pytest.mark.django_db
class TestAdmin:
    def test_refused_colour_shows_the_message_and_keeps_the_input(self, staff_client, dessau):
        url = f"/admin/core/municipality/{dessau.pk}/change/"
        from engagiert.testing import admin_form

        data = admin_form(staff_client, url)
        data.update(accent_colour="#ffcc00", name="Dessau-Roßlau geändert")
        response = staff_client.post(url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "zu wenig Kontrast" in html
        assert 'value="#ffcc00"' in html and 'value="Dessau-Roßlau geändert"' in html
        dessau.refresh_from_db()
        assert dessau.accent_colour == "" and dessau.name == "Dessau-Roßlau"

    def test_good_colour_is_saved(self, staff_client, dessau):
        admin_change(staff_client, dessau, accent_colour="#1A5E8C")
        dessau.refresh_from_db()
        assert dessau.accent_colour == "#1a5e8c"

    def test_logo_upload_is_reencoded(self, platform_admin, dessau, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        request = RequestFactory().post("/admin/")
        request.user = platform_admin
        form_class = admin.site._registry[Municipality].get_form(request, fields=["logo"])
        jpeg = io.BytesIO()
        Image.new("RGB", (1600, 1600), (10, 80, 160)).save(jpeg, format="JPEG")
        form = form_class(data={}, files={"logo": SimpleUploadedFile("wappen.jpg", jpeg.getvalue())}, instance=dessau)
        assert form.is_valid(), form.errors
        form.save()
        dessau.refresh_from_db()
        with dessau.logo.open("rb") as stored:
            image = Image.open(stored)
            assert image.format == "PNG" and max(image.size) <= 800


@pytest.mark.django_db
class TestHeader:
    def test_platform_default_is_kern_blue_without_inline_style(self, client, dessau):
        response = client.get("/dessau-rosslau/")
        html = response.content.decode()
        assert "<style" not in html and "--kern-color-action-default" not in html
        assert "vendor/kern/kern.min.css" in html and 'class="kern-kopfzeile"' in html
        assert "brand-logo" not in html

    def test_accent_colour_overrides_the_kern_token_with_a_nonce(self, client, dessau):
        Municipality.objects.filter(pk=dessau.pk).update(accent_colour="#8c1a2b")
        response = client.get("/dessau-rosslau/")
        html = response.content.decode()
        style = re.search(r'<style nonce="([^"]+)">([^<]*)</style>', html)
        assert style, html[:2000]
        nonce, css = style.groups()
        assert "--kern-color-action-default:#8c1a2b" in css
        policy = response.headers["Content-Security-Policy"]
        assert f"'nonce-{nonce}'" in policy and "unsafe-inline" not in policy

    def test_accent_colour_stays_in_its_town(self, client, dessau, wittenberg):
        Municipality.objects.filter(pk=dessau.pk).update(accent_colour="#8c1a2b")
        response = client.get("/lutherstadt-wittenberg/")
        assert response.status_code == 200 and "#8c1a2b" not in response.content.decode()

    def test_logo_is_shown_with_alt_text(self, client, dessau, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        dessau.logo.save("wappen.png", SimpleUploadedFile("wappen.png", png()), save=True)
        html = client.get("/dessau-rosslau/").content.decode()
        assert re.search(r'<img class="brand-logo" src="[^"]+\.png" alt="Logo von Dessau-Roßlau">', html)

    def test_header_image_on_the_start_page_with_its_alt_text(self, client, dessau, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        dessau.header_image.save("banner.png", SimpleUploadedFile("banner.png", png((400, 100))), save=False)
        dessau.header_image_alt = "Das Bauhaus in Dessau im Abendlicht"
        dessau.save()
        html = client.get("/dessau-rosslau/").content.decode()
        assert 'class="town-banner"' in html and 'alt="Das Bauhaus in Dessau im Abendlicht"' in html

    def test_navigation_is_a_menu_without_javascript(self, client, dessau):
        html = client.get("/dessau-rosslau/").content.decode()
        nav = html[html.index('<nav class="main-nav"') : html.index("</nav>")]
        assert '<details class="nav-menu' in nav and "<summary" in nav and "Menü" in nav
        assert "<script" not in nav
        assert "<bdi>Mach mit!</bdi>" in nav


@pytest.mark.django_db
class TestAppearancePage:
    URL = "/dessau-rosslau/einstellungen/darstellung/"

    def test_coordinator_saves_a_colour_and_a_logo(self, client, coordinator, dessau, settings, tmp_path):
        settings.MEDIA_ROOT = tmp_path
        client.force_login(coordinator)
        assert client.get(self.URL).status_code == 200
        logo = SimpleUploadedFile("wappen.png", png((1200, 1200)), content_type="image/png")
        response = client.post(self.URL, {"accent_colour": "#1A5E8C", "header_image_alt": "", "logo": logo})
        assert response.status_code == 302
        dessau.refresh_from_db()
        assert dessau.accent_colour == "#1a5e8c" and dessau.logo.name.endswith(".png")
        with dessau.logo.open("rb") as stored:
            assert max(Image.open(stored).size) <= 800  # re-encoded by core.images

    def test_refused_colour_keeps_the_input_and_never_reaches_the_header(self, client, coordinator, dessau):
        client.force_login(coordinator)
        response = client.post(self.URL, {"accent_colour": "#ffcc00", "header_image_alt": "Rathaus"})
        html = response.content.decode()
        assert response.status_code == 200 and 'class="error-summary"' in html
        assert "zu wenig Kontrast" in html and 'value="#ffcc00"' in html and "Rathaus" in html
        assert "--kern-color-action-default" not in html  # the page keeps the stored (no) colour
        dessau.refresh_from_db()
        assert dessau.accent_colour == ""

    def test_other_towns_coordinator_gets_404(self, client, other_coordinator, dessau):
        client.force_login(other_coordinator)
        assert client.get(self.URL).status_code == 404
