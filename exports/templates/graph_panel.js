/* claimgraph graph page: the side panel (what each source says, side by side).
 *
 * Source text is untrusted: every string goes in with textContent, never
 * innerHTML.  The panel knows nothing of vis; the controls pass it the
 * data and two callbacks (select an edge, highlight a conflict).
 */
window.claimgraphPanel = function (data, state, hooks) {
  "use strict";

  var sourceNames = {};
  data.sources.forEach(function (s) { sourceNames[s.id] = s.name; });
  var nodeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  var edgesOfNode = {};
  function addEdges(list) {
    list.forEach(function (e) {
      edgeById[e.id] = e;
      [e.from, e.to].forEach(function (n) { (edgesOfNode[n] = edgesOfNode[n] || []).push(e.id); });
    });
  }
  addEdges(data.edges);
  function addNodes(list) { list.forEach(function (n) { nodeById[n.id] = n; }); }
  var conflictById = {};
  data.conflicts.forEach(function (c) { conflictById[c.id] = c; });
  function selectEdge(id) { hooks.selectEdge(id); }
  function highlightConflict(id) { hooks.highlightConflict(id); }

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

  // A quote with its cue words marked (exports/evidence_marks.py): marks are
  // [start, end, "kind kind"] in UTF-16 units, sorted and apart; every piece
  // goes in as text, so nothing in a quote can become markup.
  var CUE_MEANINGS = {
    anchor: "the words the claim was read from", figure: "the figure",
    negation: "a negation cue: why the claim counts as denied",
    hedge: "a hedge cue: why the claim counts as hedged"
  };
  function markedInto(box, words, marks) {
    var at = 0;
    (marks || []).forEach(function (c) {
      if (c[0] < at || c[1] > words.length) { return; }
      if (c[0] > at) { box.appendChild(document.createTextNode(words.slice(at, c[0]))); }
      var kinds = String(c[2]).split(" ");
      var mark = el("mark", "cg-cue " + kinds.map(function (k) { return "cg-cue-" + k; }).join(" "),
                    words.slice(c[0], c[1]));
      mark.title = kinds.map(function (k) { return CUE_MEANINGS[k] || k; }).join("; ");
      box.appendChild(mark);
      at = c[1];
    });
    box.appendChild(document.createTextNode(words.slice(at)));
    return box;
  }
  // before / after: [words, marks] from the page around the quote that hold its cue.
  function quoteText(words, marks, before, after) {
    var box = el("span", "cg-quote-text", "“");
    function context(part) {
      var span = markedInto(el("span", "cg-quote-context"), part[0], part[1]);
      span.title = "from the page, around the quote: the words that carry its cue";
      return span;
    }
    if (before) { box.appendChild(context(before)); box.appendChild(document.createTextNode(" ")); }
    markedInto(box, words, marks);
    if (after) { box.appendChild(context(after)); }  // with its own leading space, if any
    box.appendChild(document.createTextNode("”"));
    return box;
  }

  // A forest plot (exports/report_chart.py): SVG built server-side with every
  // label XML-escaped, parsed as SVG (never as HTML), so no markup from a
  // source can become an element here, and a parsed document runs no script.
  function chart(id) {
    var text = data.charts && data.charts[id];
    if (!text) { return null; }
    var doc = new DOMParser().parseFromString(text, "image/svg+xml");
    var root = doc.documentElement;
    if (!root || root.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length) {
      return null;
    }
    var box = el("figure", "cg-chart");
    box.appendChild(document.importNode(root, true));
    return box;
  }

  function stanceOf(edge, sid) {
    if (edge.cg_denies.indexOf(sid) >= 0) { return "denies"; }
    if (edge.cg_asserts.indexOf(sid) >= 0) { return "asserts"; }
    if (edge.cg_hedges.indexOf(sid) >= 0) { return "hedges"; }
    if (edge.cg_partial.indexOf(sid) >= 0) { return "partial"; }
    return "silent";
  }

  // Stance and status words, symbols and colours: the shared style table (html_style.py).
  var STANCES = {};
  data.legend.stances.forEach(function (s) { STANCES[s.stance] = s; });
  var STATUSES = {};
  data.legend.statuses.forEach(function (s) { STATUSES[s.status] = s; });

  function stanceBadge(stance) {
    var style = STANCES[stance];
    var badge = el("span", "cg-stance cg-stance-" + stance,
                   style ? style.symbol + " " + style.label : stance);
    if (style) { badge.style.background = style.background; badge.style.color = style.ink; }
    return badge;
  }

  function statusBadge(edge) {
    var style = STATUSES[edge.cg_status];
    var badge = el("span", "cg-badge", style ? style.symbol + " " + style.label : edge.cg_status);
    if (style) { badge.style.background = style.color; badge.style.color = style.ink; }
    return badge;
  }


  // --- side panel --------------------------------------------------------------------

  var panel = document.getElementById("cg-panel");
  var PANEL_ITEMS = 8;  // statements per source card before "show more"

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

  // Back to the report: report.html sits beside graph.html (compare writes both),
  // and every statement row and conflict card there has the same id.
  function reportLink(id) {
    var a = el("a", "cg-report-link", "Open in the report");
    a.href = "report.html#" + encodeURIComponent(id);
    return a;
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
        if (words) { quote.appendChild(quoteText(words, q.marks, q.before, q.after)); }
        if (q.stance !== stance) {
          quote.appendChild(document.createTextNode(" "));
          quote.appendChild(stanceBadge(q.stance));
        }
        if (q.flag) {
          quote.className += " cg-flagged";
          quote.appendChild(el("span", "cg-flag", "\u2691 " + q.flag));
        }
        card.appendChild(quote);
      });
      cards.appendChild(card);
    });
    panel.appendChild(cards);
    panel.appendChild(reportLink(id));
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
    var drawn = node.cg_chart ? chart(node.cg_chart) : null;
    if (drawn) { panel.appendChild(drawn); }
    if (node.cg_more) {
      // An overview (html_overview.py) leaves statements out; say how to see them all.
      // A figure node is no entity, so --html-focus cannot name it.
      var more = node.cg_more + " more statement" + (node.cg_more === 1 ? " " : "s ") +
        (node.cg_more === 1 ? "is" : "are") + " left out of this overview. ";
      panel.appendChild(el("p", "cg-meta cg-more", more + (node.cg_kind === "measure"
        ? "All are in statements.csv and report.json."
        : "To draw all that is said of " + node.cg_label + ", run claimgraph again with " +
          "--html-focus \"" + node.cg_label + "\".")));
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
        // A hub (the topic) has hundreds of statements: list a few, the rest on request.
        var item = function (eid) {
          var li = el("li");
          li.appendChild(linkToEdge(eid, data.statements[eid].text));
          li.appendChild(document.createTextNode(" "));
          li.appendChild(stanceBadge(stanceOf(edgeById[eid], s.id)));
          list.appendChild(li);
        };
        said.slice(0, PANEL_ITEMS).forEach(item);
        card.appendChild(list);
        if (said.length > PANEL_ITEMS) {
          var more = el("button", "cg-link", "show " + (said.length - PANEL_ITEMS) + " more");
          more.type = "button";
          more.addEventListener("click", function () {
            said.slice(PANEL_ITEMS).forEach(item);
            more.remove();
          });
          card.appendChild(more);
        }
      }
      cards.appendChild(card);
    });
    panel.appendChild(cards);
  }

  function showConflict(c) {
    state.shown = { conflict: c.id };
    var kinds = data.legend.kinds || {};
    panelStart(c.about, (c.secondary ? "Secondary finding · " : "Conflict · ") +
               (kinds[c.kind] || c.kind));
    var box = el("div", "cg-explain");
    if (c.verdict) { box.appendChild(el("p", "cg-verdict", c.verdict)); }
    var drawn = c.chart ? chart(c.chart) : null;
    if (drawn) { box.appendChild(drawn); }
    var sides = el("ul", "cg-sides");
    c.sides.forEach(function (side) {
      sides.appendChild(el("li", null, side.sources.map(sourceName).join(", ") + ": " + side.says));
    });
    box.appendChild(sides);
    box.appendChild(el("p", "cg-explanation", c.explanation));
    box.appendChild(reportLink(c.id));
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

  return { el: el, clear: clear, sourceName: sourceName, stanceOf: stanceOf, showEdge: showEdge,
           showNode: showNode, showConflict: showConflict, showHint: showHint,
           edgeById: edgeById, conflictById: conflictById, addEdges: addEdges,
           addNodes: addNodes };
};
