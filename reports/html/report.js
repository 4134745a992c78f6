// Findings table: filter and sort in the page. Rows are rendered on the server (so the report
// reads and prints without script); this only hides and reorders them. Written for 10,000+ rows:
// values are read from the DOM once, filtering toggles `hidden`, sorting re-appends one fragment.
(function () {
  'use strict';
  var table = document.getElementById('findings-table');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows).map(function (tr, i) {
    var d = tr.dataset;
    return { tr: tr, i: i, sev: Number(d.sev), cat: d.cat, tenant: d.tenant, sub: d.sub, rule: d.rule, state: d.state, age: d.age ? Number(d.age) : -1, supp: d.supp === '1', text: null, keys: {} };
  });
  var COLUMN = { rule: 1, cat: 2, res: 3, sub: 4, tenant: 5, state: 7 };
  var SEV_RANK = { critical: 5, high: 4, medium: 3, low: 2, info: 1 };
  var $ = function (id) { return document.getElementById(id); };
  var f = { sev: $('f-sev'), cat: $('f-cat'), tenant: $('f-tenant'), sub: $('f-sub'), rule: $('f-rule'), state: $('f-state'), q: $('f-q'), supp: $('f-supp') };
  var shown = $('shown');
  var noMatch = $('no-match');

  function value(el) { return el ? el.value : ''; }

  // Only the first PAGE matching rows are laid out; the rest stay hidden until asked for, so a
  // report with 10,000 findings opens, filters and sorts quickly.
  var PAGE = Number(table.getAttribute('data-page')) || 500;
  var limit = PAGE;
  var more = $('show-more');
  var all = $('show-all');

  function apply() {
    var sev = value(f.sev) ? SEV_RANK[value(f.sev)] : 0;
    var cat = value(f.cat), tenant = value(f.tenant), sub = value(f.sub), rule = value(f.rule), state = value(f.state);
    var q = value(f.q).trim().toLowerCase();
    var withSupp = f.supp ? f.supp.checked : true;
    var matched = 0, suppressed = 0, showing = [];
    for (var n = 0; n < rows.length; n++) {
      var r = rows[n];
      if (r.supp) suppressed++;
      var ok = (!sev || r.sev === sev) && (!cat || r.cat === cat) && (!tenant || r.tenant === tenant) && (!sub || r.sub === sub) &&
        (!rule || r.rule === rule) && (!state || r.state === state) && (withSupp || !r.supp);
      if (ok && q) {
        if (r.text === null) r.text = r.tr.textContent.toLowerCase();
        ok = r.text.indexOf(q) !== -1;
      }
      if (ok) matched++;
      var show = ok && matched <= limit;
      if (r.tr.hidden === show) r.tr.hidden = !show;
      if (show) showing.push(r.tr);
    }
    // Only the shown rows need to be in order in the DOM (hidden ones are not laid out): they move
    // to the end of the table in the current sort order, a few hundred moves instead of every row.
    var frag = document.createDocumentFragment();
    for (var k = 0; k < showing.length; k++) frag.appendChild(showing[k]);
    tbody.appendChild(frag);
    var visible = Math.min(matched, limit);
    shown.textContent = (visible < matched ? 'Showing the first ' + visible + ' of ' + matched + ' matching findings (' + rows.length + ' in all)' : 'Showing ' + visible + ' of ' + rows.length + ' findings') +
      (suppressed && !withSupp ? ' (' + suppressed + ' suppressed hidden)' : '');
    noMatch.hidden = matched !== 0;
    more.hidden = all.hidden = visible >= matched;
  }

  function refilter() {
    limit = PAGE;
    apply();
  }

  function keyOf(r, key) {
    if (key === 'sev') return r.sev;
    if (key === 'age') return r.age;
    if (!(key in r.keys)) r.keys[key] = r.tr.cells[COLUMN[key]].textContent.trim().toLowerCase();
    return r.keys[key];
  }

  function sortBy(th) {
    var key = th.getAttribute('data-key');
    var current = th.getAttribute('aria-sort');
    // severity starts most severe first, age oldest first; text columns start A→Z
    var dir = current ? (current === 'ascending' ? -1 : 1) : (key === 'sev' || key === 'age' ? -1 : 1);
    var heads = table.tHead.rows[0].cells;
    for (var h = 0; h < heads.length; h++) heads[h].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = keyOf(a, key), y = keyOf(b, key);
      // ties keep the report's order (severity, rule, resource), so sorting is stable and repeatable
      return x < y ? -dir : x > y ? dir : a.i - b.i;
    });
    apply();
  }

  table.tHead.addEventListener('click', function (e) {
    var th = e.target.closest('th[data-key]');
    if (th) sortBy(th);
  });
  var timer = 0;
  $('filters').addEventListener('input', function (e) {
    clearTimeout(timer);
    timer = setTimeout(refilter, e.target === f.q ? 150 : 0);
  });
  $('filters').addEventListener('change', refilter);
  $('filters').addEventListener('reset', function () { setTimeout(refilter, 0); });
  more.addEventListener('click', function () { limit += PAGE; apply(); });
  all.addEventListener('click', function () { limit = Infinity; apply(); });
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
})();
