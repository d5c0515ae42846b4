// examples/try.html: loads the widget in the iframe with this page's own query string, to try the
// embedding parameters (embed, lang, theme, heading, origin, events) without editing a page.
const frame = document.getElementById("problemes-imaginaires");
frame.src = frame.dataset.src + window.location.search;
