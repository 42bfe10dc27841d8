// Candor's script for every page, served at /assets/candor.js?v=<fingerprint> (see Assets.swift).
// Everything works without it: it only adds to pages that already work as plain forms.

// "Print this sheet" buttons ([data-print], e.g. on the plan page): they arrive hidden, since
// without this script they could do nothing, and are shown once their click can print.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });
})();

// A link to something inside a closed group (the bank's categories: /questions#q-<id>) opens
// the groups around it first, so the page shows what the link named.
(function () {
  "use strict";
  function reveal() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(decodeURIComponent(id)) : null;
    if (!target) { return; }
    var opened = false;
    for (var parent = target.parentElement; parent; parent = parent.parentElement) {
      if (parent.tagName === "DETAILS" && !parent.open) { parent.open = true; opened = true; }
    }
    if (opened) { target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();

// The pipeline board ([data-status] columns of .company-card): a card dragged onto another
// column is moved by its own "Move" form, with the column's status chosen, so dragging and
// the plain form (the keyboard's and the no-script way) do the same request.
(function () {
  "use strict";
  var cards = document.querySelectorAll(".board .company-card");
  if (!cards.length) { return; }
  var dragged = null;
  Array.prototype.forEach.call(cards, function (card) {
    if (!card.querySelector("form.move select")) { return; }
    card.draggable = true;
    card.addEventListener("dragstart", function (event) {
      dragged = card;
      card.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", card.id);
    });
    card.addEventListener("dragend", function () {
      card.classList.remove("dragging");
      dragged = null;
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".board .column[data-status]"), function (column) {
    column.addEventListener("dragover", function (event) {
      if (!dragged) { return; }
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      column.classList.add("drop-here");
    });
    column.addEventListener("dragleave", function () { column.classList.remove("drop-here"); });
    column.addEventListener("drop", function (event) {
      column.classList.remove("drop-here");
      if (!dragged) { return; }
      event.preventDefault();
      var form = dragged.querySelector("form.move");
      var select = form.querySelector("select");
      if (select.value === column.getAttribute("data-status")) { return; }
      select.value = column.getAttribute("data-status");
      form.submit();
    });
  });
})();

// Remembers the browser's time zone for Candor's pages: the server cannot know it, so the first
// visit stores it in the candor_tz cookie and reloads once; from then on pages arrive in the
// right zone. A page that shows times names its zone in <html data-viewer-zone>.
(function () {
  "use strict";
  var name = "candor_tz";
  function hasCookie() {
    return document.cookie.split(";").some(function (part) { return part.trim().indexOf(name + "=") === 0; });
  }
  if (hasCookie()) { return; }
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (error) { return; }
  if (!zone) { return; }
  document.cookie = name + "=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
  // Reload only a page that shows times on another clock, and only when the cookie was
  // kept (cookies may be off): the reload then finds it, so this happens at most once.
  var shown = document.documentElement.getAttribute("data-viewer-zone");
  if (shown && !sameClock(shown, zone) && hasCookie()) { window.location.reload(); }

  // Two names for one clock ("Etc/UTC" and "UTC") need no reload: compare a winter and
  // a summer day, so zones that differ only in daylight saving still count as different.
  function sameClock(a, b) {
    if (a === b) { return true; }
    try {
      var year = new Date().getUTCFullYear();
      return [0, 6].every(function (month) {
        var day = new Date(Date.UTC(year, month, 1, 12));
        return clock(a, day) === clock(b, day);
      });
    } catch (error) { return false; }
  }
  function clock(zone, date) {
    return new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(date);
  }
})();
