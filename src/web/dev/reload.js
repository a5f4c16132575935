// witaj serve --watch only: refreshes the page when the site was reloaded, or when a reload
// failed (the page then shows the errors in its banner). Served only in watch mode.
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !window.fetch) {
    return;
  }
  var url = me.getAttribute("data-status");
  var generation = me.getAttribute("data-generation");
  var reloads = me.getAttribute("data-reloads");
  function poll() {
    fetch(url, { cache: "no-store" })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (s) {
        if (s && (String(s.generation) !== generation || String(s.reloads) !== reloads)) {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        // The server is restarting: try again a little later.
        window.setTimeout(poll, 2000);
      });
  }
  window.setTimeout(poll, 1000);
})();
