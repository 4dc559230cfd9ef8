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
      var marker = L.marker([p.lat, p.lon], { title: p.name, alt: p.name }).addTo(map);
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.name;
      marker.bindPopup(link);
      bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
  }
  document.addEventListener("DOMContentLoaded", draw);
})();
