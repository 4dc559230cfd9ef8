// Offline verification of Ehrenamtskarte QR codes in the browser (WebCrypto Ed25519).
// Reads the payload format of engagiert/card/crypto.py. The trust list (public keys and
// revoked card numbers) is fetched from the server and cached in localStorage; the page
// says how fresh it is. Without JavaScript the form is checked by the server.
(function () {
  var B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  var EPOCH = Date.UTC(2000, 0, 1);
  var HEADER = 16; // version 1, ags 4, key 2, number 4, from 2, until 2, name length 1

  function base32(text) {
    var clean = text.replace(/\s+/g, "").toUpperCase().replace(/=+$/, "");
    var bits = 0, value = 0, out = [];
    for (var i = 0; i < clean.length; i++) {
      var idx = B32.indexOf(clean[i]);
      if (idx < 0) return null;
      value = (value << 5) | idx;
      bits += 5;
      if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; }
    }
    if (value & ((1 << bits) - 1)) return null; // spare bits set: an altered text (see crypto.b32decode)
    return new Uint8Array(out);
  }

  function b64url(text) {
    var s = text.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function parse(text) {
    var raw = base32(text);
    if (!raw || raw.length < HEADER + 64) return null;
    var view = new DataView(raw.buffer);
    if (view.getUint8(0) !== 1) return null;
    var nameLen = view.getUint8(15);
    if (raw.length !== HEADER + nameLen + 64) return null;
    var name;
    try { name = new TextDecoder("utf-8", { fatal: true }).decode(raw.subarray(HEADER, HEADER + nameLen)); } catch (e) { return null; }
    return {
      ags: view.getUint32(1), keyId: view.getUint16(5), number: view.getUint32(7),
      from: view.getUint16(11), until: view.getUint16(13), name: name,
      message: raw.slice(0, HEADER + nameLen), signature: raw.slice(HEADER + nameLen)
    };
  }

  // RFC 8032's first test key: a browser without Ed25519 in WebCrypto cannot check offline,
  // and must say so instead of calling a genuine card forged.
  var TEST_KEY = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
  var supported = null;
  async function ed25519Supported() {
    if (supported === null) {
      try {
        await crypto.subtle.importKey("raw", b64url(TEST_KEY), { name: "Ed25519" }, false, ["verify"]);
        supported = true;
      } catch (e) { supported = false; }
    }
    return supported;
  }

  function dayToDate(n) { return new Date(EPOCH + n * 86400000); }
  function today() { var d = new Date(); return Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - EPOCH) / 86400000); }

  async function verifyOffline(text, list) {
    var p = parse(text);
    if (!p || p.ags !== list.ags) return { status: "rejected" };
    var key = list.keys.find(function (k) { return k.id === p.keyId; });
    if (!key) return { status: "rejected" };
    var ok = false, cryptoKey;
    try {
      cryptoKey = await crypto.subtle.importKey("raw", b64url(key.public_key), { name: "Ed25519" }, false, ["verify"]);
    } catch (e) {
      return { status: e && e.name === "NotSupportedError" ? "unsupported" : "rejected" };
    }
    try { ok = await crypto.subtle.verify({ name: "Ed25519" }, cryptoKey, p.signature, p.message); } catch (e) { ok = false; }
    if (!ok) return { status: "rejected" };
    if (key.retired !== null && key.retired !== undefined && p.from > key.retired) return { status: "rejected" };
    var status = "valid", t = today();
    if (list.revoked.indexOf(p.number) >= 0) status = "revoked";
    else if (t > p.until) status = "expired";
    else if (t < p.from) status = "not-yet-valid";
    return { status: status, name: p.name, from: dayToDate(p.from), until: dayToDate(p.until) };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var section = document.getElementById("offline");
    var form = document.getElementById("verify-form");
    if (!section || !form || !window.crypto || !crypto.subtle || !window.localStorage) return;
    var input = form.querySelector("[data-qr-target]");
    var result = document.getElementById("offline-result");
    var freshness = document.getElementById("offline-freshness");
    var storeKey = "engagiert-card-trust:" + section.dataset.municipality;
    var lang = document.documentElement.lang || "de";
    section.hidden = false;
    if ("serviceWorker" in navigator && section.dataset.serviceWorker) {
      navigator.serviceWorker.register(section.dataset.serviceWorker).catch(function () { /* online check still works */ });
    }

    function cached() {
      try { return JSON.parse(localStorage.getItem(storeKey)); } catch (e) { return null; }
    }
    function showFreshness() {
      var c = cached();
      freshness.textContent = c ? freshness.dataset.textFresh + " " + new Date(c.fetchedAt).toLocaleString(lang) : freshness.dataset.textNever;
    }
    showFreshness();
    fetch(section.dataset.trustUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (list) {
        if (list && list.keys) {
          // The list's own date: a copy from the service worker's cache must not look new.
          localStorage.setItem(storeKey, JSON.stringify({ fetchedAt: list.generated_at, list: list }));
          showFreshness();
        }
      })
      .catch(function () { /* offline: keep the cached list */ });

    function show(verdict) {
      result.textContent = "";
      var h = document.createElement("p");
      h.className = "verdict verdict-" + verdict.status.replace(/-/g, "_");
      var strong = document.createElement("strong");
      strong.textContent = result.dataset[verdict.status.replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); })] || verdict.status;
      h.appendChild(strong);
      if (verdict.name) {
        h.appendChild(document.createElement("br"));
        h.appendChild(document.createTextNode(result.dataset.labelName + ": " + verdict.name + " · " + result.dataset.labelValid + ": " +
          verdict.from.toLocaleDateString(lang, { timeZone: "UTC" }) + " – " + verdict.until.toLocaleDateString(lang, { timeZone: "UTC" })));
      }
      h.appendChild(document.createElement("br"));
      h.appendChild(document.createTextNode("(" + result.dataset.labelOffline + ")"));
      result.appendChild(h);
      result.dataset.status = verdict.status;
    }

    async function check() {
      var value = (input.value || "").trim();
      var c = cached();
      if (!(await ed25519Supported())) { result.textContent = result.dataset.unsupported; result.dataset.status = "unsupported"; return; }
      if (!c) { result.textContent = result.dataset.nolist; return; }
      if (/^#?\d+$/.test(value)) { result.textContent = result.dataset.numberOnly; return; }
      show(await verifyOffline(value, c.list));
    }

    document.getElementById("offline-check").addEventListener("click", check);
    form.addEventListener("submit", function (event) {
      if (navigator.onLine === false) { event.preventDefault(); check(); }
    });
  });
})();
