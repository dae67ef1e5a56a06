// The program finder's map: tiles from the source the deployer configured, with the numbered
// programs of the list on them. The list stays the primary view; without this script (or a tile
// source) nothing is lost.
(function () {
  var map = document.getElementById('program-map');
  if (!map) { return; }
  var template = map.getAttribute('data-tiles');
  var lat = parseFloat(map.getAttribute('data-lat'));
  var lon = parseFloat(map.getAttribute('data-lon'));
  var items = document.querySelectorAll('#program-list li[data-lat]');
  var zoom = 10;
  var size = 256;
  function project(la, lo) {
    var n = Math.pow(2, zoom);
    var x = (lo + 180) / 360 * n;
    var r = la * Math.PI / 180;
    var y = (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n;
    return { x: x * size, y: y * size };
  }
  var width = map.clientWidth || 600;
  var height = map.clientHeight || 320;
  var centre = project(lat, lon);
  var left = centre.x - width / 2;
  var top = centre.y - height / 2;
  var tiles = document.createElement('div');
  tiles.className = 'program-map__tiles';
  for (var tx = Math.floor(left / size); tx <= Math.floor((left + width) / size); tx++) {
    for (var ty = Math.floor(top / size); ty <= Math.floor((top + height) / size); ty++) {
      var img = document.createElement('img');
      img.alt = '';
      img.src = template.replace('{z}', zoom).replace('{x}', tx).replace('{y}', ty);
      img.style.left = (tx * size - left) + 'px';
      img.style.top = (ty * size - top) + 'px';
      tiles.appendChild(img);
    }
  }
  map.appendChild(tiles);
  items.forEach(function (item) {
    var p = project(parseFloat(item.getAttribute('data-lat')), parseFloat(item.getAttribute('data-lon')));
    var x = p.x - left;
    var y = p.y - top;
    if (x < 0 || y < 0 || x > width || y > height) { return; }
    var marker = document.createElement('span');
    marker.className = 'program-map__marker';
    marker.textContent = item.getAttribute('data-number');
    marker.title = item.getAttribute('data-name');
    marker.style.left = x + 'px';
    marker.style.top = y + 'px';
    map.appendChild(marker);
  });
  var credit = map.getAttribute('data-attribution');
  if (credit) {
    var c = document.createElement('span');
    c.className = 'program-map__credit';
    c.textContent = credit;
    map.appendChild(c);
  }
})();
