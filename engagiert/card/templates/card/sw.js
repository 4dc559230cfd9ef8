{% load static %}// Service worker of the verification page: keeps the page, its scripts and the trust list
// so that a partner who opened the page once can open it again without a connection.
// Network first; the cache answers only when the network does not.
const CACHE = "engagiert-card-verify-{{ municipality.slug }}-v2";
const PATHS = [
  "{{ verify_url }}",
  "{{ trust_url }}",
  "{% static 'vendor/kern/kern.min.css' %}",
  "{% static 'vendor/kern/fonts/FiraSans-Regular.woff2' %}",
  "{% static 'vendor/kern/fonts/FiraSans-SemiBold.woff2' %}",
  "{% static 'vendor/kern/fonts/FiraSans-Bold.woff2' %}",
  "{% static 'core/site.css' %}",
  "{% static 'card/card.css' %}",
  "{% static 'card/verify.js' %}",
  "{% static 'core/qrscan.js' %}",
  "{% static 'vendor/jsqr/jsQR.js' %}"
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(PATHS.map((p) => cache.add(new Request(p, { credentials: "same-origin" })).catch(() => null))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !PATHS.includes(url.pathname)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then((cached) => cached || Response.error()))
  );
});
