// A filter box for a long list of checkboxes (core.forms.Picker): the HTML holds it hidden;
// here it is shown (for lists longer than a screenful) and hides the options that do not
// match what is typed. Checked options always stay visible. Without JavaScript the whole
// list of checkboxes stays, as the server rendered it.
(function () {
  var MIN_OPTIONS = 8;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function enhance(picker) {
    if (picker.getAttribute("data-picker-ready")) return;
    picker.setAttribute("data-picker-ready", "1");
    var box = picker.querySelector(".picker-filter");
    var input = picker.querySelector("[data-picker-filter]");
    var count = picker.querySelector("[data-picker-count]");
    var options = Array.prototype.slice.call(picker.querySelectorAll(".picker-options label"));
    if (!box || !input || options.length < MIN_OPTIONS) return;
    box.hidden = false;
    function update() {
      var query = fold(input.value.trim());
      var shown = 0;
      options.forEach(function (label) {
        var checkbox = label.querySelector("input");
        var match = !query || (checkbox && checkbox.checked) || fold(label.textContent).indexOf(query) !== -1;
        label.hidden = !match;
        if (match) shown += 1;
      });
      count.textContent = query
        ? count.getAttribute("data-text").replace("%(shown)s", shown).replace("%(total)s", options.length)
        : "";
    }
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault(); // Enter filters, it does not send the form
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-picker]"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
