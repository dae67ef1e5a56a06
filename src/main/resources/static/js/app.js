// Small enhancements; every page works without them.
(function () {
  // Search filters start folded on phones and open on wider screens.
  function openFiltersOnWideScreens(root) {
    if (window.matchMedia('(min-width: 40em)').matches) {
      root.querySelectorAll('details.rw-filters').forEach(function (d) { d.open = true; });
    }
  }
  document.addEventListener('DOMContentLoaded', function () { openFiltersOnWideScreens(document); });
  document.addEventListener('htmx:afterSwap', function (e) { openFiltersOnWideScreens(e.target.parentNode || document); });
  // Print buttons (no inline handlers: the Content-Security-Policy allows scripts from this site only).
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-rw-print]')) { window.print(); }
  });
})();
