// The network picture: reads the page's JSON twin and draws it with Cytoscape.js. Node kinds are told
// apart by shape and colour (the legend on the page uses the same colours); a click opens the node's
// record; the filters hide node kinds and nodes last seen outside a time window.
(function () {
  'use strict';
  var container = document.getElementById('network-graph');
  if (!container || typeof cytoscape !== 'function') {
    return;
  }
  var looks = {
    REPORT: ['round-rectangle', '#1f5fa8'],
    PERSON: ['ellipse', '#b3261e'],
    VICTIM: ['star', '#e08a00'],
    CASE: ['hexagon', '#5b2a86'],
    PHONE: ['diamond', '#2e7d32'],
    EMAIL: ['triangle', '#00796b'],
    ACCOUNT: ['ellipse', '#c2185b'],
    IP: ['vee', '#757575'],
    WALLET: ['pentagon', '#8d6e00'],
    URL: ['tag', '#0277bd'],
    DEVICE: ['rhomboid', '#6d4c41'],
    MEDIA: ['octagon', '#ad1457'],
    RESTRICTED: ['ellipse', '#bdbdbd']
  };
  var restrictedLabel = (document.querySelector('label[for="kind-RESTRICTED"]') || {}).textContent || '';

  function elements(picture) {
    var nodes = picture.nodes.map(function (n) {
      var look = looks[n.kind] || looks.RESTRICTED;
      return {
        group: 'nodes',
        data: {
          // Labels are identifiers first: isolated left to right, so that an Urdu page does not move a
          // phone number's "+" to its end.
          id: 'n' + n.id, kind: n.kind, label: '\u2066' + (n.label || restrictedLabel.trim()) + '\u2069', href: n.href,
          shape: look[0], colour: look[1], size: 18 + Math.min(30, 3 * Math.sqrt(n.degree)),
          seen: n.seenAt ? Date.parse(n.seenAt) : null, fresh: n.fresh, community: n.community,
          centre: n.id === picture.centre, major: n.degree >= 3 || n.id === picture.centre
        }
      };
    });
    var edges = picture.edges.map(function (e, i) {
      return {group: 'edges', data: {id: 'e' + i, source: 'n' + e.source, target: 'n' + e.target, strength: e.strength}};
    });
    return nodes.concat(edges);
  }

  function draw(picture) {
    var started = performance.now();
    var large = picture.nodes.length > 100;
    var cy = cytoscape({
      container: container,
      elements: elements(picture),
      minZoom: 0.2,
      maxZoom: 3,
      style: [
        {selector: 'node', style: {
          'shape': 'data(shape)', 'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
          'label': 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 6, 'text-valign': 'bottom', 'text-margin-y': 2,
          'text-wrap': 'ellipsis', 'text-max-width': 110, 'color': '#111',
          'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1}},
        // In a large picture only hubs are labelled at first; the rest appear as the reader zooms in.
        {selector: 'node[!major]', style: {'min-zoomed-font-size': large ? 14 : 6}},
        {selector: 'node[?fresh]', style: {'border-width': 3, 'border-color': '#ffb300'}},
        {selector: 'node[?centre]', style: {'border-width': 4, 'border-color': '#000'}},
        {selector: 'node[kind = "RESTRICTED"]', style: {'label': '', 'opacity': 0.7}},
        {selector: 'edge', style: {'width': 1, 'line-color': '#9e9e9e', 'curve-style': 'haystack'}},
        {selector: 'edge[strength = "WEAK"]', style: {'line-style': 'dashed', 'line-color': '#cfcfcf'}},
        {selector: '.hidden', style: {'display': 'none'}}
      ],
      // A large network cools faster: about 140 rounds instead of 700, the difference between
      // two seconds and a half on a cheap laptop, for a picture that is nearly as tidy.
      layout: {name: 'cose', animate: false, randomize: false, numIter: 1000, coolingFactor: large ? 0.95 : 0.99,
        nodeRepulsion: function () { return large ? 8000 : 30000; }, idealEdgeLength: function () { return large ? 40 : 70; }}
    });
    cy.on('tap', 'node', function (event) {
      var href = event.target.data('href');
      var target = href ? href : '#' + event.target.id().replace('n', 'node-');
      window.location.assign(target);
    });
    bindFilters(cy);
    // How long drawing took, and how long since the page was asked for: the figure the target is about.
    container.setAttribute('data-layout-ms', String(Math.round(performance.now() - started)));
    container.setAttribute('data-rendered-ms', String(Math.round(performance.now())));
    container.setAttribute('data-nodes', String(picture.nodes.length));
  }

  function bindFilters(cy) {
    var form = document.getElementById('network-filters');
    function apply() {
      var shown = {};
      form.querySelectorAll('input[name=kind]').forEach(function (box) { shown[box.value] = box.checked; });
      var from = form.elements.from.value ? Date.parse(form.elements.from.value) : null;
      var to = form.elements.to.value ? Date.parse(form.elements.to.value) + 86400000 : null;
      cy.batch(function () {
        cy.nodes().forEach(function (node) {
          var seen = node.data('seen');
          var inTime = seen === null || ((from === null || seen >= from) && (to === null || seen < to));
          node.toggleClass('hidden', !(shown[node.data('kind')] !== false && inTime));
        });
      });
    }
    form.addEventListener('change', apply);
  }

  fetch(container.getAttribute('data-url'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
    .then(function (response) { return response.json(); })
    .then(draw);
})();
