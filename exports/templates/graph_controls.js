/* claimgraph graph page controls: source toggles, conflicts, search, side panel.
 *
 * Everything shown comes from the JSON block #cg-data.  Source text is
 * untrusted, so it is only ever written with textContent (never innerHTML),
 * and vis-network tooltips get plain strings, which it shows as text.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var sourceNames = {};
  data.sources.forEach(function (s) { sourceNames[s.id] = s.name; });
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  var edgesOfNode = {};
  data.edges.forEach(function (e) {
    edgeById[e.id] = e;
    [e.from, e.to].forEach(function (n) { (edgesOfNode[n] = edgesOfNode[n] || []).push(e.id); });
  });
  var conflictById = {};
  data.conflicts.forEach(function (c) { conflictById[c.id] = c; });

  var state = { filter: null, highlighted: [], conflict: null, shown: null };
  var api = {
    data: data, nodes: nodes, edges: edges, network: network, state: state, ready: false,
    showSource: showSource, resetView: resetView, highlightConflict: highlightConflict,
    showNode: showNode, showEdge: showEdge, findEntity: findEntity,
    visibleEdges: function () {
      return edges.get({ filter: function (e) { return !e.hidden; } }).map(function (e) { return e.id; });
    }
  };
  window.claimgraph = api;

  // --- small DOM helpers: text only ------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function sourceName(id) { return sourceNames[id] || id; }

  function stanceOf(edge, sid) {
    if (edge.cg_denies.indexOf(sid) >= 0) { return "denies"; }
    if (edge.cg_asserts.indexOf(sid) >= 0) { return "asserts"; }
    if (edge.cg_hedges.indexOf(sid) >= 0) { return "hedges"; }
    if (edge.cg_partial.indexOf(sid) >= 0) { return "partial"; }
    return "silent";
  }

  var STANCE_WORDS = { asserts: "asserts", hedges: "hedges", denies: "denies",
                       partial: "partly (narrower concept)", silent: "says nothing" };

  function stanceBadge(stance) {
    return el("span", "cg-stance cg-stance-" + stance, STANCE_WORDS[stance] || stance);
  }

  function statusBadge(edge) {
    var legend = data.legend.statuses.filter(function (s) { return s.status === edge.cg_status; })[0];
    var badge = el("span", "cg-badge", legend ? legend.label : edge.cg_status);
    if (legend) { badge.style.background = legend.color; }
    return badge;
  }

  // --- ready signal and layout -----------------------------------------------------

  var loading = document.getElementById("cg-loading");

  function markReady() {
    if (api.ready) { return; }
    api.ready = true;
    loading.hidden = true;
    placeAreaLabels();
    document.documentElement.setAttribute("data-cg-ready", "1");
  }

  // Labels at a readable screen size, decluttered (graph_labels.js).
  var labels = window.claimgraphLabels(network, nodes, data);
  function placeAreaLabels() { labels.placeAreas(); }

  if (data.physics) {
    network.on("stabilizationProgress", function (p) {
      loading.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + " %";
    });
    network.once("stabilizationIterationsDone", function () {
      // Freeze the layout once it settles: nodes stay where the reader left them.
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  // --- side panel --------------------------------------------------------------------

  var panel = document.getElementById("cg-panel");

  function panelStart(title, meta) {
    clear(panel);
    panel.appendChild(el("h2", null, title));
    if (meta) { panel.appendChild(el("p", "cg-meta", meta)); }
  }

  function showHint() {
    state.shown = null;
    clear(panel);
    panel.appendChild(el("h2", null, "Details"));
    panel.appendChild(el("p", "cg-hint", "Click a node or an arrow to see what each source says about it."));
  }

  function linkToEdge(id, text) {
    var b = el("button", "cg-link", text);
    b.type = "button";
    b.addEventListener("click", function () { selectEdge(id); });
    return b;
  }

  function showEdge(id) {
    var st = data.statements[id];
    var edge = edgeById[id];
    if (!st || !edge) { return; }
    state.shown = { edge: id };
    panelStart(st.text, null);
    var meta = el("p", "cg-meta");
    meta.appendChild(statusBadge(edge));
    var words = " " + st.area;
    if (st.qualifiers) { words += " · " + st.qualifiers; }
    meta.appendChild(document.createTextNode(words));
    panel.appendChild(meta);
    var cards = el("div", "cg-cards");
    data.sources.forEach(function (s) {
      var stance = stanceOf(edge, s.id);
      var card = el("div", "cg-card" + (stance === "silent" ? " cg-silent" : ""));
      card.setAttribute("data-source", s.id);
      card.appendChild(el("h3", null, s.name));
      card.appendChild(stanceBadge(stance));
      (st.quotes[s.id] || []).forEach(function (q) {
        var quote = el("div", "cg-quote");
        if (q.section) { quote.appendChild(el("span", "cg-quote-section", q.section)); }
        var words = q.text || q.anchor;
        if (words) { quote.appendChild(el("span", "cg-quote-text", "“" + words + "”")); }
        if (q.stance !== stance) {
          quote.appendChild(document.createTextNode(" "));
          quote.appendChild(stanceBadge(q.stance));
        }
        card.appendChild(quote);
      });
      cards.appendChild(card);
    });
    panel.appendChild(cards);
    if (st.conflicts) {
      panel.appendChild(el("h3", "cg-meta", "In conflict"));
      var list = el("ul", "cg-list");
      st.conflicts.forEach(function (cid) {
        var c = conflictById[cid];
        if (!c) { return; }
        var li = el("li");
        var b = el("button", "cg-link", c.about + " (" + c.kind + ")");
        b.type = "button";
        b.addEventListener("click", function () { highlightConflict(cid); });
        li.appendChild(b);
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
  }

  function showNode(id) {
    var node = nodeById[id];
    if (!node) { return; }
    state.shown = { node: id };
    var kind = data.legend.types.filter(function (t) { return t.type === node.group; })[0];
    panelStart(node.cg_label, (kind ? kind.label : node.group) + " · mentioned by " +
      node.cg_sources.length + " of " + data.sources.length + " sources");
    if (node.cg_synonyms) {
      panel.appendChild(el("p", "cg-meta", "Also called: " + node.cg_synonyms.join(", ")));
    }
    if (node.cg_values && node.cg_values.length) {
      var values = el("ul", "cg-list");
      node.cg_values.forEach(function (v) { values.appendChild(el("li", null, v)); });
      panel.appendChild(values);
    }
    var mine = edgesOfNode[id] || [];
    var cards = el("div", "cg-cards");
    data.sources.forEach(function (s) {
      var said = mine.filter(function (eid) { return stanceOf(edgeById[eid], s.id) !== "silent"; });
      var card = el("div", "cg-card" + (said.length ? "" : " cg-silent"));
      card.setAttribute("data-source", s.id);
      card.appendChild(el("h3", null, s.name));
      if (!said.length) {
        card.appendChild(stanceBadge("silent"));
      } else {
        var list = el("ul", "cg-list");
        said.forEach(function (eid) {
          var li = el("li");
          li.appendChild(linkToEdge(eid, data.statements[eid].text));
          li.appendChild(document.createTextNode(" "));
          li.appendChild(stanceBadge(stanceOf(edgeById[eid], s.id)));
          list.appendChild(li);
        });
        card.appendChild(list);
      }
      cards.appendChild(card);
    });
    panel.appendChild(cards);
  }

  function showConflict(c) {
    state.shown = { conflict: c.id };
    panelStart(c.about, "Conflict · " + c.kind);
    var box = el("div", "cg-explain");
    box.appendChild(el("p", null, c.explanation));
    var sides = el("ul", "cg-sides");
    c.sides.forEach(function (side) {
      sides.appendChild(el("li", null, side.sources.map(sourceName).join(", ") + ": " + side.says));
    });
    box.appendChild(sides);
    panel.appendChild(box);
    panel.appendChild(el("h3", "cg-meta", "Statements"));
    var list = el("ul", "cg-list");
    c.statements.forEach(function (sid) {
      var li = el("li");
      li.appendChild(linkToEdge(sid, data.statements[sid].text));
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function selectEdge(id) {
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdge(id);
  }

  // --- highlighting conflicts ----------------------------------------------------------

  var EDGE_FONT = data.options.edges.font.color;
  var FADED = { color: "rgba(160,160,160,0.25)", highlight: "rgba(160,160,160,0.25)",
                hover: "rgba(160,160,160,0.45)", inherit: false };

  function restoreEdges() {
    if (!state.highlighted.length && !state.conflict) { return; }
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: e.color, width: e.width, font: { color: EDGE_FONT } };
    }));
    nodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    labels.setFocus(null);
    state.highlighted = [];
    state.conflict = null;
    markConflictButtons();
  }

  function highlightConflict(cid) {
    var c = conflictById[cid];
    if (!c) { return; }
    if (state.filter) { showSource(null); }
    restoreEdges();
    var chosen = {};
    c.statements.forEach(function (sid) { chosen[sid] = true; });
    edges.update(data.edges.map(function (e) {
      return chosen[e.id] ? { id: e.id, width: e.width + 3 }
                          : { id: e.id, color: FADED, font: { color: "rgba(68,68,68,0.2)" } };
    }));
    state.highlighted = c.statements.slice();
    state.conflict = cid;
    var ends = [];
    c.statements.forEach(function (sid) { ends.push(edgeById[sid].from, edgeById[sid].to); });
    var involved = {};
    ends.forEach(function (id) { involved[id] = true; });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: involved[n.id] ? 1 : 0.25 }; }));
    labels.setFocus(ends);
    network.setSelection({ nodes: ends, edges: c.statements }, { unselectAll: true, highlightEdges: false });
    network.fit({ nodes: ends, maxZoomLevel: 1.1, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    markConflictButtons();
    showConflict(c);
  }

  function markConflictButtons() {
    var buttons = document.querySelectorAll(".cg-conflict");
    for (var i = 0; i < buttons.length; i++) {
      var on = buttons[i].getAttribute("data-conflict") === state.conflict;
      buttons[i].classList.toggle("cg-active", on);
      buttons[i].setAttribute("aria-pressed", on ? "true" : "false");
    }
  }

  function buildConflictList() {
    var list = document.getElementById("cg-conflict-list");
    document.getElementById("cg-conflict-count").textContent = String(data.conflicts.length);
    if (!data.conflicts.length) {
      list.appendChild(el("li", "cg-hint", "The sources shown do not contradict each other."));
      return;
    }
    data.conflicts.forEach(function (c) {
      var li = el("li");
      var b = el("button", "cg-conflict");
      b.type = "button";
      b.setAttribute("data-conflict", c.id);
      b.appendChild(el("span", "cg-conflict-about", c.about));
      var who = [];
      c.sides.forEach(function (side) {
        side.sources.forEach(function (sid) { if (who.indexOf(sid) < 0) { who.push(sid); } });
      });
      b.appendChild(el("span", "cg-conflict-kind", c.kind + " · " + who.map(sourceName).join(", ")));
      b.addEventListener("click", function () {
        if (state.conflict === c.id) { resetView(); } else { highlightConflict(c.id); }
      });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  // --- source toggles ------------------------------------------------------------------

  function showSource(sid, mode) {
    state.filter = sid ? { source: sid, mode: mode } : null;
    if (sid) { restoreEdges(); }
    var f = state.filter;
    var keep = {};
    if (data.topic) { keep[data.topic] = true; }
    var edgeUpdates = data.edges.map(function (e) {
      var visible = true;
      if (f) {
        var stance = stanceOf(e, f.source);
        visible = f.mode === "says" ? stance === "asserts" || stance === "hedges"
                                    : stance === "silent";
      }
      if (visible) { keep[e.from] = true; keep[e.to] = true; }
      return { id: e.id, hidden: !visible };
    });
    edges.update(edgeUpdates);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !!f && !keep[n.id] }; }));
    var buttons = document.querySelectorAll(".cg-source button");
    for (var i = 0; i < buttons.length; i++) {
      var b = buttons[i];
      var on = !!f && b.getAttribute("data-source") === f.source && b.getAttribute("data-mode") === f.mode;
      b.classList.toggle("cg-on", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    }
    placeAreaLabels();
    network.redraw();
    var note = document.getElementById("cg-filter-note");
    note.textContent = f ? api.visibleEdges().length + " of " + data.edges.length + " statements shown" : "";
  }

  function buildSourceToggles() {
    var bar = document.getElementById("cg-sources");
    data.sources.forEach(function (s) {
      var chip = el("span", "cg-source");
      var name = el("span", "cg-source-name", s.name);
      name.title = [s.title, s.publisher, s.kind].filter(Boolean).join(" · ");
      chip.appendChild(name);
      [["says", "says", "Show what this source says"],
       ["omits", "leaves out", "Show what this source leaves out"]].forEach(function (m) {
        var b = el("button", null, m[1]);
        b.type = "button";
        b.title = m[2];
        b.setAttribute("data-source", s.id);
        b.setAttribute("data-mode", m[0]);
        b.setAttribute("aria-pressed", "false");
        b.addEventListener("click", function () {
          var same = state.filter && state.filter.source === s.id && state.filter.mode === m[0];
          showSource(same ? null : s.id, m[0]);
        });
        chip.appendChild(b);
      });
      bar.appendChild(chip);
    });
    bar.appendChild(el("span", "cg-filter-note")).id = "cg-filter-note";
  }

  // --- search ---------------------------------------------------------------------------

  function findEntity(text) {
    var wanted = String(text || "").trim().toLowerCase();
    if (!wanted) { return null; }
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      var names = [n.cg_label].concat(n.cg_synonyms || []).map(function (x) { return x.toLowerCase(); });
      if (!exact && names.indexOf(wanted) >= 0) { exact = n.id; }
      if (!partial && names.some(function (x) { return x.indexOf(wanted) >= 0; })) { partial = n.id; }
    });
    return exact || partial;
  }

  function focusNode(id) {
    if (state.filter && nodes.get(id).hidden) { showSource(null); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    showNode(id);
  }

  function buildSearch() {
    var input = document.getElementById("cg-search");
    var options = document.getElementById("cg-entities");
    data.nodes.slice().sort(function (a, b) { return a.cg_label.localeCompare(b.cg_label); })
      .forEach(function (n) { var o = el("option"); o.value = n.cg_label; options.appendChild(o); });
    function run() {
      var id = findEntity(input.value);
      input.classList.toggle("cg-notfound", !id && !!input.value.trim());
      if (id) { focusNode(id); }
    }
    input.addEventListener("change", run);
    input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { run(); } });
  }

  // --- wiring -----------------------------------------------------------------------------

  function resetView() {
    showSource(null);
    restoreEdges();
    network.unselectAll();
    showHint();
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      restoreEdges();
      showNode(params.nodes[0]);
    } else if (params.edges.length) {
      restoreEdges();
      showEdge(params.edges[0]);
    } else {
      restoreEdges();
      showHint();
    }
  });

  document.getElementById("cg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });
  document.getElementById("cg-reset").addEventListener("click", resetView);

  buildSourceToggles();
  buildConflictList();
  buildSearch();
})();
