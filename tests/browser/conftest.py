"""Browser tests: one Chromium for the whole session, a fresh context per test.

Playwright's sync API runs an asyncio loop in the main thread, so Django's async-safety
check must be switched off for the ORM calls in fixtures and tests."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The live server listens on 127.0.0.1 (not "localhost", which may resolve to ::1 first).
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright  # noqa: E402

from engagiert.testing import PASSWORD  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-default-apps",
    "--disable-extensions",
    # Nothing leaves the machine: every host name fails to resolve (map tiles, say), while the
    # live server on 127.0.0.1 is excluded. Chromium refuses the requests itself,
    # so no request makes a round trip through Playwright's routing.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# Set SCREENSHOT_DIR (e.g. /tmp/shots) to keep a full-page screenshot of every checked page.
SCREENSHOT_DIR = os.environ.get("SCREENSHOT_DIR", "")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth's rate limits count in the cache, which outlives the flushed database."""
    cache.clear()
    yield
    cache.clear()


class Contexts:
    """Browser contexts on the live server that cannot reach the internet (LAUNCH_ARGS)."""

    def __init__(self, browser: Browser, base_url: str):
        self.browser = browser
        self.base_url = base_url
        self.opened: list[BrowserContext] = []
        self.page_errors: list[str] = []
        self.console_errors: list[str] = []
        self.forgiven: list[str] = []

    def new(self, *, lang: str = "", user=None, **options) -> BrowserContext:
        options.setdefault("locale", "de-DE")
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = self.browser.new_context(base_url=self.base_url, **options)
        context.set_default_timeout(10_000)
        if lang:
            self.set_language(context, lang)
        if user is not None:
            self.log_in(context, user)
        self.opened.append(context)
        return context

    def page(self, **kwargs) -> Page:
        page = self.new(**kwargs).new_page()
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(f"{page.url}: {m.text}"))
        return page

    def set_language(self, context: BrowserContext, lang: str) -> None:
        context.add_cookies([{"name": settings.LANGUAGE_COOKIE_NAME, "value": lang, "url": self.base_url}])

    def log_in(self, context: BrowserContext, user) -> None:
        """Sign in without the form: a session made by Django's test client."""
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": self.base_url}])

    def expect_console_error(self, text: str) -> None:
        """Forgive a console error the test provokes on purpose (e.g. the 404 of a missing page)."""
        self.forgiven.append(text)

    def close(self) -> None:
        for context in self.opened:
            context.close()


@pytest.fixture
def contexts(browser, live_server) -> Iterator[Contexts]:
    opened = Contexts(browser, live_server.url)
    yield opened
    opened.close()
    assert not opened.page_errors, f"JavaScript errors: {opened.page_errors}"
    # Requests to other hosts (map tiles) fail to resolve; anything else (404, CSP violation, ...) is a bug.
    errors = [
        e
        for e in opened.console_errors
        if not e.endswith("Failed to load resource: net::ERR_NAME_NOT_RESOLVED") and e not in opened.forgiven
    ]
    assert not errors, f"Console errors: {errors}"


def log_in_with_form(page: Page, email: str, password: str = PASSWORD) -> None:
    """Sign in the way a person does: the allauth login form."""
    page.goto("/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()


# Every page of the axe crawl must fit a phone: no horizontal scrolling at 390 x 844 CSS pixels.
PHONE = {"width": 390, "height": 844}
# The outermost elements that stick out of the viewport (inside a scroll box such as
# `.table-scroll` nothing counts: it scrolls on its own), and text wider than its box.
WIDEST_ELEMENTS = """(limit) => {
  const clips = (el) => {  // a scroll box clips what it contains, not what is positioned outside it
    let a = el.parentElement;
    if (getComputedStyle(el).position === "absolute") {  // from its containing block on
      while (a && getComputedStyle(a).position === "static") a = a.parentElement;
    }
    for (; a; a = a.parentElement) {
      if (a !== document.body && getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const out = (el) => { const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > limit + 0.5 || r.left < -0.5); };
  const found = [];
  for (const el of document.body.querySelectorAll("*")) {
    if (clips(el)) continue;
    const text = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !el.childElementCount
      && getComputedStyle(el).overflowX === "visible" && !out(el);
    if (!(text || (out(el) && !(el.parentElement && out(el.parentElement))))) continue;
    const r = el.getBoundingClientRect();
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (el.classList.length ? "." + [...el.classList].join(".") : "");
    found.push(`${name} ${Math.round(Math.max(r.width, el.scrollWidth))}px `
      + JSON.stringify((el.innerText || "").trim().slice(0, 40)));
  }
  return found.slice(0, 8);
}"""


def phone_width(page: Page, *, screenshot: str = "") -> tuple[int, list[str]]:
    """The page's width at 390 px (document scroll width) and, if wider, the elements that stick out."""
    page.wait_for_load_state("load")  # stylesheets too: a page measured without them is wider
    viewport = page.viewport_size
    page.set_viewport_size(PHONE)
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        culprits = page.evaluate(WIDEST_ELEMENTS, PHONE["width"]) if width > PHONE["width"] else []
        if screenshot:
            page.screenshot(path=screenshot, full_page=True)
    finally:
        if viewport:
            page.set_viewport_size(viewport)
    return width, culprits


def pytest_terminal_summary(terminalreporter):
    """All pages of the crawl that are wider than a phone, with their widths, in one list."""
    wide = [
        (value, report.nodeid)
        for reports in terminalreporter.stats.values()
        for report in reports
        for key, value in getattr(report, "user_properties", ())
        if key == "too_wide" and getattr(report, "when", "") == "call"
    ]
    if wide:
        terminalreporter.section(f"Pages wider than {PHONE['width']} px")
        for (url, width, culprits), nodeid in sorted(wide, key=lambda w: -w[0][1]):
            terminalreporter.line(f"{width:5d} px  {url}  ({nodeid}): {'; '.join(culprits)}")


@pytest.fixture
def check_a11y(axe, request) -> Callable[..., None]:
    """Run axe (WCAG 2.1 A and AA) on the page and fail with axe's report on any violation;
    then check at 390 x 844 that the page is no wider than the phone's screen."""

    def check(page: Page, *, name: str = "", context=None) -> None:
        if SCREENSHOT_DIR and name:
            Path(SCREENSHOT_DIR).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=f"{SCREENSHOT_DIR}/{name}.png", full_page=True)
        phone_shot = f"{SCREENSHOT_DIR}/{name}-390.png" if SCREENSHOT_DIR and name else ""
        width, culprits = phone_width(page, screenshot=phone_shot)
        if width > PHONE["width"]:  # listed at the end of the run too (pytest_terminal_summary)
            request.node.user_properties.append(("too_wide", (page.url, width, culprits)))
        results = axe.run(page, context, AXE_OPTIONS)
        assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
        assert width <= PHONE["width"], f"{page.url} is {width} px wide at {PHONE['width']} px: {'; '.join(culprits)}"

    return check
