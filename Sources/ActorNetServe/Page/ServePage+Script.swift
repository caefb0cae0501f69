extension ServePage {
    /// The page's script, written here, no library. The board is an SVG of level rings (international outside,
    /// local inside, unspecified in the centre) cut into sector wedges; an actor's place says its sector and level,
    /// and where it was dropped is kept in its `map-x`/`map-y` attributes. Every change is an edit sent to
    /// `/api/edits`; the page redraws from `/api/network` whenever the event stream says the version moved.
    static let script = #"""
        (function () {
          'use strict';
          var DATA = JSON.parse(document.getElementById('page-data').textContent);
          var W = DATA.words;
          var SVG = 'http://www.w3.org/2000/svg';
          var token = new URLSearchParams(location.search).get('token');
          var client = Math.random().toString(36).slice(2);
          var SECTORS = DATA.sectors.map(function (s) { return s[0]; });
          var LEVELS = ['international', 'national', 'regional', 'local', 'unspecified'];
          var OUTER = 500, BAND = 100, WEDGE = 360 / SECTORS.length;
          var canvas = document.getElementById('canvas');
          var state = {
            network: null, version: 0, selected: null, tie: null, kind: 'coordination', source: null, stanceGoal: ''
          };
          var positions = {};

          function api(path) {
            return token ? path + (path.indexOf('?') < 0 ? '?' : '&') + 'token=' + encodeURIComponent(token) : path;
          }
          function label(list, value) {
            for (var i = 0; i < list.length; i++) { if (list[i][0] === value) { return list[i][1]; } }
            return value;
          }
          function fold(text) {
            return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
          }
          function node(tag, attributes, parent) {
            var element = document.createElementNS(SVG, tag);
            Object.keys(attributes || {}).forEach(function (k) { element.setAttribute(k, attributes[k]); });
            if (parent) { parent.appendChild(element); }
            return element;
          }
          function html(tag, text, parent, className) {
            var element = document.createElement(tag);
            if (text !== undefined && text !== null) { element.textContent = text; }
            if (className) { element.className = className; }
            if (parent) { parent.appendChild(element); }
            return element;
          }
          function say(text, error) {
            var box = html('div', text, document.getElementById('messages'), error ? 'error' : '');
            setTimeout(function () { box.remove(); }, error ? 8000 : 4000);
          }
          function fill(template, values) {
            return template.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
          }

          // MARK: Talking to the server
          function send(edits) {
            return fetch(api('/api/edits'), {
              method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ base: state.version, edits: edits, client: client })
            }).then(answer).then(function (result) {
              if (result.conflicts && result.conflicts.length) {
                say(fill(W.conflict, { fields: result.conflicts.join(', ') }));
              }
              // The event stream may have brought this version already: redraw only when it did not.
              var fresh = state.version >= result.version ? Promise.resolve() : refresh();
              return fresh.then(function () { return result; });
            });
          }
          // Edits built from the network as it stands (goals, projects) leave one after another, each made by
          // `build` once the one before is answered and the page has the version it made: a second goal added,
          // or a currency typed right after an amount, does not undo the first.
          var turns = Promise.resolve();
          function sendInTurn(build) {
            var sent = turns.then(function () { return send(build()); }).then(caughtUp);
            turns = sent.catch(function () {});
            return sent;
          }
          // A refresh already under way when an edit was answered may have read the network before it.
          function caughtUp(result, tries) {
            if (state.version >= result.version || (tries || 0) >= 3) { return result; }
            return refresh().then(function () { return caughtUp(result, (tries || 0) + 1); });
          }
          function post(path) { return fetch(api(path), { method: 'POST' }).then(answer).then(refresh); }
          function answer(response) {
            return response.json().then(function (body) {
              if (!response.ok) {
                var messages = body.errors || [String(response.status)];
                messages.forEach(function (m) { say(m, true); });
                var refused = new Error('refused');
                refused.messages = messages;
                throw refused;
              }
              return body;
            });
          }
          // A version announced while a refresh is under way may be newer than what that refresh read: one more
          // refresh follows it then, or a page could stay a version behind until the next edit.
          var refreshing = null, announced = 0;
          function refresh() {
            if (refreshing) { return refreshing; }
            refreshing = fetch(api('/api/network')).then(function (r) { return r.json(); }).then(function (network) {
              state.network = network;
              state.version = network.version;
              document.getElementById('title').textContent = network.name;
              document.title = network.name + ' — actornet';
              document.getElementById('status').textContent = fill(W.saved, { version: network.version });
              if (!state.dragging) { draw(); }
              panels();
              projectsPanel();
              goalsPanel();
              setup();
              return fetch(api('/api/analysis')).then(function (r) { return r.json(); }).then(analysis);
            }).finally(function () {
              refreshing = null;
              if (announced > state.version) { refresh(); }
            });
            return refreshing;
          }

          // MARK: Geometry: rings are levels, wedges are sectors
          // Below the rings is the tray: actors with neither sector nor level wait there, in rows, to be placed.
          var TRAY = OUTER + 80, TRAY_COLUMNS = 7, TRAY_STEP = 150, TRAY_ROW = 90;
          function cellOf(x, y) {
            if (y > TRAY - 30) { return { sector: 'unspecified', level: 'unspecified' }; }
            var r = Math.sqrt(x * x + y * y);
            var ring = Math.max(0, Math.min(LEVELS.length - 1, Math.floor((OUTER - r) / BAND)));
            var angle = (Math.atan2(y, x) * 180 / Math.PI + 90 + 360) % 360;
            return { sector: SECTORS[Math.floor(angle / WEDGE) % SECTORS.length], level: LEVELS[ring] };
          }
          function point(radius, degrees) {
            var a = (degrees - 90) * Math.PI / 180;
            return { x: radius * Math.cos(a), y: radius * Math.sin(a) };
          }
          // A cell's places, outer row first, each row clockwise: rows are added (up to 4) until the cell holds
          // every actor SPACING apart, and the actors are shared among rows in proportion to what each holds.
          // The same rule as the server's Tidy (TidyLayout.places), so a tidied map and a fresh one agree.
          var SPACING = 70, MAX_ROWS = 4;
          function cellPlaces(count, wedge, ring) {
            var inner = ring === LEVELS.length - 1 ? 10 : OUTER - BAND * (ring + 1);
            var outer = ring === LEVELS.length - 1 ? BAND : OUTER - BAND * ring;
            var radii = [], holds = [], rows, total;
            for (rows = 1; rows <= MAX_ROWS; rows++) {
              radii = []; holds = []; total = 0;
              for (var i = 0; i < rows; i++) {
                var r = outer - (outer - inner) * (i + 0.5) / rows;
                radii.push(r);
                holds.push(Math.max(1, Math.floor(r * WEDGE * Math.PI / 180 / SPACING)));
                total += holds[i];
              }
              if (total >= count) { break; }
            }
            var quotas = holds.map(function (h) { return count * h / total; });
            var counts = quotas.map(Math.floor);
            var order = quotas.map(function (q, i) { return i; }).sort(function (a, b) {
              return (quotas[b] - counts[b]) - (quotas[a] - counts[a]) || a - b;
            });
            var left = count - counts.reduce(function (a, b) { return a + b; }, 0);
            order.slice(0, left).forEach(function (i) { counts[i] += 1; });
            var places = [];
            radii.forEach(function (radius, row) {
              for (var k = 0; k < counts[row]; k++) {
                places.push({ radius: radius, degrees: wedge * WEDGE + WEDGE * (k + 1) / (counts[row] + 1) });
              }
            });
            return places;
          }
          function layout() {
            var cells = {};
            positions = {};
            state.network.actors.forEach(function (a) {
              var sector = a.sector || 'unspecified', level = a.level || 'unspecified';
              var at = a.attributes || {};
              var x = parseFloat(at['map-x']), y = parseFloat(at['map-y']);
              if (isFinite(x) && isFinite(y)) {
                var cell = cellOf(x, y);
                if (cell.sector === sector && cell.level === level) { positions[a.id] = { x: x, y: y }; return; }
              }
              var key = sector + '|' + level;
              (cells[key] = cells[key] || []).push(a.id);
            });
            (cells['unspecified|unspecified'] || []).forEach(function (id, k) {
              var column = k % TRAY_COLUMNS, row = Math.floor(k / TRAY_COLUMNS);
              positions[id] = {
                x: -TRAY_STEP * (TRAY_COLUMNS - 1) / 2 + column * TRAY_STEP, y: TRAY + 30 + row * TRAY_ROW
              };
            });
            delete cells['unspecified|unspecified'];
            Object.keys(cells).forEach(function (key) {
              var parts = key.split('|'), ids = cells[key];
              var places = cellPlaces(ids.length, SECTORS.indexOf(parts[0]), LEVELS.indexOf(parts[1]));
              ids.forEach(function (id, k) { positions[id] = point(places[k].radius, places[k].degrees); });
            });
          }
          function svgPoint(event) {
            var p = canvas.createSVGPoint();
            p.x = event.clientX; p.y = event.clientY;
            var q = p.matrixTransform(canvas.getScreenCTM().inverse());
            return { x: q.x, y: q.y };
          }

          // MARK: Drawing
          function draw() {
            layout();
            while (canvas.firstChild) { canvas.removeChild(canvas.firstChild); }
            var waiting = state.network.actors.filter(function (a) {
              return (a.sector || 'unspecified') === 'unspecified' && (a.level || 'unspecified') === 'unspecified';
            }).length;
            var rows = Math.max(1, Math.ceil(waiting / TRAY_COLUMNS));
            var bottom = TRAY + 30 + (rows - 1) * TRAY_ROW + 60;
            canvas.setAttribute('viewBox', '-585 -585 1170 ' + (585 + bottom));
            var board = node('g', { 'class': 'background' }, canvas);
            node('rect', {
              'class': 'tray', x: -560, y: TRAY - 20, width: 1120, height: bottom - TRAY + 10, rx: 14
            }, board);
            SECTORS.forEach(function (sector, j) {
              var a = point(OUTER, j * WEDGE), b = point(OUTER, (j + 1) * WEDGE);
              node('path', {
                'class': 'wedge',
                d: 'M0 0 L' + a.x + ' ' + a.y + ' A' + OUTER + ' ' + OUTER + ' 0 0 1 ' + b.x + ' ' + b.y + ' Z',
                fill: DATA.sectorColours[sector], 'fill-opacity': 0.13
              }, board);
              var at = point(OUTER + 40, (j + 0.5) * WEDGE);
              var text = node('text', { 'class': 'wedge-label', x: at.x, y: at.y + 6 }, board);
              text.textContent = label(DATA.sectors, sector);
            });
            LEVELS.forEach(function (level, i) {
              var r = i === LEVELS.length - 1 ? BAND : OUTER - BAND * i;
              node('circle', { 'class': 'ring', r: r }, board);
              var y = i === LEVELS.length - 1 ? 6 : -(OUTER - BAND * (i + 0.5)) + 6;
              var text = node('text', { 'class': 'ring-label', x: 0, y: y }, board);
              text.textContent = label(DATA.levels, level);
            });
            var tiesLayer = node('g', {}, canvas);
            state.network.ties.forEach(function (t, index) {
              var a = positions[t.from], b = positions[t.to];
              if (!a || !b) { return; }
              var line = node('line', {
                'class': 'tie' + (state.tie === index ? ' selected' : ''), x1: a.x, y1: a.y, x2: b.x, y2: b.y,
                stroke: DATA.kindColours[t.kind || 'other'],
                'stroke-width': Math.max(2, Math.min(12, 2 + 2 * Math.log2(t.weight || 1))),
                'data-from': t.from, 'data-to': t.to, 'data-kind': t.kind || 'other'
              }, tiesLayer);
              line.addEventListener('click', function () {
                state.tie = index; state.selected = null; draw(); panels();
              });
            });
            var actorsLayer = node('g', {}, canvas);
            state.network.actors.forEach(function (a) {
              var p = positions[a.id];
              var g = node('g', {
                'class': 'actor' + (state.selected === a.id ? ' selected' : ''), tabindex: 0, 'data-id': a.id,
                transform: 'translate(' + p.x + ' ' + p.y + ')', role: 'button', 'aria-label': a.name || a.id
              }, actorsLayer);
              var influence = parseInt((a.attributes || {}).influence, 10);
              if (influence > 0) {
                node('rect', { 'class': 'tower', x: 19, y: 16 - influence * 4, width: 7, height: influence * 4 }, g);
              }
              node('circle', { 'class': 'body', r: 16, fill: DATA.sectorColours[a.sector || 'unspecified'] }, g);
              node('circle', { 'class': 'handle', r: 6, cx: 13, cy: -13 }, g);
              var name = node('text', { y: 36 }, g);
              name.textContent = a.name || a.id;
              stanceBadge(g, a);
              g.addEventListener('pointerdown', function (event) { grab(event, a, g); });
              g.addEventListener('keydown', function (event) { actorKey(event, a); });
              g.addEventListener('focus', function () { if (state.selected !== a.id) { select(a.id, false); } });
            });
            projectMarks();
          }

          // MARK: Moving actors and drawing ties with the pointer (mouse, pen, touch)
          function grab(event, actor, g) {
            event.preventDefault();
            var tie = event.target.classList.contains('handle');
            var start = svgPoint(event), moved = false, draft = null, target = null;
            if (tie) {
              var p = positions[actor.id];
              draft = node('line', { 'class': 'draft', x1: p.x, y1: p.y, x2: start.x, y2: start.y }, canvas);
              state.source = actor.id;
            }
            canvas.setPointerCapture(event.pointerId);
            state.dragging = true;
            function move(e) {
              var q = svgPoint(e);
              if (Math.abs(q.x - start.x) + Math.abs(q.y - start.y) > 4) { moved = true; }
              if (draft) {
                draft.setAttribute('x2', q.x); draft.setAttribute('y2', q.y);
                var under = document.elementFromPoint(e.clientX, e.clientY);
                var over = under && under.closest ? under.closest('.actor') : null;
                if (target && target !== over) { target.classList.remove('target'); }
                target = over && over.getAttribute('data-id') !== actor.id ? over : null;
                if (target) { target.classList.add('target'); }
              } else if (moved) {
                g.setAttribute('transform', 'translate(' + q.x + ' ' + q.y + ')');
              }
            }
            function up(e) {
              state.dragging = false;
              canvas.removeEventListener('pointermove', move);
              canvas.removeEventListener('pointerup', up);
              canvas.removeEventListener('pointercancel', cancel);
              document.removeEventListener('keydown', escape);
              if (draft) {
                draft.remove();
                if (target) { askForTie(actor.id, target.getAttribute('data-id')); } else { state.source = null; }
                return;
              }
              if (!moved) { select(actor.id, true); return; }
              var q = svgPoint(e), cell = cellOf(q.x, q.y), r = Math.sqrt(q.x * q.x + q.y * q.y);
              // Dropped beyond the outer ring (on a wedge's name): kept just inside it.
              if (cell.level !== 'unspecified' && r > OUTER - 25) {
                q = { x: q.x * (OUTER - 25) / r, y: q.y * (OUTER - 25) / r };
              }
              send([{ op: 'update_actor', id: actor.id, fields: {
                sector: cell.sector, level: cell.level,
                'attributes.map-x': q.x.toFixed(1), 'attributes.map-y': q.y.toFixed(1)
              } }]).catch(draw);
            }
            function cancel() {
              state.dragging = false;
              canvas.removeEventListener('pointermove', move);
              canvas.removeEventListener('pointerup', up);
              canvas.removeEventListener('pointercancel', cancel);
              document.removeEventListener('keydown', escape);
              if (draft) { draft.remove(); }
              if (target) { target.classList.remove('target'); }
              state.source = null;
              draw();
            }
            function escape(e) { if (e.key === 'Escape') { cancel(); } }
            canvas.addEventListener('pointermove', move);
            canvas.addEventListener('pointerup', up);
            canvas.addEventListener('pointercancel', cancel);
            document.addEventListener('keydown', escape);
          }

          // Focus leaves a dialog before it goes: removing the focused element left headless Chromium unable to
          // type into the page's fields afterwards.
          function dismiss(dialog) {
            input.focus();
            dialog.close();
            dialog.remove();
          }

          function askForTie(from, to) {
            var dialog = html('dialog', null, document.body);
            html('h2', W.addTie, dialog);
            html('label', W.tieKind, dialog);
            var kind = html('select', null, dialog);
            kind.id = 'tie-kind';
            DATA.kinds.forEach(function (k) {
              var option = html('option', '■ ' + k[1], kind);
              option.value = k[0];
              option.style.color = DATA.kindColours[k[0]];
            });
            kind.value = state.kind;
            html('label', W.tieWeight, dialog);
            var weight = html('input', null, dialog);
            weight.id = 'tie-weight';
            weight.type = 'number'; weight.min = '1'; weight.max = '10'; weight.step = '1'; weight.value = '1';
            var buttons = html('p', null, dialog);
            var ok = html('button', W.addTie, buttons);
            ok.id = 'tie-ok';
            var cancel = html('button', W.cancel, buttons);
            function close() { dismiss(dialog); state.source = null; draw(); }
            function add() {
              state.kind = kind.value;
              var w = parseFloat(weight.value);
              dismiss(dialog);
              state.source = null;
              send([{ op: 'add_tie', tie: { from: from, to: to, kind: kind.value, weight: isFinite(w) ? w : 1 } }])
                .catch(function () {});
            }
            ok.addEventListener('click', add);
            cancel.addEventListener('click', close);
            dialog.addEventListener('keydown', function (e) {
              if (e.key === 'Enter') { e.preventDefault(); add(); }
              if (e.key === 'Escape') { e.preventDefault(); close(); }
            });
            dialog.show();
            kind.focus();
          }

          // MARK: Keys: arrows move the focused actor between wedges and rings; t then Enter draws a tie
          function actorKey(event, actor) {
            var j = SECTORS.indexOf(actor.sector || 'unspecified'), i = LEVELS.indexOf(actor.level || 'unspecified');
            var fields = null;
            if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
              var step = event.key === 'ArrowLeft' ? -1 : 1;
              fields = { sector: SECTORS[(j + step + SECTORS.length) % SECTORS.length] };
            } else if (event.key === 'ArrowUp' && i > 0) {
              fields = { level: LEVELS[i - 1] };
            } else if (event.key === 'ArrowDown' && i < LEVELS.length - 1) {
              fields = { level: LEVELS[i + 1] };
            } else if (event.key === 'Delete' || event.key === 'Backspace') {
              event.preventDefault();
              send([{ op: 'remove_actor', id: actor.id }]).catch(function () {});
              return;
            } else if (event.key === 't' || event.key === 'T') {
              state.source = actor.id;
              return;
            } else if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              if (state.source && state.source !== actor.id) { askForTie(state.source, actor.id); return; }
              select(actor.id, true);
              return;
            } else if (event.key === 'Escape') {
              state.source = null;
              return;
            }
            if (!fields) { return; }
            event.preventDefault();
            fields['attributes.map-x'] = null;
            fields['attributes.map-y'] = null;
            send([{ op: 'update_actor', id: actor.id, fields: fields }]).then(function () { focusActor(actor.id); })
              .catch(function () {});
          }
          function focusActor(id) {
            var g = canvas.querySelector('.actor[data-id="' + CSS.escape(id) + '"]');
            if (g) { g.focus(); }
          }
          function select(id, redraw) {
            if (redraw && projectPick(id)) { return; }
            state.selected = id; state.tie = null;
            if (redraw) { draw(); focusActor(id); }
            panels();
          }

          // MARK: Adding actors by name, duplicates warned while typing
          var input = document.getElementById('new-actor');
          var warning = document.getElementById('duplicate');
          input.addEventListener('input', function () {
            var typed = fold(input.value);
            var same = !typed ? [] : state.network.actors.filter(function (a) {
              var name = fold(a.name || a.id);
              return name === typed || (typed.length >= 3 && (name.indexOf(typed) >= 0 || typed.indexOf(name) >= 0));
            });
            warning.textContent = same.length ? fill(W.duplicate, {
              name: same.map(function (a) { return a.name || a.id; }).join(', ')
            }) : '';
          });
          input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && input.value.trim()) {
              event.preventDefault();
              var name = input.value.trim();
              input.value = '';
              warning.textContent = '';
              send([{ op: 'add_actor', actor: { name: name } }]).then(function (result) {
                if (result.created && result.created.length) { state.selected = result.created[0]; draw(); panels(); }
              }).catch(function () { input.value = name; });
            }
          });

          // MARK: Panels: the selected actor or tie, and the live analysis
          function panels() {
            var actorPanel = document.getElementById('actor-panel'), tiePanel = document.getElementById('tie-panel');
            var actor = state.network.actors.filter(function (a) { return a.id === state.selected; })[0];
            actorPanel.hidden = !actor;
            actorPanel.replaceChildren();
            if (actor) { actorForm(actorPanel, actor); }
            var tie = state.tie !== null ? state.network.ties[state.tie] : null;
            tiePanel.hidden = !tie;
            tiePanel.replaceChildren();
            if (tie) { tieForm(tiePanel, tie); }
          }
          function field(panel, text, value, change) {
            html('label', text, panel);
            var box = html('input', null, panel);
            box.type = 'text';
            box.value = value || '';
            box.addEventListener('change', function () { change(box.value); });
            return box;
          }
          function choice(panel, text, list, value, change) {
            html('label', text, panel);
            var box = html('select', null, panel);
            list.forEach(function (item) { var o = html('option', item[1], box); o.value = item[0]; });
            box.value = value;
            box.addEventListener('change', function () { change(box.value); });
            return box;
          }
          function list(text) {
            var items = text.split(';').map(function (s) { return s.trim(); }).filter(Boolean);
            return items.length ? items : null;
          }
          function actorForm(panel, actor) {
            function update(fields) {
              send([{ op: 'update_actor', id: actor.id, fields: fields }]).catch(function () {});
            }
            html('h2', W.actor, panel);
            field(panel, W.name, actor.name, function (v) { update({ name: v.trim() || null }); });
            choice(panel, W.sector, DATA.sectors, actor.sector || 'unspecified', function (v) {
              update({ sector: v, 'attributes.map-x': null, 'attributes.map-y': null });
            });
            choice(panel, W.level, DATA.levels, actor.level || 'unspecified', function (v) {
              update({ level: v, 'attributes.map-x': null, 'attributes.map-y': null });
            });
            html('label', W.influence, panel);
            var tower = html('div', null, panel, 'tower-input');
            var current = parseInt((actor.attributes || {}).influence, 10) || 0;
            for (var n = 0; n <= 10; n++) {
              (function (n) {
                var b = html('button', String(n), tower, n <= current && n > 0 ? 'on' : '');
                b.type = 'button';
                b.style.height = (1.2 + n * 0.18) + 'em';
                b.addEventListener('click', function () { update({ 'attributes.influence': n ? String(n) : null }); });
              })(n);
            }
            [['roles', W.roles], ['offers', W.offers], ['needs', W.needs], ['motivation', W.motivation]].forEach(
              function (pair) {
                var box = field(panel, pair[1], (actor[pair[0]] || []).join('; '), function (v) {
                  var fields = {}; fields[pair[0]] = list(v); update(fields);
                });
                box.placeholder = W.listHint;
              });
            stanceForm(panel, actor, update);
            var remove = html('button', W.removeActor, html('p', null, panel));
            remove.addEventListener('click', function () {
              state.selected = null;
              send([{ op: 'remove_actor', id: actor.id }]).catch(function () {});
            });
          }
          // The stance on goal N (from 1) is the actor's attribute `stance.N`: +, - or 0.
          function stanceForm(panel, actor, update) {
            var goals = state.network.goals || [];
            if (!goals.length) { return; }
            html('label', W.stance, panel);
            var options = [['', W.stanceUnset], ['+', W.stanceFor], ['-', W.stanceAgainst], ['0', W.stanceNeutral]];
            goals.forEach(function (goal, i) {
              var name = 'stance.' + (i + 1);
              var box = choice(panel, (i + 1) + '. ' + goal, options, (actor.attributes || {})[name] || '',
                function (v) { var fields = {}; fields['attributes.' + name] = v || null; update(fields); });
              box.className = 'stance';
              box.setAttribute('data-goal', i + 1);
            });
          }
          // MARK: The map's goals (Net-Map) and the stance shown on the board
          // Goal N's stance is the actor attribute `stance.N`, so removing a goal moves the later stances down one
          // number in the same batch: every stance stays with its goal, and one undo restores both.
          var shownGoals = null, goalItems = null, goalShown = null;
          // The heading and the input for a new goal are made once, so typing is never interrupted by a redraw.
          function goalsPanel() {
            var goals = state.network.goals || [];
            if (JSON.stringify(goals) === shownGoals) { return; }
            shownGoals = JSON.stringify(goals);
            var panel = document.getElementById('goals-panel');
            if (!goalItems) {
              html('h2', W.goals, panel);
              goalItems = html('ol', null, panel);
              var add = html('input', null, panel);
              add.type = 'text';
              add.id = 'new-goal';
              add.placeholder = W.addGoal;
              add.setAttribute('aria-label', W.addGoal);
              add.addEventListener('keydown', function (event) {
                var text = add.value.trim();
                if (event.key !== 'Enter' || !text) { return; }
                add.value = '';
                sendInTurn(function () {
                  return [{ op: 'update_network', fields: { goals: (state.network.goals || []).concat([text]) } }];
                }).catch(function () { add.value = text; });
              });
              goalShown = html('div', null, panel);
            }
            goalItems.replaceChildren();
            goals.forEach(function (goal, i) {
              var item = html('li', null, goalItems, 'goal');
              html('span', (i + 1) + '.', item, 'goal-number');
              var box = html('input', null, item);
              box.type = 'text';
              box.value = goal;
              box.setAttribute('aria-label', W.goal + ' ' + (i + 1));
              box.addEventListener('change', function () {
                var text = box.value.trim();
                if (!text) { removeGoal(i); return; }
                sendInTurn(function () {
                  var next = (state.network.goals || []).slice();
                  next[i] = text;
                  return [{ op: 'update_network', fields: { goals: next } }];
                }).catch(function () { box.value = text; });
              });
              var remove = html('button', '×', item);
              remove.type = 'button';
              remove.title = fill(W.removeGoal, { n: i + 1 });
              remove.setAttribute('aria-label', remove.title);
              remove.addEventListener('click', function () { removeGoal(i); });
            });
            goalShown.replaceChildren();
            if (Number(state.stanceGoal) > goals.length) { state.stanceGoal = ''; }
            if (!goals.length) { return; }
            var options = [['', W.stanceHidden]].concat(goals.map(function (goal, i) {
              return [String(i + 1), (i + 1) + '. ' + goal];
            }));
            var shown = choice(goalShown, W.stanceShown, options, state.stanceGoal, function (value) {
              state.stanceGoal = value;
              draw();
            });
            shown.id = 'stance-goal';
          }
          function removeGoal(i) {
            var shown = Number(state.stanceGoal);
            state.stanceGoal = shown === i + 1 ? '' : shown > i + 1 ? String(shown - 1) : state.stanceGoal;
            sendInTurn(function () {
              var goals = state.network.goals || [];
              var edits = [{
                op: 'update_network', fields: { goals: goals.filter(function (goal, k) { return k !== i; }) }
              }];
              state.network.actors.forEach(function (a) {
                var attributes = a.attributes || {}, fields = {}, changed = false;
                for (var n = i + 1; n <= goals.length; n++) {
                  var later = n < goals.length ? attributes['stance.' + (n + 1)] || null : null;
                  if ((attributes['stance.' + n] || null) !== later) {
                    fields['attributes.stance.' + n] = later;
                    changed = true;
                  }
                }
                if (changed) { edits.push({ op: 'update_actor', id: a.id, fields: fields }); }
              });
              return edits;
            }).catch(function () {});
          }
          // A sign by the actor for its stance on the goal chosen under the goals: + for, − against, 0 neutral.
          function stanceBadge(g, actor) {
            var stance = state.stanceGoal ? (actor.attributes || {})['stance.' + state.stanceGoal] : null;
            var kind = { '+': 'for', '-': 'against', '0': 'neutral' }[stance];
            if (!kind) { return; }
            node('circle', { 'class': 'stance stance-' + kind, r: 13, cx: -20, cy: -17 }, g);
            var sign = node('text', { 'class': 'stance-sign', x: -20, y: -11 }, g);
            sign.textContent = stance === '-' ? '−' : stance;
          }
          function tieForm(panel, tie) {
            var key = { from: tie.from, to: tie.to, kind: tie.kind || 'other' };
            function update(fields) {
              send([Object.assign({ op: 'update_tie', fields: fields }, key)]).catch(function () {});
            }
            var names = {};
            state.network.actors.forEach(function (a) { names[a.id] = a.name || a.id; });
            html('h2', names[tie.from] + ' — ' + names[tie.to], panel);
            choice(panel, W.tieKind, DATA.kinds, tie.kind || 'other', function (v) { update({ kind: v }); });
            var weight = field(panel, W.tieWeight, String(tie.weight || 1), function (v) {
              update({ weight: parseFloat(v.replace(',', '.')) });
            });
            weight.inputMode = 'decimal';
            var remove = html('button', W.removeTie, html('p', null, panel));
            remove.addEventListener('click', function () {
              state.tie = null;
              send([Object.assign({ op: 'remove_tie' }, key)]).catch(function () {});
            });
          }
          function analysis(result) {
            var panel = document.getElementById('analysis');
            panel.replaceChildren();
            function names(title, rows, extra) {
              html('h3', title, panel);
              if (!rows.length) { html('p', W.none, panel, 'reason'); return; }
              var ol = html('ol', null, panel);
              rows.forEach(function (row) { html('li', row.name + (extra ? extra(row) : ''), ol); });
            }
            names(W.keyActors, result.key_actors, function (r) { return ' (' + r.betweenness.toFixed(2) + ')'; });
            names(W.brokers, result.brokers, function (r) { return ' (' + r.total + ')'; });
            names(W.isolates, result.isolates);
            html('h3', W.sectorLevel, panel);
            var table = html('table', null, panel, 'grid'), head = html('tr', null, table);
            html('th', '', head);
            result.sector_level.levels.forEach(function (l) { html('th', label(DATA.levels, l), head); });
            result.sector_level.sectors.forEach(function (s, i) {
              var row = html('tr', null, table);
              var th = html('th', null, row);
              html('span', '', th, 'swatch').style.background = DATA.sectorColours[s];
              th.appendChild(document.createTextNode(label(DATA.sectors, s)));
              result.sector_level.counts[i].forEach(function (c) { html('td', c ? String(c) : '·', row); });
            });
            html('h3', W.suggestions, panel);
            if (!result.suggestions.length) { html('p', W.none, panel, 'reason'); }
            var ol = html('ol', null, panel);
            result.suggestions.forEach(function (s) {
              var li = html('li', s.a.name + ' — ' + s.b.name, ol);
              var reasons = html('ul', null, li, 'reason');
              s.reasons.forEach(function (r) { html('li', r, reasons); });
            });
          }

          // MARK: The map's question, asked once when the file was just created
          var asked = false;
          function setup() {
            if (asked || !DATA.askForQuestion || state.network.actors.length || state.network.description) { return; }
            asked = true;
            var dialog = html('dialog', null, document.body);
            dialog.id = 'setup';
            html('h2', W.setupTitle, dialog);
            var question = html('textarea', null, dialog);
            question.rows = 3; question.style.width = '100%';
            html('label', W.setupName, dialog);
            var name = html('input', null, dialog);
            name.type = 'text'; name.value = state.network.name; name.style.width = '100%';
            html('label', W.setupLanguage, dialog);
            var language = html('select', null, dialog);
            DATA.languages.forEach(function (l) { var o = html('option', l[1], language); o.value = l[0]; });
            language.value = DATA.language;
            html('label', W.goals, dialog);
            var goals = html('textarea', null, dialog);
            goals.rows = 3; goals.style.width = '100%'; goals.placeholder = W.goalsHint;
            var start = html('button', W.setupStart, html('p', null, dialog));
            start.addEventListener('click', function () {
              var fields = { name: name.value.trim() || state.network.name, language: language.value };
              if (question.value.trim()) { fields.description = question.value.trim(); }
              var goalList = goals.value.split('\n').map(function (g) { return g.trim(); }).filter(Boolean);
              if (goalList.length) { fields.goals = goalList; }
              dismiss(dialog);
              send([{ op: 'update_network', fields: fields }]).then(function () {
                if (language.value !== DATA.language) { location.reload(); } else { input.focus(); }
              }).catch(function () {});
            });
            dialog.show();
            question.focus();
          }

        \#(projectsScript)
          // MARK: Buttons, keys of the whole page, live events
          document.getElementById('undo').addEventListener('click', function () { post('/api/undo').catch(function () \#
          {}); });
          document.getElementById('redo').addEventListener('click', function () { post('/api/redo').catch(function () \#
          {}); });
          document.getElementById('tidy').addEventListener('click', function () { post('/api/tidy').catch(function () \#
          {}); });
          document.getElementById('reload').addEventListener('click', function () {
            document.getElementById('banner').hidden = true;
            post('/api/reload').catch(function () {});
          });
          var projector = document.getElementById('projector');
          projector.addEventListener('click', function () {
            var on = document.body.classList.toggle('projector');
            projector.setAttribute('aria-pressed', String(on));
          });
          Array.prototype.forEach.call(document.querySelectorAll('[data-download]'), function (a) {
            a.href = api('/api/download/' + a.getAttribute('data-download'));
            a.setAttribute('download', '');
          });
          document.addEventListener('keydown', function (event) {
            var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
            if (typing || !(event.ctrlKey || event.metaKey)) { return; }
            var key = event.key.toLowerCase();
            if (key === 'z' && !event.shiftKey) { event.preventDefault(); post('/api/undo').catch(function () {}); }
            if (key === 'y' || (key === 'z' && event.shiftKey)) {
              event.preventDefault(); post('/api/redo').catch(function () {});
            }
          });
          var events = new EventSource(api('/api/events'));
          function moved(e) {
            var version = JSON.parse(e.data).version;
            // `hello` comes on every (re)connection: a restarted server counts its versions from the start again.
            announced = e.type === 'hello' ? version : Math.max(announced, version);
            if (version !== state.version) { refresh(); }
          }
          events.addEventListener('hello', moved);
          events.addEventListener('edits', moved);
          events.addEventListener('version', moved);
          events.addEventListener('conflict', function (e) {
            var fields = JSON.parse(e.data).fields;
            say(fill(W.conflict, { fields: fields.join(', ') }));
          });
          events.addEventListener('external', function () {
            document.getElementById('banner-text').textContent = W.external;
            document.getElementById('banner').hidden = false;
          });
          events.onerror = function () { document.getElementById('status').textContent = W.offline; };
          refresh();
          input.focus();
        })();

        """#
}
