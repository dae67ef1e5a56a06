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
  // On a phone, the posting's Apply bar at the bottom of the screen shows only while neither Apply button on the page is
  // in view, so it never covers them. Without this script it always shows.
  document.addEventListener('DOMContentLoaded', function () {
    var bar = document.querySelector('.rw-sticky-apply');
    var buttons = ['apply-summary', 'apply-end'].map(function (id) { return document.getElementById(id); }).filter(Boolean);
    if (!bar || !buttons.length || !('IntersectionObserver' in window)) { return; }
    var inView = new Set();
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) { inView.add(e.target); } else { inView.delete(e.target); } });
      bar.hidden = inView.size > 0;
    });
    buttons.forEach(function (b) { observer.observe(b); });
  });
  // Print buttons (no inline handlers: the Content-Security-Policy allows scripts from this site only).
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-rw-print]')) { window.print(); }
  });
})();
