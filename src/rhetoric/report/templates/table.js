/* Long report tables (data-rh-interactive, set by rhetoric.report.tables): a search box,
   sortable headings and pages of rows, offline and without a library. Before printing, every
   row is shown in its original order. */
(function () {
  function cellValue(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.trim() : "";
  }
  var NUMBER = /^[+\-\u2212]?\d+(\.\d+)?$/;
  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) return parseFloat(a.replace("\u2212", "-")) - parseFloat(b.replace("\u2212", "-"));
    return a.localeCompare(b);
  }
  document.querySelectorAll("table[data-rh-interactive]").forEach(function (table) {
    var pageRows = parseInt(table.getAttribute("data-rh-interactive"), 10) || 25;
    var tbody = table.tBodies[0];
    var original = Array.prototype.slice.call(tbody.rows);
    var order = original.slice(), shown = original.slice(), page = 0;
    var name = table.caption ? table.caption.textContent : "the table";
    var bar = document.createElement("div");
    bar.className = "rh-table-tools";
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "Search this table";
    search.setAttribute("aria-label", "Search: " + name);
    var prev = document.createElement("button");
    prev.type = "button"; prev.textContent = "‹ previous";
    var next = document.createElement("button");
    next.type = "button"; next.textContent = "next ›";
    var info = document.createElement("span");
    info.className = "rh-table-info";
    info.setAttribute("aria-live", "polite");
    bar.appendChild(search); bar.appendChild(prev); bar.appendChild(info); bar.appendChild(next);
    var wrap = table.closest(".rh-table-wrap") || table;
    wrap.parentNode.insertBefore(bar, wrap);

    function draw() {
      var pages = Math.max(1, Math.ceil(shown.length / pageRows));
      page = Math.max(0, Math.min(page, pages - 1));
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      shown.slice(page * pageRows, (page + 1) * pageRows).forEach(function (r) { tbody.appendChild(r); });
      var first = shown.length ? page * pageRows + 1 : 0;
      info.textContent = "rows " + first + "–" + Math.min(shown.length, (page + 1) * pageRows) + " of " +
        shown.length + (shown.length < original.length ? " (filtered from " + original.length + ")" : "");
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    function filter() {
      var q = search.value.toLowerCase().trim();
      shown = q ? order.filter(function (r) { return r.textContent.toLowerCase().indexOf(q) >= 0; }) : order.slice();
      page = 0;
      draw();
    }
    search.addEventListener("input", filter);
    prev.addEventListener("click", function () { page -= 1; draw(); });
    next.addEventListener("click", function () { page += 1; draw(); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      if (th.classList.contains("rh-more")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "rh-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        order = original.map(function (r, n) { return [r, n]; }).sort(function (a, b) {
          var c = compare(cellValue(a[0], i), cellValue(b[0], i));
          return (ascending ? c : -c) || a[1] - b[1];
        }).map(function (p) { return p[0]; });
        filter();
      });
    });
    window.addEventListener("beforeprint", function () {
      while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
      original.forEach(function (r) { tbody.appendChild(r); });
    });
    window.addEventListener("afterprint", draw);
    draw();
  });
})();
