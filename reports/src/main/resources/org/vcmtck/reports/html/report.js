/* Filter, sort and expand the requirement tables. Everything works on the page itself: no requests. */
(function () {
  'use strict';
  var controls = document.getElementById('controls');
  if (!controls) { return; }
  controls.hidden = false;
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var count = document.getElementById('filter-count');

  function rows(scope) {
    return Array.prototype.slice.call(scope.querySelectorAll('table.requirements tbody tr'));
  }

  function applyFilter() {
    var needle = text.value.trim().toLowerCase();
    var wanted = status.value;
    var shown = 0;
    rows(document).forEach(function (row) {
      var visible = (!wanted || row.getAttribute('data-status') === wanted)
        && (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.standard'), function (section) {
      var all = rows(section);
      var none = all.length > 0 && all.every(function (row) { return row.hidden; });
      var message = section.querySelector('.no-match');
      if (message) { message.hidden = !none; }
    });
    count.textContent = shown + ' requirement' + (shown === 1 ? '' : 's') + ' shown';
  }

  function sortKey(row, column) {
    var cell = row.cells[column];
    if (!cell) { return ''; }
    return cell.getAttribute('data-sort') || cell.textContent.trim();
  }

  function sortBy(header) {
    var table = header.closest('table');
    var body = table.tBodies[0];
    var column = header.cellIndex;
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var sorted = Array.prototype.slice.call(body.rows).sort(function (a, b) {
      var order = sortKey(a, column).localeCompare(sortKey(b, column), undefined, { numeric: true });
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable thead th'), function (header) {
    header.title = 'Sort by this column';
    header.addEventListener('click', function () { sortBy(header); });
  });

  function setAllDetails(open) {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (details) { details.open = open; });
  }

  text.addEventListener('input', applyFilter);
  status.addEventListener('change', applyFilter);
  document.getElementById('expand-all').addEventListener('click', function () { setAllDetails(true); });
  document.getElementById('collapse-all').addEventListener('click', function () { setAllDetails(false); });
  applyFilter();
}());
