(function () {
  "use strict";
  // Filter (text, entity, outlet), sorting of claims, expand/collapse, print.
  // Reads only the page itself and the JSON index; writes only attributes and textContent.
  var $ = function (id) { return document.getElementById(id); };
  var index = {};
  try { index = JSON.parse($("recoupe-index").textContent || "{}"); } catch (e) { index = {}; }
  var entities = index.entities || {}, outlets = index.outlets || {}, strings = index.t || {};
  var bar = $("toolbar"), q = $("q"), fe = $("fe"), fo = $("fo"), sortBox = $("sort"), statusBox = $("status");
  if (!bar) { return; }
  bar.hidden = false;

  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var items = Array.prototype.slice.call(document.querySelectorAll(".fi"));
  var folded = new WeakMap();
  function textOf(el) {
    var t = folded.get(el);
    if (t === undefined) { t = fold(el.textContent); folded.set(el, t); }
    return t;
  }
  function keys(el, name) {
    var v = el.getAttribute(name);
    return v ? v.split(" ") : [];
  }

  function apply() {
    var text = fold(q.value).trim(), ent = fe ? fe.value : "", out = fo ? fo.value : "";
    var active = !!(text || ent || out);
    var entHits = {}, outHits = {};
    if (text) {
      Object.keys(entities).forEach(function (k) {
        if (entities[k].some(function (n) { return n.indexOf(text) >= 0; })) { entHits[k] = true; }
      });
      Object.keys(outlets).forEach(function (k) { if (outlets[k].indexOf(text) >= 0) { outHits[k] = true; } });
    }
    var shown = 0;
    items.forEach(function (el) {
      var ok = true;
      if (active) {
        var ek = keys(el, "data-ent"), ok2 = keys(el, "data-out");
        if (ent && ek.indexOf(ent) < 0) { ok = false; }
        if (ok && out && ok2.indexOf(out) < 0) { ok = false; }
        if (ok && text) {
          ok = textOf(el).indexOf(text) >= 0 ||
            ek.some(function (k) { return entHits[k]; }) || ok2.some(function (k) { return outHits[k]; });
        }
      }
      el.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll("section.story").forEach(function (sec) {
      var any = sec.querySelector(".fi:not([hidden])");
      sec.hidden = active && !any;
    });
    document.querySelectorAll("#entities, #articles").forEach(function (sec) {
      sec.hidden = active && !sec.querySelector(".fi:not([hidden])");
    });
    statusBox.textContent = active ? shown + " / " + items.length + " " + (strings.shown || "") : "";
    $("nomatch").hidden = !(active && shown === 0);
  }

  var timer = null;
  q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  if (fe) { fe.addEventListener("change", apply); }
  if (fo) { fo.addEventListener("change", apply); }

  document.querySelectorAll("[data-ent-pick]").forEach(function (chip) {
    chip.addEventListener("click", function (ev) {
      if (!fe) { return; }
      ev.preventDefault();
      fe.value = chip.getAttribute("data-ent-pick");
      apply();
      bar.scrollIntoView({ block: "start" });
    });
  });

  var orders = {
    origins: function (a, b) { return num(a, "data-rank") - num(b, "data-rank"); },
    articles: function (a, b) { return num(b, "data-articles") - num(a, "data-articles") || num(b, "data-origins") - num(a, "data-origins") || num(a, "data-rank") - num(b, "data-rank"); },
    outlets: function (a, b) { return num(b, "data-outlets") - num(a, "data-outlets") || num(b, "data-origins") - num(a, "data-origins") || num(a, "data-rank") - num(b, "data-rank"); },
    flags: function (a, b) { return num(b, "data-flags") - num(a, "data-flags") || num(a, "data-rank") - num(b, "data-rank"); },
    text: function (a, b) { return claimText(a).localeCompare(claimText(b)); }
  };
  function num(el, name) { return parseFloat(el.getAttribute(name)) || 0; }
  function claimText(el) { var t = el.querySelector(".claim-text"); return t ? t.textContent : ""; }
  sortBox.addEventListener("change", function () {
    var cmp = orders[sortBox.value] || orders.origins;
    document.querySelectorAll("ol[data-sortable]").forEach(function (list) {
      var children = Array.prototype.slice.call(list.children);
      children.sort(cmp).forEach(function (li) { list.appendChild(li); });
    });
  });

  function setAll(open) {
    document.querySelectorAll("main details").forEach(function (d) { d.open = open; });
  }
  $("expand").addEventListener("click", function () { setAll(true); });
  $("collapse").addEventListener("click", function () { setAll(false); });

  // Printing shows every detail; the reader's own state comes back afterwards.
  var closedBeforePrint = [];
  window.addEventListener("beforeprint", function () {
    closedBeforePrint = Array.prototype.slice.call(document.querySelectorAll("main details:not([open])"));
    closedBeforePrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedBeforePrint.forEach(function (d) { d.open = false; });
    closedBeforePrint = [];
  });

  // Following a link to something inside a closed <details> opens it.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    if (el && el.tagName === "DETAILS") { el.open = true; }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
