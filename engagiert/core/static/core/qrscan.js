/* Camera scanning of QR codes, shared by the check-in pages (Begegnungen, Ehrenamtskarte).
 *
 * Enhances every <form data-qr-scan> that contains an <input data-qr-target>: adds a
 * "Kamera verwenden" button; on click it shows the camera picture, decodes frames with
 * jsQR (engagiert/core/static/vendor/jsqr/jsQR.js, loaded before this file), fills the
 * input with the first code found and submits the form. Without JavaScript, jsQR or a
 * camera nothing changes: typing the code works as before.
 * Texts can be given in the page's language: data-qr-label, data-qr-stop, data-qr-error,
 * data-qr-scanning on the form. */
(function () {
  "use strict";

  function enhance(form) {
    var input = form.querySelector("[data-qr-target]");
    if (!input || typeof window.jsQR !== "function") return;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
    var text = {
      start: form.getAttribute("data-qr-label") || "Kamera verwenden",
      stop: form.getAttribute("data-qr-stop") || "Kamera ausschalten",
      error: form.getAttribute("data-qr-error") || "Die Kamera ist nicht verfügbar. Bitte tippen Sie den Code ein.",
      scanning: form.getAttribute("data-qr-scanning") || "Halten Sie den QR-Code vor die Kamera."
    };
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary qr-camera-button";
    button.textContent = text.start;
    var status = document.createElement("p");
    status.className = "qr-status";
    status.setAttribute("role", "status");
    var video = document.createElement("video");
    video.className = "qr-video";
    video.setAttribute("playsinline", "");
    video.setAttribute("aria-hidden", "true");
    video.muted = true;
    video.hidden = true;
    var canvas = document.createElement("canvas");
    var context = canvas.getContext("2d", { willReadFrequently: true });
    var holder = document.createElement("div");
    holder.className = "qr-scan";
    holder.appendChild(button);
    holder.appendChild(status);
    holder.appendChild(video);
    input.parentNode.insertBefore(holder, input.nextSibling);

    var stream = null;
    var timer = null;

    function stop() {
      if (timer) window.clearTimeout(timer);
      timer = null;
      if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
      video.hidden = true;
      button.textContent = text.start;
    }

    function tick() {
      timer = null;
      if (!stream) return;
      if (video.readyState >= 2 && video.videoWidth) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        var image = context.getImageData(0, 0, canvas.width, canvas.height);
        var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
        if (code && code.data) {
          stop();
          input.value = code.data;
          status.textContent = code.data;
          if (form.requestSubmit) form.requestSubmit(); else form.submit();
          return;
        }
      }
      timer = window.setTimeout(tick, 120);
    }

    button.addEventListener("click", function () {
      if (stream) { stop(); return; }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
        .then(function (media) {
          stream = media;
          video.srcObject = media;
          video.hidden = false;
          button.textContent = text.stop;
          status.textContent = text.scanning;
          return video.play();
        })
        .then(function () { tick(); })
        .catch(function () { stop(); status.textContent = text.error; });
    });
  }

  document.querySelectorAll("form[data-qr-scan]").forEach(enhance);
})();
