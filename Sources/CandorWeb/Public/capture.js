// Interview mode's script, served at /assets/capture.js?v=<fingerprint> on the capture page only
// (see Assets.swift). Without it interview mode is plain forms, one per section.

// Interview mode ([data-capture], /interviews/:id/capture): saves each answer on its own and
// never loses text. Every keystroke's text is first kept in localStorage under
// "candor:pending:<askID>" ({text, baseVersion, at, interviewID}); it is sent ~800 ms after
// typing pauses and on blur (PUT /api/asks/<id>/answer), and the kept copy is removed only
// after a 200. Unreachable server, or one that answers 5xx (a full disk, a database restarting):
// kept, shown as "not saved, retrying" with the server's reason, retried every 3 s and when the browser is back online.
// 409 (changed in another tab): nothing is overwritten; both texts are shown with "Keep mine"
// and "Use theirs" -- the one way this script ever replaces what is in a text area.
(function () {
  "use strict";
  var root = document.querySelector("[data-capture]");
  if (!root) { return; }
  var interviewID = root.getAttribute("data-interview-id") || "";
  var PENDING = "candor:pending:";
  var DELAY = 800;
  var RETRY = 3000;
  var TEXTS = {
    dirty: "Not saved yet",
    saving: "Saving…",
    saved: "Saved",
    offline: "Offline — kept in this browser; it will be sent when Candor is back",
    conflict: "Changed in another tab",
    gone: "This question is no longer in the plan — your text is kept in this browser; copy it elsewhere",
    error: "Not saved — kept in this browser"
  };
  var banner = document.getElementById("save-banner");
  var fields = [];
  var byID = {};
  var retryTimer = null;

  var storage = (function () {
    try {
      var probe = "candor:probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (error) { return null; }
  })();

  function readPending(id) {
    if (!storage) { return null; }
    try {
      var value = JSON.parse(storage.getItem(PENDING + id) || "null");
      return value && typeof value.text === "string" ? value : null;
    } catch (error) { return null; }
  }
  function keep(field) {
    if (!storage) { return; }
    try {
      storage.setItem(PENDING + field.id, JSON.stringify({
        text: field.textarea.value, baseVersion: field.version, at: new Date().toISOString(), interviewID: interviewID
      }));
    } catch (error) { /* full or refused: the text is still in the page */ }
  }
  function forget(id) {
    if (!storage) { return; }
    try { storage.removeItem(PENDING + id); } catch (error) { /* nothing to do */ }
  }

  // The session's anti-forgery token, which every change must send back.
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function put(url, body) {
    return fetch(url, {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrfToken() },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(
        function (data) { return { status: response.status, body: data || {} }; },
        function () { return { status: response.status, body: {} }; });
    });
  }

  // A blank answer is stored as none; compare texts the same way.
  function stored(text) { return text.trim() === "" ? "" : text; }

  function setState(field, state, message) {
    field.state = state;
    field.stateElement.setAttribute("data-save-state", state);
    field.stateElement.textContent = message || TEXTS[state] || "";
    field.item.setAttribute("data-save-state", state);
    updateBanner();
  }

  function setVersion(field, version) {
    field.version = version;
    field.textarea.setAttribute("data-version", String(version));
    if (field.versionInput) { field.versionInput.value = String(version); }
  }

  function unsaved(field) { return field.dirty || field.statusDirty || field.inFlight; }

  function updateBanner() {
    if (!banner) { return; }
    var count = 0;
    var offline = false;
    var reason = null;
    fields.forEach(function (field) {
      if (unsaved(field)) { count += 1; }
      if (field.offline) { offline = true; reason = reason || field.offlineReason; }
    });
    var text;
    var state;
    if (offline) {
      state = "offline";
      text = reason
        ? "Not saved, retrying — " + reason + " Kept in this browser (" + count + " not saved yet)"
        : "Offline — kept in this browser; it will be sent when Candor is back (" + count + " not saved yet)";
    } else if (count > 0) {
      state = "pending";
      text = count + " not saved yet";
    } else {
      state = "saved";
      text = "All saved";
    }
    banner.setAttribute("data-state", state);
    banner.setAttribute("data-unsaved", String(count));
    banner.textContent = text;
    banner.hidden = false;
  }

  // One request at a time per question, answer before status, so each reply is read
  // against the request it answers.
  function pump(field) {
    if (field.inFlight) { return; }
    if (field.dirty && !field.conflict && !field.blocked) { sendAnswer(field); return; }
    if (field.statusDirty && field.blocked !== "gone") { sendStatus(field); return; }
    updateBanner();
  }

  function schedule(field, delay) {
    clearTimeout(field.timer);
    field.timer = setTimeout(function () { pump(field); }, delay);
  }

  // `reason`: the server's one line when it answered but could not save (a full disk, a
  // database that is restarting); none when it could not be reached at all.
  function wentOffline(field, reason) {
    field.offline = true;
    field.offlineReason = reason || null;
    setState(field, "offline", offlineText(field));
    if (!retryTimer) { retryTimer = setInterval(retryAll, RETRY); }
  }

  function retryAll() {
    var waiting = fields.filter(function (field) { return field.offline; });
    if (waiting.length === 0) {
      clearInterval(retryTimer);
      retryTimer = null;
      return;
    }
    waiting.forEach(pump);
  }

  function offlineText(field) {
    return field.offlineReason ? "Not saved, retrying — " + field.offlineReason + " Kept in this browser." : TEXTS.offline;
  }

  function cameBack(field) {
    field.offline = false;
    field.offlineReason = null;
    if (!fields.some(function (other) { return other.offline; }) && retryTimer) {
      clearInterval(retryTimer);
      retryTimer = null;
    }
  }

  function sendAnswer(field) {
    var text = field.textarea.value;
    keep(field);
    field.inFlight = true;
    setState(field, "saving");
    put("/api/asks/" + field.id + "/answer", { text: text, baseVersion: field.version }).then(function (result) {
      field.inFlight = false;
      var body = result.body;
      if (result.status === 200) {
        cameBack(field);
        saved(field, text, body.version);
        if (!field.statusDirty && body.status) { showStatus(field, body.status); }
      } else if (result.status === 409) {
        cameBack(field);
        var theirs = typeof body.text === "string" ? body.text : "";
        if (theirs === stored(text)) {
          saved(field, text, body.version);
        } else if (field.savedText !== null && theirs === field.savedText) {
          // Saved elsewhere, but with the very text this one was typed on: nothing of theirs
          // is lost by building on it, so send again on the new version.
          setVersion(field, body.version);
          keep(field);
        } else {
          field.conflict = { text: theirs, version: body.version };
          showConflict(field);
          setState(field, "conflict");
        }
      } else if (result.status === 422 || result.status === 413) {
        cameBack(field);
        block(field, "too-long", (body.error || "This answer is too long to save.") + " Kept in this browser.");
      } else if (result.status === 404) {
        cameBack(field);
        block(field, "gone", TEXTS.gone);
      } else if (result.status >= 400 && result.status < 500) {
        cameBack(field);
        block(field, "error", "Not saved: " + (body.error || "the server refused it") + " Kept in this browser.");
      } else {
        wentOffline(field, result.body.error);
        return;
      }
      next(field);
    }, function () {
      field.inFlight = false;
      wentOffline(field);
    });
  }

  // `text` is stored now, at `version`; what was typed since is sent next.
  function saved(field, text, version) {
    setVersion(field, version);
    field.savedText = stored(text);
    if (field.textarea.value === text) {
      field.dirty = false;
      forget(field.id);
    } else {
      keep(field);
    }
  }

  // Stops sending this question's answer until it is typed into again (or, "gone", for good).
  function block(field, reason, message) {
    field.blocked = reason;
    field.blockedMessage = message;
  }

  // Sends what is waiting; otherwise shows where this question stands.
  function next(field) {
    pump(field);
    if (field.inFlight) { return; }
    if (field.conflict) { setState(field, "conflict"); } else if (field.blocked) {
      setState(field, field.blocked, field.blockedMessage);
    } else if (field.offline) { setState(field, "offline", offlineText(field)); } else if (field.dirty || field.statusDirty) {
      setState(field, "dirty");
    } else { setState(field, "saved"); }
  }

  function sendStatus(field) {
    var status = field.wantedStatus;
    field.inFlight = true;
    setState(field, "saving");
    put("/api/asks/" + field.id + "/status", { status: status }).then(function (result) {
      field.inFlight = false;
      if (result.status === 200) {
        cameBack(field);
        if (field.wantedStatus === status) { field.statusDirty = false; }
        // A status change leaves the answer's version alone, so the version in the reply says
        // nothing about this tab's text: the text keeps the version it was typed on, and if
        // another tab saved since, the next save is refused (409) instead of overwriting it.
        if (field.dirty) { keep(field); }
      } else if (result.status === 404) {
        cameBack(field);
        field.statusDirty = false;
        block(field, "gone", TEXTS.gone);
      } else if (result.status >= 400 && result.status < 500) {
        cameBack(field);
        field.statusDirty = false;
        if (!field.blocked) { block(field, "error", "Status not saved: " + (result.body.error || "the server refused it")); }
      } else {
        wentOffline(field, result.body.error);
        return;
      }
      next(field);
    }, function () {
      field.inFlight = false;
      wentOffline(field);
    });
  }

  function showStatus(field, status) {
    var shown = status === "answered" ? "asked" : status;
    field.radios.forEach(function (radio) { radio.checked = radio.value === shown; });
  }

  function showConflict(field) {
    removeConflict(field);
    var box = document.createElement("div");
    box.className = "conflict";
    box.setAttribute("data-conflict-for", field.id);
    box.setAttribute("role", "alert");
    var line = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = "Changed in another tab.";
    line.appendChild(strong);
    line.appendChild(document.createTextNode(" Saved there:"));
    var quote = document.createElement("blockquote");
    quote.setAttribute("dir", "auto");
    quote.setAttribute("data-theirs", "");
    quote.textContent = field.conflict.text;
    var actions = document.createElement("div");
    actions.className = "conflict-actions";
    var mine = document.createElement("button");
    mine.type = "button";
    mine.setAttribute("data-keep-mine", "");
    mine.textContent = "Keep mine";
    var theirs = document.createElement("button");
    theirs.type = "button";
    theirs.className = "secondary";
    theirs.setAttribute("data-use-theirs", "");
    theirs.textContent = "Use theirs";
    actions.appendChild(mine);
    actions.appendChild(theirs);
    box.appendChild(line);
    box.appendChild(quote);
    box.appendChild(actions);
    field.textarea.parentNode.insertBefore(box, field.textarea);
    field.conflictBox = box;
    mine.addEventListener("click", function () {
      var conflict = field.conflict;
      if (!conflict) { return; }
      field.conflict = null;
      removeConflict(field);
      setVersion(field, conflict.version);
      field.savedText = conflict.text;
      field.dirty = true;
      keep(field);
      next(field);
    });
    theirs.addEventListener("click", function () {
      var conflict = field.conflict;
      if (!conflict) { return; }
      field.conflict = null;
      removeConflict(field);
      field.textarea.value = conflict.text;
      setVersion(field, conflict.version);
      field.savedText = conflict.text;
      field.dirty = false;
      forget(field.id);
      next(field);
    });
  }

  function removeConflict(field) {
    if (field.conflictBox && field.conflictBox.parentNode) { field.conflictBox.parentNode.removeChild(field.conflictBox); }
    field.conflictBox = null;
  }

  // The page's text areas.
  Array.prototype.forEach.call(root.querySelectorAll("textarea[data-ask-id]"), function (textarea) {
    var id = textarea.getAttribute("data-ask-id");
    var item = textarea.closest("[data-ask]") || textarea.parentNode;
    var form = textarea.form;
    var field = {
      id: id,
      textarea: textarea,
      item: item,
      stateElement: item.querySelector("[data-save-state]") || document.createElement("span"),
      versionInput: form ? form.querySelector("input[type=hidden][name='version-" + id + "']") : null,
      radios: Array.prototype.slice.call(item.querySelectorAll("input[type=radio][data-status-for='" + id + "']")),
      version: parseInt(textarea.getAttribute("data-version"), 10) || 0,
      blockedMessage: "",
      savedText: stored(textarea.value),
      state: "",
      dirty: false,
      statusDirty: false,
      wantedStatus: null,
      inFlight: false,
      offline: false,
      offlineReason: null,
      blocked: null,
      conflict: null,
      conflictBox: null,
      timer: null
    };
    // A page that came back from the server with this answer not saved (no-JS conflict or too long).
    if (item.querySelector(".conflict, .field-error")) { field.savedText = null; }
    fields.push(field);
    byID[id] = field;

    textarea.addEventListener("input", function () {
      field.dirty = true;
      if (field.blocked !== "gone") { field.blocked = null; }
      keep(field);
      if (field.conflict) {
        setState(field, "conflict");
        return;
      }
      setState(field, field.offline ? "offline" : (field.blocked === "gone" ? "gone" : "dirty"));
      schedule(field, DELAY);
    });
    textarea.addEventListener("blur", function () {
      clearTimeout(field.timer);
      pump(field);
    });
    field.radios.forEach(function (radio) {
      radio.addEventListener("change", function () {
        if (!radio.checked) { return; }
        field.wantedStatus = radio.value;
        field.statusDirty = true;
        if (field.blocked === "error") { field.blocked = null; }
        next(field);
      });
    });
  });

  // Text kept in this browser from an earlier visit is newer than the server's copy: put it
  // back and send it, on the version it was typed on.
  fields.forEach(function (field) {
    var pending = readPending(field.id);
    if (!pending) { return; }
    if (pending.text === field.textarea.value) {
      forget(field.id);
      return;
    }
    var serverVersion = field.version;
    field.textarea.value = pending.text;
    if (typeof pending.baseVersion === "number") { setVersion(field, pending.baseVersion); }
    if (field.version !== serverVersion) { field.savedText = null; }
    field.dirty = true;
    next(field);
  });

  // Kept text for this interview whose question is no longer on the page: shown, never dropped silently.
  (function () {
    if (!storage) { return; }
    var lost = [];
    for (var index = 0; index < storage.length; index += 1) {
      var key = storage.key(index);
      if (!key || key.indexOf(PENDING) !== 0) { continue; }
      var id = key.slice(PENDING.length);
      var pending = readPending(id);
      if (!byID[id] && pending && pending.interviewID === interviewID && pending.text.trim() !== "") {
        lost.push({ id: id, text: pending.text });
      }
    }
    if (lost.length === 0) { return; }
    var box = document.createElement("div");
    box.className = "alert warning";
    box.id = "kept-elsewhere";
    box.setAttribute("role", "alert");
    var intro = document.createElement("p");
    intro.textContent = "Kept in this browser for questions that are no longer in this plan. Copy what you need, then dismiss:";
    box.appendChild(intro);
    lost.forEach(function (entry) {
      var quote = document.createElement("blockquote");
      quote.setAttribute("dir", "auto");
      quote.textContent = entry.text;
      var dismiss = document.createElement("button");
      dismiss.type = "button";
      dismiss.className = "secondary";
      dismiss.textContent = "Dismiss";
      dismiss.addEventListener("click", function () {
        forget(entry.id);
        box.removeChild(quote);
        box.removeChild(dismiss);
        if (!box.querySelector("blockquote") && box.parentNode) { box.parentNode.removeChild(box); }
      });
      box.appendChild(quote);
      box.appendChild(dismiss);
    });
    var bar = root.querySelector(".capture-bar");
    root.insertBefore(box, bar ? bar.nextSibling : root.firstChild);
  })();

  // Autosave is on: the per-section save buttons (for pages without the script) are hidden,
  // so nothing suggests typing must be saved by hand.
  root.classList.add("autosaving");

  // "Next unanswered" goes to the first text area still empty (the link's own target is
  // where it was when the page was made), and puts the cursor in it.
  var nextLink = root.querySelector("[data-next-unanswered]");
  if (nextLink) {
    nextLink.addEventListener("click", function (event) {
      var open = fields.filter(function (field) {
        var item = field.textarea.closest("[data-ask]");
        var status = item && item.querySelector("input[type=radio]:checked");
        return !field.textarea.value.trim() && !(status && (status.value === "skipped" || status.value === "dodged"));
      });
      if (open.length === 0) { return; }
      event.preventDefault();
      open[0].textarea.scrollIntoView({block: "center"});
      open[0].textarea.focus({preventScroll: true});
    });
  }

  // "Save this section" saves its answers in place rather than reloading the page.
  Array.prototype.forEach.call(root.querySelectorAll("form[data-section-form]"), function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      fields.forEach(function (field) {
        if (field.textarea.form !== form) { return; }
        clearTimeout(field.timer);
        if (field.blocked === "error" || field.blocked === "too-long") { field.blocked = null; }
        next(field);
      });
    });
  });

  // The other forms leave the page: send what is waiting first (it stays kept either way).
  Array.prototype.forEach.call(root.querySelectorAll("form[data-flush-first]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-flushed") === "1") {
        form.removeAttribute("data-flushed");
        return;
      }
      var busy = fields.filter(function (field) { return unsaved(field) && !field.conflict && !field.blocked && !field.offline; });
      if (busy.length === 0) { return; }
      event.preventDefault();
      var submitter = event.submitter || null;
      busy.forEach(function (field) { clearTimeout(field.timer); pump(field); });
      var waited = 0;
      var wait = setInterval(function () {
        waited += 100;
        if (waited < 5000 && fields.some(function (field) { return field.inFlight; })) { return; }
        clearInterval(wait);
        form.setAttribute("data-flushed", "1");
        if (form.requestSubmit) { form.requestSubmit(submitter); } else { form.submit(); }
      }, 100);
    });
  });

  window.addEventListener("online", retryAll);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      fields.forEach(function (field) { if (field.dirty) { clearTimeout(field.timer); pump(field); } });
    }
  });
  // Only without localStorage can leaving lose text; then ask first.
  window.addEventListener("beforeunload", function (event) {
    if (storage || !fields.some(function (field) { return field.dirty; })) { return; }
    event.preventDefault();
    event.returnValue = "";
  });
  updateBanner();
})();

// The interview clock ([data-clock]): time since "Start" against the minutes kept for the
// candidate's questions. The start is kept in localStorage ("candor:clock:<interview id>"),
// so a reload keeps counting.
(function () {
  "use strict";
  var root = document.querySelector("[data-capture]");
  var clock = root && root.querySelector("[data-clock]");
  if (!clock) { return; }
  var key = "candor:clock:" + (root.getAttribute("data-interview-id") || "");
  var reserved = parseInt(clock.getAttribute("data-minutes-reserved"), 10) || 0;
  var shown = clock.querySelector("[data-clock-elapsed]");
  var start = clock.querySelector("[data-clock-start]");
  var reset = clock.querySelector("[data-clock-reset]");
  var startedAt = null;
  var timer = null;
  try { startedAt = parseInt(window.localStorage.getItem(key) || "", 10) || null; } catch (error) { startedAt = null; }

  function two(number) { return number < 10 ? "0" + number : String(number); }
  function render() {
    if (startedAt === null) {
      shown.textContent = "0:00 of " + reserved + " min";
      clock.setAttribute("data-state", "stopped");
      clock.setAttribute("data-elapsed-seconds", "0");
      start.hidden = false;
      reset.hidden = true;
      return;
    }
    var seconds = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
    var text = Math.floor(seconds / 60) + ":" + two(seconds % 60) + " of " + reserved + " min";
    var over = seconds > reserved * 60;
    if (over) { text += " — " + Math.ceil(seconds / 60 - reserved) + " min over"; }
    shown.textContent = text;
    clock.setAttribute("data-state", over ? "over" : "running");
    clock.setAttribute("data-elapsed-seconds", String(seconds));
    start.hidden = true;
    reset.hidden = false;
  }
  function run() {
    clearInterval(timer);
    render();
    if (startedAt !== null) { timer = setInterval(render, 1000); }
  }
  start.addEventListener("click", function () {
    startedAt = Date.now();
    try { window.localStorage.setItem(key, String(startedAt)); } catch (error) { /* counts until reload */ }
    run();
  });
  reset.addEventListener("click", function () {
    if (!window.confirm("Reset the clock to zero?")) { return; }
    startedAt = null;
    try { window.localStorage.removeItem(key); } catch (error) { /* nothing kept */ }
    run();
  });
  run();
})();
