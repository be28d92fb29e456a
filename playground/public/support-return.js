'use strict';

// Shows what ?checkout= says (success or cancel); a separate file, as Strapi's Content-Security-Policy forbids inline scripts.
(() => {
  const state = new URLSearchParams(window.location.search).get('checkout');
  const shown = document.getElementById(state === 'success' || state === 'cancel' ? state : 'back');
  for (const section of document.querySelectorAll('main > section')) section.hidden = section !== shown;
  document.title = `${shown.querySelector('h1').textContent} — Helpdesk playground`;
})();
