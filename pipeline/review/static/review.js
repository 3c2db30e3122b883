// debrief review: progressive enhancement only. Every form works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var player = document.getElementById("player");
  var transcript = document.getElementById("transcript");

  function segmentEl(index) {
    return index === "" || index === null || index === undefined ? null : document.getElementById("seg-" + index);
  }

  function flash(el) {
    if (!el) return;
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  }

  function showSegment(index) {
    var el = segmentEl(index);
    if (el && transcript) {
      transcript.scrollTo({ top: el.offsetTop - transcript.offsetTop - 40, behavior: "smooth" });
      flash(el);
    }
  }

  function seek(seconds, segment) {
    var t = parseFloat(seconds);
    if (player && !isNaN(t)) {
      player.currentTime = t;
      var playing = player.play();
      if (playing && playing.catch) playing.catch(function () {});
    }
    showSegment(segment);
  }

  // Timestamps: seek the audio (the link's #seg-N still works without JS).
  document.addEventListener("click", function (ev) {
    var stamp = ev.target.closest("[data-seek].stamp");
    if (stamp) {
      ev.preventDefault();
      var turn = stamp.closest(".turn");
      var item = stamp.closest(".item");
      var seg = turn ? turn.dataset.segment : item ? item.dataset.segment : "";
      seek(stamp.dataset.seek, seg);
      return;
    }
    // Highlighted quote in the transcript: show its item card.
    var mark = ev.target.closest("mark.hl[data-ref]");
    if (mark) {
      var card = document.getElementById(mark.dataset.ref);
      if (card) {
        card.scrollIntoView({ behavior: "smooth", block: "center" });
        card.classList.add("focus");
        setTimeout(function () { card.classList.remove("focus"); }, 1500);
      }
      var t = mark.closest(".turn");
      if (t && t.dataset.start) seek(t.dataset.start, null);
      return;
    }
    // Clicking an item card (not its fields) plays from its quote.
    var article = ev.target.closest("article.item");
    if (article && !ev.target.closest("input, textarea, select, button, a, label")) {
      seek(article.dataset.seek, article.dataset.segment);
    }
    var back = ev.target.closest("[data-back]");
    if (back && history.length > 1) {
      ev.preventDefault();
      history.back();
    }
  });

  // Follow the audio: mark the turn being played.
  if (player && transcript) {
    var turns = Array.prototype.slice.call(transcript.querySelectorAll(".turn[data-start]"));
    var current = null;
    player.addEventListener("timeupdate", function () {
      var now = player.currentTime, found = null;
      for (var i = 0; i < turns.length; i++) {
        var s = parseFloat(turns[i].dataset.start);
        if (!isNaN(s) && s <= now + 0.05) found = turns[i];
      }
      if (found !== current) {
        if (current) current.classList.remove("playing");
        if (found) found.classList.add("playing");
        current = found;
      }
    });
  }

  // Owner: the free-text box shows when "other…" is chosen; choosing anything else clears it.
  function syncOwner(select) {
    var other = select.parentElement.querySelector(".owner-other");
    if (!other) return;
    var isOther = select.value === "__other__";
    other.classList.toggle("hidden", !isOther);
    if (!isOther) other.value = "";
    if (isOther) other.placeholder = "Type a name";
  }
  document.querySelectorAll("select.owner-select").forEach(function (select) {
    var other = select.parentElement.querySelector(".owner-other");
    if (other && other.value.trim()) select.value = "__other__";
    syncOwner(select);
    select.addEventListener("change", function () {
      syncOwner(select);
      if (select.value === "__other__" && other) other.focus();
    });
  });

  // Select transcript text -> add it as a missed item.
  var tools = document.getElementById("selection-tools");
  var picked = null;
  function hideTools() { if (tools) tools.hidden = true; }
  if (tools && transcript) {
    document.addEventListener("mouseup", function (ev) {
      if (tools.contains(ev.target)) return;
      setTimeout(function () {
        var sel = window.getSelection();
        var text = sel ? sel.toString().trim() : "";
        if (!text || !sel.rangeCount || !transcript.contains(sel.anchorNode)) { hideTools(); return; }
        var node = sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement;
        var turn = node.closest(".turn");
        picked = { text: text, segment: turn ? turn.dataset.segment : "" };
        var rect = sel.getRangeAt(0).getBoundingClientRect();
        tools.style.top = (window.scrollY + rect.bottom + 6) + "px";
        tools.style.left = (window.scrollX + rect.left) + "px";
        tools.hidden = false;
      }, 0);
    });
    tools.addEventListener("click", function (ev) {
      var button = ev.target.closest("button[data-add]");
      if (!button || !picked) return;
      var form = document.getElementById(button.dataset.add === "action" ? "add-action" : "add-agreement");
      form.querySelector(".quote-input").value = picked.text;
      form.querySelector(".segment-input").value = picked.segment;
      var main = form.querySelector(button.dataset.add === "action" ? "textarea[name=task]" : "textarea[name=text]");
      if (!main.value.trim()) main.value = picked.text;
      hideTools();
      form.scrollIntoView({ behavior: "smooth", block: "center" });
      main.focus();
    });
  }

  // Keep the review column where it was after a save (the server redirects to #item-anchor).
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains("item")) {
      target.classList.add("focus");
      setTimeout(function () { target.classList.remove("focus"); }, 1500);
    }
  }
})();

// Decisions in place: accept, reject, save and "Accept all remaining" post with fetch and update the page, so a
// meeting is reviewed on one page load. Without JavaScript (or if a request fails) the forms post as before.
(function () {
  "use strict";
  var column = document.querySelector(".review-col");
  if (!column || !window.fetch) return;
  var ITEM_FORM = /\/(actions|agreements)\/\d+$/;
  var STATUSES = ["proposed", "accepted", "rejected"];

  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function items() { return Array.prototype.slice.call(document.querySelectorAll("article.item")); }

  function setStatus(el, status) {
    STATUSES.forEach(function (s) { el.classList.remove(s); });
    el.classList.add(status);
  }

  function apply(data) {
    Object.keys(data.items).forEach(function (id) {
      var status = data.items[id];
      var card = document.getElementById(id);
      if (!card) return;
      setStatus(card, status);
      var pill = card.querySelector(".item-head .pill");
      if (pill) { setStatus(pill, status); pill.textContent = status; }
      each('mark.hl[data-ref="' + id + '"], a.badge[href="#' + id + '"]', function (m) { setStatus(m, status); });
    });
    var n = data.pending;
    each(".pending-count", function (el) { el.textContent = n; });
    each(".pending-plural", function (el) { el.textContent = n === 1 ? "" : "s"; });
    each("[data-accept-all]", function (el) { el.hidden = n === 0; });
    var blocked = document.getElementById("confirm-blocked");
    if (blocked) blocked.hidden = n === 0;
    var ready = document.getElementById("confirm-ready");
    if (ready) ready.hidden = n !== 0;
    var confirmButton = document.querySelector("#confirm button.primary");
    if (confirmButton) confirmButton.disabled = n !== 0;
    say(data.notice);
  }

  var live = document.createElement("p");
  live.className = "notice toast";
  live.setAttribute("role", "status");
  live.hidden = true;
  document.body.appendChild(live);
  var toastTimer = null;
  function say(text) {
    if (!text) return;
    live.textContent = text;
    live.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { live.hidden = true; }, 1800);
  }

  // The plain form post, e.g. to show the server's error page; the button's name and value go with it.
  function postPlainly(form, submitter) {
    if (submitter && submitter.name) {
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = submitter.name;
      field.value = submitter.value;
      form.appendChild(field);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  function send(form, submitter) {
    var body = new FormData(form);
    if (submitter && submitter.name) body.append(submitter.name, submitter.value);
    form.classList.add("busy");
    return fetch(form.getAttribute("action"), {
      method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" },
    }).then(function (response) {
      if (!response.ok || (response.headers.get("content-type") || "").indexOf("json") < 0) throw new Error();
      return response.json();
    }).then(apply).catch(function () {
      postPlainly(form, submitter);
    }).then(function () { form.classList.remove("busy"); });
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    var action = form.getAttribute("action") || "";
    if (!(form.classList.contains("item-form") && ITEM_FORM.test(action)) && !form.hasAttribute("data-accept-all")) {
      return;
    }
    ev.preventDefault();
    send(form, ev.submitter || null);
  });

  // Keys: j / k move between items, a accepts, r rejects, u undoes the decision of the current item.
  var current = -1;
  function focusItem(index) {
    var list = items();
    if (!list.length) return null;
    current = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (el) { el.classList.remove("current"); });
    var el = list[current];
    el.classList.add("current");
    el.scrollIntoView({ block: "center", behavior: "smooth" });
    return el;
  }
  function nextProposed(from) {
    var list = items();
    for (var i = from + 1; i < list.length; i++) if (list[i].classList.contains("proposed")) return i;
    return Math.min(from + 1, list.length - 1);
  }
  function decide(decision) {
    var list = items();
    var card = list[current] || focusItem(0);
    var form = card && card.querySelector("form.item-form");
    if (!form) return;
    send(form, { name: "decision", value: decision });
    if (decision !== "undecide") focusItem(nextProposed(current));
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    if (ev.target.closest && ev.target.closest("input, textarea, select, button, [contenteditable]")) return;
    var keys = { j: function () { focusItem(current + 1); }, k: function () { focusItem(current - 1); },
      a: function () { decide("accept"); }, r: function () { decide("reject"); }, u: function () { decide("undecide"); } };
    var run = keys[ev.key];
    if (!run) return;
    ev.preventDefault();
    run();
  });
  column.addEventListener("click", function (ev) {
    var card = ev.target.closest("article.item");
    if (card) { current = items().indexOf(card); items().forEach(function (el) { el.classList.toggle("current", el === card); }); }
  });
})();
