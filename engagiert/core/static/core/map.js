// Shows the places of the current list (organisations, partners, ...) on an OpenStreetMap map.
// The page has <div id="map" hidden> and a json_script "map-points": [{lat, lon, name, url}].
// Without JavaScript (or when Leaflet did not load) the map stays hidden and the list is all.
(function () {
  function draw() {
    var el = document.getElementById("map");
    var data = document.getElementById("map-points");
    if (!el || !data || typeof L === "undefined") return;
    var points = JSON.parse(data.textContent);
    if (!points.length) { el.hidden = true; return; }
    el.hidden = false;
    if (el._leaflet_map) { el._leaflet_map.remove(); }
    var map = L.map(el, { scrollWheelZoom: false });
    el._leaflet_map = map;
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      // Not a tab stop of its own: every place is a link in the list of results beside the map
      // (dozens of overlapping markers would be tiny, crowded keyboard targets).
      var marker = L.marker([p.lat, p.lon], { title: p.name, alt: p.name, keyboard: false }).addTo(map);
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.name;
      marker.bindPopup(link);
      bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
  }

  // A form's pin (template _pin_map.html): click or drag sets the hidden latitude/longitude
  // inputs; "remove" empties them (the server then takes the postcode's centre).
  function pin() {
    var box = document.querySelector("[data-pin-map]");
    if (!box || typeof L === "undefined" || box._pin) return;
    box._pin = true;
    var lat = document.getElementById(box.dataset.lat);
    var lon = document.getElementById(box.dataset.lon);
    var canvas = box.querySelector("[data-pin-canvas]");
    var status = box.querySelector("[data-pin-status]");
    if (!lat || !lon || !canvas) return;
    [canvas, box.querySelector("[data-pin-help]"), box.querySelector("[data-pin-buttons]")].forEach(function (el) {
      if (el) el.hidden = false;
    });
    var icon = L.icon({
      iconUrl: box.dataset.icon, iconRetinaUrl: box.dataset.icon2x, shadowUrl: box.dataset.shadow,
      iconSize: [25, 41], iconAnchor: [12, 41], shadowSize: [41, 41]
    });
    var map = L.map(canvas, { scrollWheelZoom: false });
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    }).addTo(map);
    var marker = null;
    function round(x) { return Math.round(x * 1e6) / 1e6; }
    function set(latlng, initial) {
      if (!initial) {  // the stored values stay as they were until the person moves the pin
        lat.value = round(latlng.lat);
        lon.value = round(((latlng.lng + 540) % 360) - 180);
      }
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, icon: icon, title: box.dataset.textMarker, alt: box.dataset.textMarker }).addTo(map);
        marker.on("dragend", function () { set(marker.getLatLng()); });
      } else {
        marker.setLatLng(latlng);
      }
      if (!initial) status.textContent = box.dataset.textSet;
    }
    var start = parseFloat(lat.value), startLon = parseFloat(lon.value);
    if (!isNaN(start) && !isNaN(startLon)) {
      map.setView([start, startLon], 15);
      set(L.latLng(start, startLon), true);
    } else {
      var cLat = parseFloat(box.dataset.centerLat), cLon = parseFloat(box.dataset.centerLon);
      if (!isNaN(cLat) && !isNaN(cLon)) map.setView([cLat, cLon], 12);
      else map.setView([51.16, 10.45], 6);  // Germany
    }
    map.on("click", function (e) { set(e.latlng); });
    box.querySelector("[data-pin-center]").addEventListener("click", function () { set(map.getCenter()); });
    box.querySelector("[data-pin-clear]").addEventListener("click", function () {
      lat.value = ""; lon.value = "";
      if (marker) { map.removeLayer(marker); marker = null; }
      status.textContent = box.dataset.textCleared;
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("DOMContentLoaded", pin);
})();
