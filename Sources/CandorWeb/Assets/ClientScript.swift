/// Candor's one script, served from memory like the stylesheet.
///
/// The server cannot know the browser's time zone, so on the first visit this script stores
/// it in the `candor_tz` cookie and reloads once, and from then on pages arrive in the right
/// zone. Everything works without it: times then show in the machine's zone. It also wires
/// up the "Print this sheet" buttons, which stay hidden without it.
enum ClientScript {
    static let path = "/assets/candor.js"

    static let javaScript = """
    // "Print this sheet" buttons ([data-print], e.g. on the plan page): they arrive hidden, since
    // without this script they could do nothing, and are shown once their click can print.
    (function () {
      "use strict";
      Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
        button.addEventListener("click", function () { window.print(); });
        button.hidden = false;
      });
    })();

    // Remembers the browser's time zone for Candor's pages (see ClientScript.swift).
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

    """
}
