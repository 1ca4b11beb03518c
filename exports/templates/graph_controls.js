/* claimgraph graph page controls: the network, source toggles, conflicts, search.
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

  var state = { filter: null, highlighted: [], conflict: null, shown: null, focus: null,
                isolated: null, relation: null };

  // The side panel (graph_panel.js); it calls back to select edges and conflicts.
  var panel = window.claimgraphPanel(data, state, {
    selectEdge: function (id) { selectEdge(id); },
    highlightConflict: function (id) { highlightConflict(id); }
  });
  var el = panel.el, clear = panel.clear, sourceName = panel.sourceName, stanceOf = panel.stanceOf;
  var showEdge = panel.showEdge, showNode = panel.showNode, showHint = panel.showHint;
  var showConflict = panel.showConflict;
  var edgeById = panel.edgeById, conflictById = panel.conflictById;

  var api = {
    data: data, nodes: nodes, edges: edges, network: network, state: state, ready: false,
    showSource: showSource, resetView: resetView, highlightConflict: highlightConflict,
    showNode: showNode, showEdge: showEdge, findEntity: findEntity,
    visibleEdges: function () {
      return edges.get({ filter: function (e) { return !e.hidden; } }).map(function (e) { return e.id; });
    }
  };
  window.claimgraph = api;


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

  // Positions are precomputed (a sector per topic area): no force layout runs, so
  // the page is usable as soon as it is drawn, and nodes stay where they were put.
  network.once("afterDrawing", function () {
    var main = componentOf(data.topic);
    if (main.length > 1 && main.length < data.nodes.length) { network.fit({ nodes: main }); }
    markReady();
    applyHash();
  });

  // Ids of the nodes connected to ``start`` (its component), for the first view.
  function componentOf(start) {
    if (!start) { return []; }
    var adjacent = {};
    data.edges.forEach(function (e) {
      (adjacent[e.from] = adjacent[e.from] || []).push(e.to);
      (adjacent[e.to] = adjacent[e.to] || []).push(e.from);
    });
    var seen = {}, queue = [start], out = [];
    seen[start] = true;
    while (queue.length) {
      var n = queue.shift();
      out.push(n);
      (adjacent[n] || []).forEach(function (m) { if (!seen[m]) { seen[m] = true; queue.push(m); } });
    }
    return out;
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
    if (!state.highlighted.length && !state.conflict && !state.focus) { return; }
    edges.update(data.edges.map(function (e) {
      return { id: e.id, color: e.color, width: e.width, font: { color: EDGE_FONT } };
    }));
    nodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    labels.setFocus(null);
    state.highlighted = [];
    state.conflict = null;
    state.focus = null;
    markConflictButtons();
  }

  function solid(e) {
    var c = {};
    for (var k in e.color) { c[k] = e.color[k]; }
    c.opacity = 1;
    return c;
  }

  // --- focus: a node's neighbourhood stands out, double-click isolates it ---------

  var neighbours = {};
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e.id);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.id);
  });

  function focusOn(id, isolate) {
    if (!nodeById(id)) { return; }
    restoreEdges();
    if (isolate || state.isolated) { showSource(null); }
    var mine = {}, near = {};
    near[id] = true;
    (neighbours[id] || []).forEach(function (eid) {
      mine[eid] = true;
      near[edgeById[eid].from] = true;
      near[edgeById[eid].to] = true;
    });
    edges.update(data.edges.map(function (e) {
      if (isolate) { return { id: e.id, hidden: !mine[e.id] }; }
      return mine[e.id] ? { id: e.id, color: solid(e) }
                        : { id: e.id, color: FADED, font: { color: "rgba(68,68,68,0.2)" } };
    }));
    nodes.update(data.nodes.map(function (n) {
      return isolate ? { id: n.id, hidden: !near[n.id] } : { id: n.id, opacity: near[n.id] ? 1 : 0.2 };
    }));
    state.focus = id;
    state.isolated = isolate ? id : null;
    labels.setFocus(Object.keys(near));
    network.selectNodes([id]);
    if (isolate) { network.fit({ nodes: Object.keys(near), animation: { duration: 300 } }); }
    showNode(id);
  }

  function nodeById(id) { return data.nodes.filter(function (n) { return n.id === id; })[0]; }

  function highlightConflict(cid) {
    var c = conflictById[cid];
    if (!c) { return; }
    if (state.filter) { showSource(null); }
    restoreEdges();
    var chosen = {};
    c.statements.forEach(function (sid) { chosen[sid] = true; });
    edges.update(data.edges.map(function (e) {
      return chosen[e.id] ? { id: e.id, width: e.width + 3, color: solid(e) }
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
    var secondaryList = document.getElementById("cg-secondary-list");
    var primary = data.conflicts.filter(function (c) { return !c.secondary; });
    var secondary = data.conflicts.filter(function (c) { return c.secondary; });
    document.getElementById("cg-conflict-count").textContent = String(primary.length);
    document.getElementById("cg-secondary-count").textContent = String(secondary.length);
    document.getElementById("cg-secondary").hidden = !secondary.length;
    if (!primary.length) {
      list.appendChild(el("li", "cg-hint", "The sources shown do not contradict each other."));
    }
    var kinds = data.legend.kinds || {};
    data.conflicts.forEach(function (c) {
      var li = el("li");
      li.setAttribute("data-kind", c.kind);
      li.setAttribute("data-sources", " " + c.sources.join(" ") + " ");
      var b = el("button", "cg-conflict");
      b.type = "button";
      b.setAttribute("data-conflict", c.id);
      b.setAttribute("aria-pressed", "false");
      b.appendChild(el("span", "cg-conflict-about", c.about));
      if (c.verdict) { b.appendChild(el("span", "cg-conflict-verdict", c.verdict)); }
      b.appendChild(el("span", "cg-conflict-kind",
                       (kinds[c.kind] || c.kind) + " · " + c.sources.map(sourceName).join(", ")));
      b.addEventListener("click", function () {
        if (state.conflict === c.id) { resetView(); } else {
          highlightConflict(c.id);
          remember({ conflict: c.id });
        }
      });
      li.appendChild(b);
      (c.secondary ? secondaryList : list).appendChild(li);
    });
    buildConflictFilters(kinds);
  }

  // Filters by kind and by source: they hide list items, never the graph.
  function buildConflictFilters(kinds) {
    var kind = document.getElementById("cg-kind-filter");
    var source = document.getElementById("cg-source-filter");
    var seen = {};
    data.conflicts.forEach(function (c) { seen[c.kind] = (seen[c.kind] || 0) + 1; });
    Object.keys(kinds).forEach(function (k) {
      if (!seen[k]) { return; }
      var o = el("option", null, kinds[k] + " (" + seen[k] + ")");
      o.value = k;
      kind.appendChild(o);
    });
    data.sources.forEach(function (s) {
      var o = el("option", null, s.name);
      o.value = s.id;
      source.appendChild(o);
    });
    function apply() {
      var items = document.querySelectorAll(".cg-conflicts li[data-kind]");
      for (var i = 0; i < items.length; i++) {
        var li = items[i];
        li.hidden = (!!kind.value && li.getAttribute("data-kind") !== kind.value) ||
          (!!source.value && li.getAttribute("data-sources").indexOf(" " + source.value + " ") < 0);
      }
      if (kind.value && document.querySelector("#cg-secondary-list li[data-kind]:not([hidden])")) {
        document.getElementById("cg-secondary").open = true;
      }
    }
    kind.addEventListener("change", apply);
    source.addEventListener("change", apply);
    api.filterConflicts = function (k, s) { kind.value = k || ""; source.value = s || ""; apply(); };
  }

  // --- source toggles ------------------------------------------------------------------

  function showSource(sid, mode) {
    state.filter = sid ? { source: sid, mode: mode } : null;
    if (sid) { restoreEdges(); }
    state.isolated = null;
    var f = state.filter, relation = state.relation;
    var keep = {};
    if (data.topic) { keep[data.topic] = true; }
    var edgeUpdates = data.edges.map(function (e) {
      var visible = !relation || e.cg_predicate === relation;
      if (f && visible) {
        var stance = stanceOf(e, f.source);
        visible = f.mode === "says" ? stance === "asserts" || stance === "hedges"
                                    : stance === "silent";
      }
      if (visible) { keep[e.from] = true; keep[e.to] = true; }
      return { id: e.id, hidden: !visible };
    });
    edges.update(edgeUpdates);
    var filtered = !!f || !!relation;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: filtered && !keep[n.id] }; }));
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
    note.textContent = filtered ? api.visibleEdges().length + " of " + data.edges.length +
      " statements shown" : "";
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
        b.setAttribute("aria-label", s.name + ": " + m[1]);  // the source in its name
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

  function buildRelationFilter() {
    var select = document.getElementById("cg-relation");
    var seen = {};
    data.edges.forEach(function (e) { seen[e.cg_predicate] = (seen[e.cg_predicate] || 0) + 1; });
    data.relations.forEach(function (r) {
      if (!seen[r.predicate]) { return; }
      var o = el("option", null, r.label + " (" + seen[r.predicate] + ")");
      o.value = r.predicate;
      select.appendChild(o);
    });
    select.addEventListener("change", function () {
      state.relation = select.value || null;
      showSource(state.filter && state.filter.source, state.filter && state.filter.mode);
    });
  }

  // --- search ---------------------------------------------------------------------------

  function findEntity(text) {
    var wanted = String(text || "").trim().toLowerCase();
    if (!wanted) { return null; }
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      if (n.cg_expand) { return; }  // an overview's "more" node is no entity
      var names = [n.cg_label].concat(n.cg_synonyms || []).map(function (x) { return x.toLowerCase(); });
      if (!exact && names.indexOf(wanted) >= 0) { exact = n.id; }
      if (!partial && names.some(function (x) { return x.indexOf(wanted) >= 0; })) { partial = n.id; }
    });
    return exact || partial;
  }

  function focusNode(id) {
    if ((state.filter || state.relation || state.isolated) && nodes.get(id).hidden) {
      state.relation = null;
      document.getElementById("cg-relation").value = "";
      showSource(null);
    }
    focusOn(id, false);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400 } });
    remember({ node: id });
  }

  function buildSearch() {
    var input = document.getElementById("cg-search");
    var options = document.getElementById("cg-entities");
    data.nodes.filter(function (n) { return !n.cg_expand; })
      .sort(function (a, b) { return a.cg_label.localeCompare(b.cg_label); })
      .forEach(function (n) { var o = el("option"); o.value = n.cg_label; options.appendChild(o); });
    var last = null;
    function run() {
      // Enter also fires "change": one search per value, so the view zooms once
      // and the next Fit starts from a settled view.
      if (input.value === last) { return; }
      last = input.value;
      var id = findEntity(input.value);
      input.classList.toggle("cg-notfound", !id && !!input.value.trim());
      if (id) { focusNode(id); }
    }
    input.addEventListener("change", run);
    input.addEventListener("input", function () { last = null; });
    input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { run(); } });
  }

  // --- overview: a "more" node expands into its area's held-back statements -----------
  // The statements, nodes, positions and panel text are in the page already
  // (data.reserve, html_overview.py): a click adds them; nothing is fetched and
  // nothing already drawn moves.

  function expandArea(area) {
    var held = (data.reserve || {})[area];
    if (!held) { return 0; }
    delete data.reserve[area];
    var present = {};
    data.nodes.forEach(function (n) { present[n.id] = true; });
    var added = held.nodes.filter(function (n) { return !present[n.id]; });
    var moreId = "more:" + area;
    data.nodes = data.nodes.filter(function (n) { return n.id !== moreId; }).concat(added);
    data.edges = data.edges.concat(held.edges);
    Object.keys(held.statements).forEach(function (id) { data.statements[id] = held.statements[id]; });
    held.edges.forEach(function (e) {
      (neighbours[e.from] = neighbours[e.from] || []).push(e.id);
      (neighbours[e.to] = neighbours[e.to] || []).push(e.id);
    });
    panel.addNodes(added);
    panel.addEdges(held.edges);
    nodes.remove(moreId);
    nodes.add(added);
    edges.add(held.edges);
    labels.setNodes(data.nodes);
    var options = document.getElementById("cg-entities");
    added.forEach(function (n) { var o = el("option"); o.value = n.cg_label; options.appendChild(o); });
    // The statement list and its count are rebuilt from data on next opening.
    document.getElementById("cg-statement-count").textContent = String(data.edges.length);
    clear(document.getElementById("cg-statement-items"));
    document.getElementById("cg-statement-list").open = false;
    var button = document.querySelector('#cg-expand button[data-area="' + CSS.escape(area) + '"]');
    if (button) { button.remove(); }
    network.fit({ nodes: added.map(function (n) { return n.id; }).concat(data.topic ? [data.topic] : []),
                  animation: { duration: 300 } });
    clear(document.getElementById("cg-panel"));
    document.getElementById("cg-panel").appendChild(el("p", "cg-meta cg-expanded",
      "Drew " + held.count + " more " + area + " statement" + (held.count === 1 ? "" : "s") +
      " (" + added.length + " new entit" + (added.length === 1 ? "y" : "ies") + ")."));
    return held.count;
  }
  api.expandArea = expandArea;

  function buildExpandButtons() {
    var box = document.getElementById("cg-expand");
    if (!box || !data.reserve) { return; }
    // In the order of the topic areas (the page's JSON has its keys sorted).
    Object.keys(data.reserve).sort(function (a, b) {
      return data.reserve[a].order - data.reserve[b].order || (a < b ? -1 : 1);
    }).forEach(function (area) {
      var shown = "+" + data.reserve[area].count + " " + area;
      var b = el("button", "cg-expand", shown);
      b.type = "button";
      b.setAttribute("data-area", area);
      // The name starts with the visible words, so speech input can say what it sees.
      b.setAttribute("aria-label", shown + ": draw " + data.reserve[area].count + " more " +
                     area + " statements");
      b.addEventListener("click", function () { expandArea(area); });
      box.appendChild(b);
    });
  }

  // --- wiring -----------------------------------------------------------------------------

  function resetView() {
    state.relation = null;
    state.editor = null;
    document.getElementById("cg-relation").value = "";
    document.getElementById("cg-mine").value = "";
    clear(document.getElementById("cg-editor-list"));
    document.getElementById("cg-editor-note").textContent = "";
    showSource(null);
    restoreEdges();
    network.unselectAll();
    showHint();
  }

  // --- views in the URL: links from the report, and Back -------------------------

  function remember(view) {
    var hash = view.node ? "#node=" + encodeURIComponent(view.node) : "#" + (view.edge || view.conflict);
    if (location.hash !== hash) { history.pushState(view, "", hash); }
  }

  function applyView(view) {
    if (!view) { resetView(); return; }
    if (view.conflict && conflictById[view.conflict]) { highlightConflict(view.conflict); return; }
    if (view.edge && edgeById[view.edge]) {
      restoreEdges();
      selectEdge(view.edge);
      network.focus(edgeById[view.edge].from, { scale: Math.max(network.getScale(), 0.8) });
      return;
    }
    if (view.node && nodeById(view.node)) { focusOn(view.node, !!view.isolate); return; }
    resetView();
  }

  function applyHash() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (!h) { return; }
    if (h.indexOf("node=") === 0) { applyView({ node: h.slice(5) }); }
    else if (conflictById[h]) { applyView({ conflict: h }); }
    else if (edgeById[h]) { applyView({ edge: h }); }
  }

  window.addEventListener("popstate", function (ev) {
    if (ev.state) { applyView(ev.state); } else if (location.hash) { applyHash(); } else { resetView(); }
  });
  api.applyHash = applyHash;
  api.focusOn = focusOn;

  function hideTooltip() {
    var tip = container.querySelector("div.vis-tooltip");
    if (tip) { tip.style.visibility = "hidden"; }
  }
  container.addEventListener("mouseleave", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  network.on("click", function (params) {
    hideTooltip();
    var clicked = params.nodes.length ? nodeById(params.nodes[0]) : null;
    if (clicked && clicked.cg_expand) {
      expandArea(clicked.cg_expand);
    } else if (params.nodes.length) {
      focusOn(params.nodes[0], false);
      remember({ node: params.nodes[0] });
    } else if (params.edges.length) {
      restoreEdges();
      showEdge(params.edges[0]);
      remember({ edge: params.edges[0] });
    } else {
      if (state.focus || state.conflict) { history.pushState(null, "", location.pathname); }
      restoreEdges();
      showHint();
    }
  });

  network.on("doubleClick", function (params) {
    if (!params.nodes.length || !nodeById(params.nodes[0])) { return; }
    focusOn(params.nodes[0], true);
    history.pushState({ node: params.nodes[0], isolate: true }, "",
                      "#node=" + encodeURIComponent(params.nodes[0]));
  });

  document.getElementById("cg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });
  document.getElementById("cg-reset").addEventListener("click", resetView);

  // The statements as a keyboard- and screen-reader-usable list, built when opened
  // (a few thousand buttons would slow the first view for nobody's benefit).
  function buildStatementList() {
    var box = document.getElementById("cg-statement-list");
    document.getElementById("cg-statement-count").textContent = String(data.edges.length);
    box.addEventListener("toggle", function () {
      var items = document.getElementById("cg-statement-items");
      if (!box.open || items.firstChild) { return; }
      var byArea = {};
      Object.keys(data.statements).forEach(function (id) {
        var st = data.statements[id];
        (byArea[st.area] = byArea[st.area] || []).push([st.text, id]);
      });
      Object.keys(byArea).sort().forEach(function (area) {
        items.appendChild(el("h3", "cg-meta", area + " (" + byArea[area].length + ")"));
        var list = el("ul", "cg-list");
        byArea[area].sort().forEach(function (pair) {
          var li = el("li");
          var b = el("button", "cg-link", pair[0]);
          b.type = "button";
          b.addEventListener("click", function () { selectEdge(pair[1]); remember({ edge: pair[1] }); });
          li.appendChild(b);
          list.appendChild(li);
        });
        items.appendChild(list);
      });
    });
  }

  // --- editor mode: what the chosen pages say that mine does not ----------------------

  function editorLacks(mine, others) {
    var found = [];
    data.edges.forEach(function (e) {
      if (stanceOf(e, mine) !== "silent") { return; }
      var backers = others.filter(function (sid) {
        var stance = stanceOf(e, sid);
        return stance === "asserts" || stance === "hedges";
      });
      if (backers.length) { found.push({ id: e.id, backers: backers }); }
    });
    found.sort(function (a, b) {
      return b.backers.length - a.backers.length ||
        (data.statements[a.id].text < data.statements[b.id].text ? -1 : 1);
    });
    return found;
  }

  function showEditor() {
    var mine = document.getElementById("cg-mine").value;
    var boxes = document.querySelectorAll("#cg-others input");
    var others = [];
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].disabled = boxes[i].value === mine;
      if (boxes[i].checked && boxes[i].value !== mine) { others.push(boxes[i].value); }
    }
    var list = document.getElementById("cg-editor-list");
    var note = document.getElementById("cg-editor-note");
    clear(list);
    if (!mine) { state.editor = null; note.textContent = ""; showSource(null); return; }
    restoreEdges();
    var lacks = editorLacks(mine, others);
    state.editor = { mine: mine, others: others, shown: lacks.map(function (x) { return x.id; }) };
    var keep = {}, shown = {};
    if (data.topic) { keep[data.topic] = true; }
    lacks.forEach(function (x) { shown[x.id] = true; keep[edgeById[x.id].from] = true; keep[edgeById[x.id].to] = true; });
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !shown[e.id] }; }));
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !keep[n.id] }; }));
    placeAreaLabels();
    note.textContent = lacks.length + " statement" + (lacks.length === 1 ? "" : "s") + " that " +
      others.map(sourceName).join(", ") + " make and " + sourceName(mine) + " does not";
    lacks.slice(0, 200).forEach(function (x) {
      var li = el("li");
      var b = el("button", "cg-link", data.statements[x.id].text);
      b.type = "button";
      b.addEventListener("click", function () { selectEdge(x.id); remember({ edge: x.id }); });
      li.appendChild(b);
      li.appendChild(document.createTextNode(" — " + x.backers.map(sourceName).join(", ")));
      list.appendChild(li);
    });
    if (lacks.length > 200) { list.appendChild(el("li", "cg-hint", "and " + (lacks.length - 200) + " more")); }
  }

  function buildEditor() {
    var mine = document.getElementById("cg-mine");
    var others = document.getElementById("cg-others");
    data.sources.forEach(function (s) {
      var o = el("option", null, s.name);
      o.value = s.id;
      mine.appendChild(o);
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.value = s.id;
      box.checked = true;
      box.addEventListener("change", showEditor);
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + s.name));
      others.appendChild(label);
    });
    mine.addEventListener("change", showEditor);
  }
  api.editorLacks = editorLacks;

  buildSourceToggles();
  buildEditor();
  buildStatementList();
  buildRelationFilter();
  buildConflictList();
  buildSearch();
  buildExpandButtons();
})();
