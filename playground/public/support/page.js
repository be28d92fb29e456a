'use strict';
// The demo page's language switch: `?lang=de` sets the page language, which the widget follows.
(function () {
  var lang = new URLSearchParams(location.search).get('lang');
  if (lang && /^[a-z]{2}$/.test(lang)) document.documentElement.lang = lang;
})();
