/* claimgraph graph page: readable labels at every zoom.
 *
 * vis-network draws every label at one canvas size, so a zoomed-out graph
 * is either a blur of overlapping words or no words at all.  Here labels
 * are drawn at a fixed screen size, most-mentioned entities first, and a
 * label that would overlap one already drawn is skipped: zoom in and the
 * rest appear.  Topic areas ("risk factors", "treatment") are written
 * faintly behind the nodes of each area.  Canvas text is plain text.
 */
window.claimgraphLabels = function (network, nodes, data) {
  "use strict";

  var CELL = 64;          // collision grid cell, screen px
  var MAX_LABELS = 250;   // per frame, so 5 000 nodes still pan smoothly
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
  // An overview's "more" nodes are labelled first after the topic: they are what to click.
  function labelOf(n) {
    return { id: n.id, text: n.cg_label, size: n.size || 10, topic: n.cg_kind === "topic",
             weight: n.cg_kind === "topic" ? 1e9 : n.cg_kind === "more" ? 1e8 : n.cg_sources.length,
             width: null };
  }
  function byWeight(a, b) { return b.weight - a.weight || (a.text < b.text ? -1 : 1); }
  var order = data.nodes.map(labelOf).sort(byWeight);
  function setNodes(list) { order = list.map(labelOf).sort(byWeight); placeAreas(); }
  var areaLabels = [];
  var focus = null;  // when set (a conflict is shown), only these nodes get labels
  var container = document.getElementById("mynetwork");

  function fontPx(item, scale) {
    var base = item.topic ? 17 : item.weight >= 3 ? 14 : item.weight === 2 ? 13 : 12;
    return base * Math.min(Math.max(scale, 0.85), 1.5);
  }

  function placeAreas() {
    var sums = {};
    var positions = network.getPositions();
    data.nodes.forEach(function (n) {
      var p = positions[n.id];
      if (!n.cg_area || !p || nodes.get(n.id).hidden) { return; }
      var s = sums[n.cg_area] = sums[n.cg_area] || { x: 0, y: 0, n: 0 };
      s.x += p.x; s.y += p.y; s.n += 1;
    });
    areaLabels = Object.keys(sums)
      .filter(function (a) { return sums[a].n >= 3; })
      .sort(function (a, b) { return sums[b].n - sums[a].n; })
      .map(function (a) { return { text: a, x: sums[a].x / sums[a].n, y: sums[a].y / sums[a].n }; });
  }

  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (r) {
    var out = [];
    for (var gx = Math.floor(r.x0 / CELL); gx <= Math.floor(r.x1 / CELL); gx++) {
      for (var gy = Math.floor(r.y0 / CELL); gy <= Math.floor(r.y1 / CELL); gy++) { out.push(gx + ":" + gy); }
    }
    return out;
  };
  Grid.prototype.free = function (r) {
    var keys = this.keys(r);
    for (var i = 0; i < keys.length; i++) {
      var cell = this.cells[keys[i]] || [];
      for (var j = 0; j < cell.length; j++) {
        var o = cell[j];
        if (r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1) { return false; }
      }
    }
    return true;
  };
  Grid.prototype.add = function (r) {
    var keys = this.keys(r);
    for (var i = 0; i < keys.length; i++) { (this.cells[keys[i]] = this.cells[keys[i]] || []).push(r); }
  };

  network.on("beforeDrawing", function (ctx) {
    if (!areaLabels.length || focus) { return; }
    var scale = network.getScale();
    var px = 30 / Math.max(scale, 0.35);
    var grid = new Grid();
    ctx.save();
    ctx.font = "600 " + Math.round(px) + "px " + FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillStyle = "rgba(87, 96, 106, 0.20)";
    areaLabels.forEach(function (l) {
      var dom = network.canvasToDOM({ x: l.x, y: l.y });
      var half = ctx.measureText(l.text).width * scale / 2;
      var r = { x0: dom.x - half - 24, x1: dom.x + half + 24, y0: dom.y - 22, y1: dom.y + 22 };
      if (grid.free(r)) { grid.add(r); ctx.fillText(l.text, l.x, l.y); }
    });
    ctx.restore();
  });

  network.on("afterDrawing", function (ctx) {
    var scale = network.getScale();
    var width = container.clientWidth, height = container.clientHeight;
    var selected = {};
    network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    var grid = new Grid();
    var drawn = 0;
    ctx.save();
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
    // Read positions straight from vis's node bodies: DataSet.get and
    // getPositions copy every node, which at 5 000 nodes costs a frame.
    var bodies = network.body.nodes;
    var origin = network.canvasToDOM({ x: 0, y: 0 });
    var font = "";
    function draw(item, force) {
      var p = bodies[item.id];
      if (!p || p.options.hidden || (focus && !focus[item.id] && !force)) { return; }
      var dom = { x: origin.x + p.x * scale, y: origin.y + p.y * scale };
      if (dom.x < -200 || dom.y < -50 || dom.x > width + 200 || dom.y > height + 50) { return; }
      var px = fontPx(item, scale) * (force ? 1.08 : 1);
      var wanted = (item.topic || force ? "600 " : "") + (px / scale) + "px " + FONT;
      if (wanted !== font) { ctx.font = font = wanted; }
      if (item.width === null) { item.width = ctx.measureText(item.text).width * scale / px; }
      var half = item.width * px / 2 + 2;
      var top = dom.y + item.size * scale + 3;
      var r = { x0: dom.x - half, x1: dom.x + half, y0: top, y1: top + px + 2 };
      if (!force && !grid.free(r)) { return; }
      grid.add(r);
      var y = p.y + item.size + 3 / scale;
      ctx.strokeText(item.text, p.x, y);
      ctx.fillStyle = force ? "#0b3d91" : "#1f2328";
      ctx.fillText(item.text, p.x, y);
      drawn += 1;
    }
    order.forEach(function (item) { if (selected[item.id]) { draw(item, true); } });
    for (var i = 0; i < order.length && drawn < MAX_LABELS; i++) {
      if (!selected[order[i].id]) { draw(order[i], false); }
    }
    ctx.restore();
  });

  network.on("dragEnd", function (params) { if (params.nodes.length) { placeAreas(); } });
  function setFocus(ids) {
    focus = null;
    if (ids) { focus = {}; ids.forEach(function (id) { focus[id] = true; }); }
    network.redraw();
  }

  return { placeAreas: placeAreas, setFocus: setFocus, setNodes: setNodes };
};
