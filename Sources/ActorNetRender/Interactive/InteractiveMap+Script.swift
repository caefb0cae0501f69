extension InteractiveMap {
    /// The map's script, once per page: it starts every `.actornet-map` in the page, each from its own embedded data.
    /// Written here, no library: pan and zoom move the SVG's `viewBox`; hover, selection, search, legend toggles,
    /// focus and the year set classes on the actors' and ties' elements (found by the ids in the data).
    public static let script = #"""
        (function () {
          'use strict';
          var XLINK = 'http://www.w3.org/1999/xlink';
          function fold(text) {
            return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
          }
          function element(tag, text, className) {
            var node = document.createElement(tag);
            if (text !== undefined) { node.textContent = text; }
            if (className) { node.className = className; }
            return node;
          }

          function start(root) {
            if (root.dataset.anStarted) { return; }
            root.dataset.anStarted = 'true';
            var data = JSON.parse(root.querySelector('.an-data').textContent);
            var view = root.querySelector('.an-view');
            var svg = view.querySelector('svg');
            var panel = root.querySelector('.an-panel');
            var actors = data.actors, ties = data.ties, words = data.words;
            var actorElements = actors.map(function (a) { return document.getElementById(a.element); });
            var tieElements = ties.map(function (t) { return document.getElementById(t.element); });
            var incident = actors.map(function () { return []; });
            ties.forEach(function (t, i) {
              incident[t.from].push(i);
              if (t.to !== t.from) { incident[t.to].push(i); }
            });
            var folded = actors.map(function (a) { return fold(a.name); });
            var off = { sector: {}, level: {}, kind: {} };
            var hovered = -1, selected = -1, focus = false, steps = 1, year = null;
            var actorShown = actors.map(function () { return true; });
            var tieShown = ties.map(function () { return true; });

            function other(t, i) { return ties[t].from === i ? ties[t].to : ties[t].from; }
            function tiePasses(t) {
              var tie = ties[t];
              if (off.kind[tie.kind]) { return false; }
              return year === null || !tie.years || (year >= tie.years[0] && year <= tie.years[1]);
            }

            // Which actors and ties show: legend toggles, then the focus around the selection, then the year.
            function update() {
              actorShown = actors.map(function (a) { return !off.sector[a.sector] && !off.level[a.level]; });
              if (focus && selected >= 0 && actorShown[selected]) {
                var distance = actors.map(function () { return Infinity; });
                var queue = [selected];
                distance[selected] = 0;
                while (queue.length) {
                  var i = queue.shift();
                  if (distance[i] >= steps) { continue; }
                  incident[i].forEach(function (t) {
                    var j = other(t, i);
                    if (tiePasses(t) && actorShown[j] && distance[j] === Infinity) {
                      distance[j] = distance[i] + 1;
                      queue.push(j);
                    }
                  });
                }
                actorShown = actorShown.map(function (shown, k) { return shown && distance[k] <= steps; });
              }
              tieShown = ties.map(function (t, k) { return tiePasses(k) && actorShown[t.from] && actorShown[t.to]; });
              actorElements.forEach(function (e, k) { if (e) { e.classList.toggle('an-hidden', !actorShown[k]); } });
              tieElements.forEach(function (e, k) { if (e) { e.classList.toggle('an-hidden', !tieShown[k]); } });
              if (hovered >= 0 && !actorShown[hovered]) { hovered = -1; }
              highlight();
            }

            // The actor under the pointer (else the selected one), its shown ties and their other ends.
            function highlight() {
              var centre = hovered >= 0 ? hovered : (selected >= 0 && actorShown[selected] ? selected : -1);
              actorElements.concat(tieElements).forEach(function (e) { if (e) { e.classList.remove('an-hl'); } });
              actorElements.forEach(function (e, k) { if (e) { e.classList.toggle('an-selected', k === selected); } });
              svg.classList.toggle('an-dim', centre >= 0);
              if (centre < 0) { return; }
              actorElements[centre].classList.add('an-hl');
              incident[centre].forEach(function (t) {
                if (!tieShown[t]) { return; }
                tieElements[t].classList.add('an-hl');
                actorElements[other(t, centre)].classList.add('an-hl');
              });
            }

            function number(measure) {
              if (measure.value === null) { return '—'; }
              var v = measure.value, magnitude = Math.abs(v), text;
              if (measure.count) { text = String(Math.round(v)); }
              else if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e6)) { text = v.toFixed(4); }
              else { text = v.toPrecision(4); }
              return text.replace('.', words.decimal);
            }
            function list(rows) {
              var dl = element('dl');
              rows.forEach(function (row) {
                dl.appendChild(element('dt', row[0]));
                dl.appendChild(element('dd', row[1]));
              });
              return dl;
            }
            function showPanel(i) {
              var a = actors[i], body = panel.querySelector('.an-panel-body');
              body.textContent = '';
              body.appendChild(element('h3', a.name));
              body.appendChild(list(a.details));
              if (a.centrality.length) {
                body.appendChild(element('h4', words.centrality));
                body.appendChild(list(a.centrality.map(function (m) { return [m.label, number(m)]; })));
              }
              if (a.centrality.length || a.brokerage.length) {
                body.appendChild(element('h4', words.brokerage));
                body.appendChild(a.brokerage.length
                  ? list(a.brokerage.map(function (b) { return [b.role, String(b.count)]; }))
                  : element('p', words.noBrokerage));
              }
              if (a.centrality.length || a.projects.length) {
                body.appendChild(element('h4', words.projects));
                if (a.projects.length) {
                  var ul = element('ul');
                  a.projects.forEach(function (p) { ul.appendChild(element('li', p)); });
                  body.appendChild(ul);
                } else {
                  body.appendChild(element('p', words.noProjects));
                }
              }
              panel.hidden = false;
            }
            function select(i) {
              selected = i;
              if (i >= 0) { showPanel(i); } else { panel.hidden = true; }
              update();
            }

            // Pan and zoom: the viewBox, in the SVG's own units.
            var home = svg.getAttribute('viewBox').split(/[\s,]+/).map(Number);
            var box = home.slice();
            function setBox() { svg.setAttribute('viewBox', box.join(' ')); }
            function toSVG(x, y) {
              var point = svg.createSVGPoint();
              point.x = x;
              point.y = y;
              return point.matrixTransform(svg.getScreenCTM().inverse());
            }
            function zoom(factor, x, y) {
              var width = Math.min(home[2] * 4, Math.max(home[2] / 50, box[2] / factor));
              factor = box[2] / width;
              if (x === undefined) { x = box[0] + box[2] / 2; y = box[1] + box[3] / 2; }
              box = [x - (x - box[0]) / factor, y - (y - box[1]) / factor, box[2] / factor, box[3] / factor];
              setBox();
            }
            function pan(dx, dy) { box[0] += dx; box[1] += dy; setBox(); }
            function centreOn(i) {
              var r = actorElements[i].getBoundingClientRect();
              var c = toSVG(r.left + r.width / 2, r.top + r.height / 2);
              box[0] = c.x - box[2] / 2;
              box[1] = c.y - box[3] / 2;
              setBox();
            }
            view.addEventListener('wheel', function (event) {
              event.preventDefault();
              var p = toSVG(event.clientX, event.clientY);
              zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
            }, { passive: false });
            var drag = null, dragged = false;
            view.addEventListener('pointerdown', function (event) {
              if (event.button !== 0) { return; }
              drag = {
                x: event.clientX, y: event.clientY, box: box.slice(), scale: svg.getScreenCTM().a, id: event.pointerId
              };
              dragged = false;
            });
            view.addEventListener('pointermove', function (event) {
              if (!drag || event.pointerId !== drag.id) { return; }
              var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
              if (!dragged && Math.abs(dx) + Math.abs(dy) < 5) { return; }
              if (!dragged) { dragged = true; view.setPointerCapture(drag.id); view.classList.add('an-dragging'); }
              box[0] = drag.box[0] - dx / drag.scale;
              box[1] = drag.box[1] - dy / drag.scale;
              setBox();
            });
            function endDrag() { drag = null; view.classList.remove('an-dragging'); }
            view.addEventListener('pointerup', endDrag);
            view.addEventListener('pointercancel', endDrag);
            view.addEventListener('click', function (event) {
              if (dragged) { dragged = false; return; }
              var i = actorElements.findIndex(function (e) { return e && e.contains(event.target); });
              select(i >= 0 && actorShown[i] ? i : -1);
            });
            view.addEventListener('keydown', function (event) {
              var step = box[2] / 10;
              var keys = {
                '+': function () { zoom(1.25); }, '=': function () { zoom(1.25); },
                '-': function () { zoom(0.8); }, '_': function () { zoom(0.8); },
                '0': function () { box = home.slice(); setBox(); },
                ArrowLeft: function () { pan(-step, 0); }, ArrowRight: function () { pan(step, 0); },
                ArrowUp: function () { pan(0, -step); }, ArrowDown: function () { pan(0, step); },
                Escape: function () { select(-1); }
              };
              if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
            });
            root.querySelector('.an-zoom-in').addEventListener('click', function () { zoom(1.25); });
            root.querySelector('.an-zoom-out').addEventListener('click', function () { zoom(0.8); });
            root.querySelector('.an-reset').addEventListener('click', function () { box = home.slice(); setBox(); });
            panel.querySelector('.an-close').addEventListener('click', function () { select(-1); });

            // Hover, or a tap (pointerenter comes first, then the click selects).
            actorElements.forEach(function (e, i) {
              if (!e) { return; }
              e.addEventListener('pointerenter', function () { if (!drag) { hovered = i; highlight(); } });
              e.addEventListener('pointerleave', function () { hovered = -1; highlight(); });
            });

            // Search: accents and case ignored ("bogota" finds "Bogotá").
            var input = root.querySelector('.an-search-input'), results = root.querySelector('.an-results');
            var found = [];
            function choose(i) {
              results.hidden = true;
              off.sector[actors[i].sector] = false;
              off.level[actors[i].level] = false;
              root.querySelectorAll('.an-legend input').forEach(function (toggle) {
                var group = toggle.dataset.group;
                if (group !== 'kind' && !off[group][toggle.dataset.key]) { toggle.checked = true; }
              });
              select(i);
              centreOn(i);
            }
            input.addEventListener('input', function () {
              var query = fold(input.value.trim());
              results.textContent = '';
              found = [];
              if (query) { actors.forEach(function (a, i) { if (folded[i].indexOf(query) >= 0) { found.push(i); } }); }
              actorElements.forEach(function (e, i) {
                if (e) { e.classList.toggle('an-match', found.indexOf(i) >= 0); }
              });
              results.hidden = !query;
              if (query && !found.length) { results.appendChild(element('li', words.noMatch, 'an-none')); }
              found.forEach(function (i) {
                var item = element('li'), button = element('button', actors[i].name);
                button.type = 'button';
                button.addEventListener('click', function () { choose(i); });
                item.appendChild(button);
                results.appendChild(item);
              });
            });
            input.addEventListener('keydown', function (event) {
              if (event.key === 'Enter' && found.length) { event.preventDefault(); choose(found[0]); }
              if (event.key === 'Escape') { results.hidden = true; }
            });

            // Legend toggles: sectors, levels, tie kinds.
            root.querySelectorAll('.an-legend input').forEach(function (toggle) {
              toggle.addEventListener('change', function () {
                off[toggle.dataset.group][toggle.dataset.key] = !toggle.checked;
                update();
              });
            });

            // Focus: only the actors within k steps of the selection.
            var focusBox = root.querySelector('.an-focus-on'), stepsInput = root.querySelector('.an-focus-steps');
            focusBox.addEventListener('change', function () { focus = focusBox.checked; update(); });
            stepsInput.addEventListener('input', function () {
              steps = Math.max(1, Math.min(9, parseInt(stepsInput.value, 10) || 1));
              update();
            });

            // Year: only where some tie has dates; ties without dates always show.
            var yearBox = root.querySelector('.an-year-on'), yearInput = root.querySelector('.an-year-input');
            if (yearBox) {
              var yearChanged = function () {
                yearInput.disabled = !yearBox.checked;
                year = yearBox.checked ? Number(yearInput.value) : null;
                root.querySelector('.an-year-value').textContent = yearInput.value;
                update();
              };
              yearBox.addEventListener('change', yearChanged);
              yearInput.addEventListener('input', yearChanged);
            }

            // Download this view: what is shown, in the current frame, as a standalone SVG file.
            root.querySelector('.an-download').addEventListener('click', function () {
              var copy = svg.cloneNode(true);
              copy.querySelectorAll('.an-hidden').forEach(function (e) { e.remove(); });
              copy.querySelectorAll('.an-hl, .an-match, .an-selected').forEach(function (e) {
                e.classList.remove('an-hl', 'an-match', 'an-selected');
              });
              copy.removeAttribute('class');
              copy.removeAttribute('role');
              copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
              copy.setAttribute('xmlns:xlink', XLINK);
              copy.setAttribute('width', box[2] + 'pt');
              copy.setAttribute('height', box[3] + 'pt');
              var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
              var url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
              var link = element('a');
              link.href = url;
              link.download = data.file + '.svg';
              document.body.appendChild(link);
              link.click();
              link.remove();
              setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
            });
          }

          document.querySelectorAll('.actornet-map').forEach(start);
        })();

        """#
}
