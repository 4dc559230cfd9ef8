// Camera QR scanning for any <form data-qr-scan> that contains an <input data-qr-target>.
// Adds a "Kamera verwenden" button (label from data-qr-label), shows the camera picture,
// decodes frames with the vendored jsQR, fills the input and submits the form.
// Without JavaScript, a camera or jsQR, the form stays as it is: typing works.
(function () {
  function enhance(form) {
    var input = form.querySelector("[data-qr-target]");
    if (!input || typeof jsQR === "undefined" || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "secondary qr-start";
    button.textContent = form.dataset.qrLabel || "Kamera verwenden";
    var stopLabel = form.dataset.qrStopLabel || "Kamera ausschalten";
    var video = document.createElement("video");
    video.className = "qr-video";
    video.hidden = true;
    video.setAttribute("playsinline", "");
    video.setAttribute("muted", "");
    video.setAttribute("aria-label", form.dataset.qrVideoLabel || "Kamerabild");
    var canvas = document.createElement("canvas");
    var stream = null;
    input.insertAdjacentElement("afterend", video);
    input.insertAdjacentElement("afterend", button);

    function stop() {
      if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
      video.hidden = true;
      button.textContent = form.dataset.qrLabel || "Kamera verwenden";
    }

    function tick() {
      if (!stream) return;
      if (video.readyState >= 2 && video.videoWidth) {
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        var ctx = canvas.getContext("2d", { willReadFrequently: true });
        ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
        var image = ctx.getImageData(0, 0, canvas.width, canvas.height);
        var code = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
        if (code && code.data) {
          input.value = code.data;
          stop();
          if (form.requestSubmit) form.requestSubmit(); else form.submit();
          return;
        }
      }
      requestAnimationFrame(tick);
    }

    button.addEventListener("click", function () {
      if (stream) { stop(); return; }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        button.textContent = stopLabel;
        video.play();
        requestAnimationFrame(tick);
      }).catch(function () {
        stop();
        input.focus();
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-qr-scan]").forEach(enhance);
  });
})();
