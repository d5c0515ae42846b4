// complet/ held the full version of the self-assessment; the one page is now one folder up.
// Old links keep working: the query (?embed=1&lang=…) and the fragment (#r=… share links) go
// along. An external file, not an inline script: the pages run under a strict CSP
// (script-src 'self'). Without JavaScript, the page's link leads to the same place.
(function () {
  var up = /\/complet$/.test(location.pathname) ? "./" : "../";
  location.replace(up + location.search + location.hash);
})();
