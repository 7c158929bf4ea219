// Marsad reader: small comforts on top of pages that work without JavaScript.
// 1. "Back to top" floats in once the reader has scrolled a screen, scrolls smoothly, and moves
//    keyboard focus to the top of the page (the plain link already works without this file).
// 2. "/" jumps to the search box, as on most news and search sites.
(function () {
  'use strict';
  var toTop = document.querySelector('a.to-top');
  if (toTop) {
    var floating = toTop.cloneNode(true);
    floating.classList.add('floating');
    floating.setAttribute('aria-hidden', 'true');
    floating.setAttribute('tabindex', '-1');
    document.body.appendChild(floating);
    var update = function () {
      floating.classList.toggle('shown', window.scrollY > window.innerHeight);
    };
    window.addEventListener('scroll', update, { passive: true });
    update();
    var goTop = function (event) {
      event.preventDefault();
      var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
      var top = document.getElementById('top');
      if (top) {
        top.setAttribute('tabindex', '-1');
        top.focus({ preventScroll: true });
      }
      if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
    };
    toTop.addEventListener('click', goTop);
    floating.addEventListener('click', goTop);
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var search = document.getElementById('q');
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  });
})();
