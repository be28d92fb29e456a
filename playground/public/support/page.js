'use strict';
// The demo page's language switch: `?lang=de` sets the page language, which the widget follows. The
// choice is kept for the tab, so coming back from Checkout (to /support/ without it) keeps the language.
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  try {
    if (lang) sessionStorage.setItem('playground-support-lang', lang);
    else lang = sessionStorage.getItem('playground-support-lang');
  } catch (error) {
    // No storage: the language holds for this page only.
  }
  if (lang && /^[a-z]{2}$/.test(lang)) document.documentElement.lang = lang;
})();
