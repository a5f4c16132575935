// Suggestions as you type in the search box. Only an enhancement: without this script the form
// submits to /{lang}/search like any form. No inline code, so it runs under the strict CSP.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list || !window.fetch) return;
  var lang = input.getAttribute("data-lang") || "pl";
  var timer = null;
  var last = "";
  input.addEventListener("input", function () {
    var q = input.value.trim();
    if (timer) clearTimeout(timer);
    if (q.length < 2 || q === last) return;
    timer = setTimeout(function () {
      last = q;
      fetch("/api/suggest?lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(q), {
        headers: { Accept: "application/json" },
      })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          while (list.firstChild) list.removeChild(list.firstChild);
          items.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are optional */ });
    }, 200);
  });
})();
