import ActorNet

extension ServePage {
    /// The page's words for the projects panel (name in the script's `W`, catalogue key).
    static let projectWords: [(String, CatalogueKey)] = [
        ("projects", .serveProjects), ("addProject", .serveAddProject), ("noProjects", .serveNoProjects),
        ("removeProject", .serveRemoveProject), ("objective", .serveObjective), ("start", .serveProjectStart),
        ("end", .serveProjectEnd), ("dateHint", .serveDateHint), ("lead", .serveLead), ("members", .serveMembers),
        ("addMember", .serveAddMember), ("pickOnBoard", .servePickOnBoard), ("pickHint", .servePickHint),
        ("noMatch", .serveNoMatch), ("alreadyMember", .serveAlreadyMember), ("removeMember", .serveRemoveMember),
        ("role", .serveRole), ("addContribution", .serveAddContribution), ("money", .serveMoney),
        ("amount", .serveAmount), ("currency", .serveCurrency), ("work", .serveWork), ("workHint", .serveWorkHint),
        ("inKind", .serveInKind),
        ("inKindHint", .serveInKindHint), ("removeContribution", .serveRemoveContribution),
    ]

    /// The projects panel's part of the page script, inside the page's function (it uses `state`, `send`, `html`,
    /// `W`…). A project is edited with `add_project`, `update_project` (its `members` as a whole list) and
    /// `remove_project`; the panel is rebuilt from `/api/network` after every version, keeping the field being
    /// typed in, and a refused value stays in its field with the server's message under it.
    static let projectsScript = #"""
          // MARK: Projects: the list, the selected project's editor, its members marked on the board
          var projectPanel = document.getElementById('project-panel');
          // drafts: values the server refused (shown with its message); pending: values on their way.
          var projectView = { selected: null, picking: false, drafts: {}, pending: {}, opened: {}, currency: '' };
          var hashProject = /(?:^#|&)project=([^&]*)/.exec(location.hash);
          if (hashProject) { projectView.selected = decodeURIComponent(hashProject[1]); }
          html('h2', W.projects, projectPanel);
          var newProject = html('input', null, projectPanel);
          newProject.id = 'new-project';
          newProject.type = 'text';
          newProject.autocomplete = 'off';
          newProject.placeholder = W.addProject;
          newProject.setAttribute('aria-label', W.addProject);
          var projectFields = 0;
          var projectBody = html('div', null, projectPanel);
          projectBody.id = 'project-body';

          function projectsOf() { return (state.network && state.network.projects) || []; }
          function projectNamed(id) { return projectsOf().filter(function (p) { return p.id === id; })[0] || null; }
          function actorNamed(id) { return state.network.actors.filter(function (a) { return a.id === id; })[0]; }
          function actorName(id) { var a = actorNamed(id); return a ? a.name || a.id : id; }
          function projectParticipants(project) {
            var ids = (project.members || []).map(function (m) { return m.actor; });
            return project.lead && ids.indexOf(project.lead) < 0 ? [project.lead].concat(ids) : ids;
          }
          // An id made from the name as the server makes actors' ids (`Huertos escolares` → `huertos-escolares`).
          function projectID(name) {
            var words = fold(name).replace(/[^a-z0-9]+/g, ' ').trim();
            var base = words ? words.split(' ').join('-').slice(0, 40) : 'project', id = base;
            for (var n = 2; projectNamed(id); n++) { id = base + '-' + n; }
            return id;
          }
          function projectUpdate(id, fields) { return [{ op: 'update_project', id: id, fields: fields }]; }
          // The project's members with one changed (`change` returns it, or null to remove it). `members` is one
          // field for the server: the list is made from the project as it is now, when the edit leaves.
          function withMember(project, actor, change) {
            project = projectNamed(project.id) || project;
            var members = [];
            (project.members || []).forEach(function (m) {
              var next = m.actor === actor ? change(JSON.parse(JSON.stringify(m))) : m;
              if (next) { members.push(next); }
            });
            return projectUpdate(project.id, { members: members.length ? members : null });
          }
          function withContribution(project, actor, fields) {
            return withMember(project, actor, function (m) {
              var c = m.contributions || {};
              Object.keys(fields).forEach(function (k) {
                if (fields[k] === null || fields[k] === '') { delete c[k]; } else { c[k] = fields[k]; }
              });
              if (Object.keys(c).length) { m.contributions = c; } else { delete m.contributions; }
              return m;
            });
          }
          function withNewMember(project, actor) {
            var members = (projectNamed(project.id) || project).members || [];
            var known = members.some(function (m) { return m.actor === actor; });
            return projectUpdate(project.id, { members: known ? members : members.concat([{ actor: actor }]) });
          }
          function currentMember(project, actor) {
            var members = (projectNamed(project.id) || project).members || [];
            return members.filter(function (m) { return m.actor === actor; })[0] || { actor: actor };
          }
          // Amounts as people write them in the map's language: 1.500.000,50 (es, pt) or 1,500,000.50 (en).
          // What does not read as a number goes to the server as typed, which refuses it with its own message.
          function amount(typed) {
            var t = typed.replace(/[\s\u00a0\u202f']/g, ''), grouping = DATA.language === 'en' ? ',' : '.';
            if (!t) { return null; }
            var dot = t.lastIndexOf('.'), comma = t.lastIndexOf(','), decimal = null;
            if (dot >= 0 && comma >= 0) {
              decimal = dot > comma ? '.' : ',';
            } else if (dot >= 0 || comma >= 0) {
              var separator = dot >= 0 ? '.' : ',', parts = t.split(separator);
              var grouped = parts.length > 2 || (separator === grouping && /^\d{3}$/.test(parts[1]));
              decimal = grouped ? null : separator;
            }
            var other = decimal === ',' ? '.' : decimal === '.' ? ',' : null;
            var plain = t;
            [other, decimal ? null : '.', decimal ? null : ','].forEach(function (s) {
              if (s) { plain = plain.split(s).join(''); }
            });
            if (decimal) { plain = plain.replace(decimal, '.'); }
            return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : typed.trim();
          }
          var amountFormat = new Intl.NumberFormat(DATA.language, { maximumFractionDigits: 10 });
          function shownAmount(value) { return typeof value === 'number' ? amountFormat.format(value) : ''; }

          // Sends the edits `build` makes for the field `key`; a refused value stays in its field, with the
          // server's message.
          function projectSend(key, typed, build) {
            projectView.pending[key] = typed;
            return sendInTurn(build).then(function () {
              delete projectView.pending[key];
              if (projectView.drafts[key]) { delete projectView.drafts[key]; projectsPanel(); }
            }).catch(function (error) {
              delete projectView.pending[key];
              projectView.drafts[key] = { value: typed, messages: error.messages || [] };
              projectsPanel();
            });
          }
          // A text field named `key` showing `value` (or what was typed and refused) that sends `edits(typed)`.
          function projectInput(parent, key, value, edits, tag) {
            var box = html(tag || 'input', null, parent);
            if (!tag) { box.type = 'text'; }
            var draft = projectView.drafts[key], pending = projectView.pending[key];
            box.setAttribute('data-key', key);
            box.setAttribute('data-shown', value);
            box.value = draft ? draft.value : pending !== undefined ? pending : value;
            if (draft) { box.setAttribute('aria-invalid', 'true'); }
            box.addEventListener('change', function () {
              var typed = box.value;
              projectSend(key, typed, function () { return edits(typed); });
            });
            box.addEventListener('keydown', function (event) {
              if (event.key === 'Escape' && projectView.drafts[key]) {
                event.preventDefault();
                event.stopPropagation();
                delete projectView.drafts[key];
                box.value = value;
                projectsPanel();
              }
            });
            return box;
          }
          function projectLabelled(parent, text, key, value, edits, tag) {
            var label = html('label', text, parent);
            var box = projectInput(parent, key, value, edits, tag);
            box.id = 'project-field-' + (++projectFields);
            label.htmlFor = box.id;
            projectError(parent, key, box);
            return box;
          }
          function projectError(parent, key, box) {
            var draft = projectView.drafts[key];
            if (!draft || !draft.messages.length) { return; }
            var note = html('div', draft.messages.join(' '), parent, 'field-error');
            note.id = 'project-error-' + (++projectFields);
            box.setAttribute('aria-describedby', note.id);
          }

          // A live update rebuilds the panel: the field being typed in keeps its focus, caret and typed text.
          function rebuildKeepingFocus(container, build) {
            var active = document.activeElement;
            var key = active && container.contains(active) ? active.getAttribute('data-key') : null;
            var text = key !== null && /^(INPUT|TEXTAREA)$/.test(active.tagName);
            var typed = text && active.value !== active.getAttribute('data-shown') ? active.value : null;
            var caret = text ? [active.selectionStart, active.selectionEnd] : null;
            container.replaceChildren();
            build(container);
            var again = key === null ? null : container.querySelector('[data-key="' + CSS.escape(key) + '"]');
            if (!again) { return; }
            if (typed !== null) { again.value = typed; }
            again.focus();
            if (caret && /^(INPUT|TEXTAREA)$/.test(again.tagName)) { again.setSelectionRange(caret[0], caret[1]); }
          }

          function selectProject(id) {
            projectView.selected = id;
            projectView.picking = false;
            var hash = id ? '#project=' + encodeURIComponent(id) : '';
            history.replaceState(null, '', location.pathname + location.search + hash);
            projectsPanel();
            projectMarks();
          }
          function projectsPanel() {
            if (!state.network) { return; }
            // Removed (here, elsewhere, or by undo): nothing is selected any more.
            if (projectView.selected && !projectNamed(projectView.selected)) {
              selectProject(null);
              return;
            }
            rebuildKeepingFocus(projectBody, function (body) {
              var list = html('ul', null, body, 'project-list');
              list.id = 'project-list';
              projectsOf().forEach(function (p) {
                var button = html('button', null, html('li', null, list), 'project');
                button.type = 'button';
                button.setAttribute('data-key', 'project:' + p.id);
                button.setAttribute('data-project', p.id);
                button.setAttribute('aria-pressed', String(p.id === projectView.selected));
                html('span', p.name || p.id, button, 'project-name');
                html('span', String(projectParticipants(p).length), button, 'count').title = W.members;
                button.addEventListener('click', function () {
                  selectProject(p.id === projectView.selected ? null : p.id);
                });
              });
              if (!projectsOf().length) { html('li', W.noProjects, list, 'reason'); }
              var project = projectNamed(projectView.selected);
              if (project) { projectEditor(body, project); }
            });
          }
          newProject.addEventListener('keydown', function (event) {
            if (event.key !== 'Enter' || !newProject.value.trim() || !state.network) { return; }
            event.preventDefault();
            var name = newProject.value.trim(), id = projectID(name);
            newProject.value = '';
            sendInTurn(function () { return [{ op: 'add_project', project: { id: id, name: name } }]; })
              .then(function () {
                selectProject(id);
                var field = projectBody.querySelector('[data-key="member-search"]');
                if (field) { field.focus(); }
              }).catch(function () { newProject.value = name; });
          });

          function projectEditor(body, project) {
            var editor = html('div', null, body, 'project-editor');
            editor.id = 'project-editor';
            var buttons = html('div', null, editor, 'project-buttons');
            var close = html('button', W.cancel, buttons);
            close.type = 'button';
            close.setAttribute('data-key', 'close');
            close.addEventListener('click', function () { selectProject(null); newProject.focus(); });
            var remove = html('button', W.removeProject, buttons, 'danger');
            remove.type = 'button';
            remove.addEventListener('click', function () {
              sendInTurn(function () { return [{ op: 'remove_project', id: project.id }]; })
                .then(function () { newProject.focus(); }).catch(function () {});
            });
            projectLabelled(editor, W.name, 'name', project.name || '', function (v) {
              return projectUpdate(project.id, { name: v.trim() || null });
            });
            projectLabelled(editor, W.objective, 'objective', project.objective || '', function (v) {
              return projectUpdate(project.id, { objective: v.trim() || null });
            }, 'textarea').rows = 2;
            var dates = html('div', null, editor, 'pair');
            [['start', W.start], ['end', W.end]].forEach(function (pair) {
              var half = html('div', null, dates);
              var box = projectLabelled(half, pair[1], pair[0], project[pair[0]] || '', function (v) {
                var fields = {};
                fields[pair[0]] = v.trim() || null;
                return projectUpdate(project.id, fields);
              });
              box.placeholder = W.dateHint;
              box.inputMode = 'numeric';
            });
            projectLead(editor, project);
            html('h3', W.members, editor);
            memberSearch(editor, project);
            var pick = html('button', W.pickOnBoard, editor, 'pick');
            pick.type = 'button';
            pick.setAttribute('data-key', 'pick');
            pick.setAttribute('aria-pressed', String(projectView.picking));
            pick.addEventListener('click', function () {
              projectView.picking = !projectView.picking;
              projectsPanel();
              projectMarks();
            });
            if (projectView.picking) { html('p', W.pickHint, editor, 'reason'); }
            var cards = html('ol', null, editor, 'members');
            (project.members || []).forEach(function (m) { memberCard(cards, project, m); });
            roleChoices(editor);
          }
          function projectLead(editor, project) {
            var label = html('label', W.lead, editor);
            var lead = html('select', null, editor);
            lead.id = 'project-field-' + (++projectFields);
            label.htmlFor = lead.id;
            lead.setAttribute('data-key', 'lead');
            html('option', '—', lead).value = '';
            projectParticipants(project).forEach(function (id) { html('option', actorName(id), lead).value = id; });
            lead.value = project.lead || '';
            lead.addEventListener('change', function () {
              var chosen = lead.value || null;
              projectSend('lead', lead.value, function () { return projectUpdate(project.id, { lead: chosen }); });
            });
          }
          // Roles already given in any project, offered while typing one, so a map says `financia` the same way.
          function roleChoices(editor) {
            var roles = {};
            projectsOf().forEach(function (p) {
              (p.members || []).forEach(function (m) { if (m.role) { roles[m.role] = true; } });
            });
            var list = html('datalist', null, editor);
            list.id = 'project-roles';
            Object.keys(roles).sort().forEach(function (r) { html('option', null, list).value = r; });
          }

          // Adding a member: a combobox over the map's actors (type, ↑ ↓, Enter) or a click on the board.
          function memberSearch(editor, project) {
            var wrap = html('div', null, editor, 'member-search');
            var box = html('input', null, wrap);
            box.type = 'text';
            box.autocomplete = 'off';
            box.placeholder = W.addMember;
            box.setAttribute('aria-label', W.addMember);
            box.setAttribute('data-key', 'member-search');
            box.setAttribute('data-shown', '');
            box.setAttribute('role', 'combobox');
            box.setAttribute('aria-autocomplete', 'list');
            box.setAttribute('aria-controls', 'member-options');
            var options = html('ul', null, wrap, 'options');
            options.id = 'member-options';
            options.setAttribute('role', 'listbox');
            options.hidden = true;
            var matches = [], active = 0;
            function show() {
              var typed = fold(box.value), inside = {};
              projectParticipants(project).forEach(function (id) { inside[id] = true; });
              matches = state.network.actors.filter(function (a) {
                return !inside[a.id] && (!typed || fold(a.name || a.id).indexOf(typed) >= 0);
              });
              active = Math.max(0, Math.min(active, matches.length - 1));
              options.replaceChildren();
              matches.forEach(function (a, k) {
                var option = html('li', a.name || a.id, options);
                option.id = 'member-option-' + k;
                option.setAttribute('role', 'option');
                option.setAttribute('data-actor', a.id);
                option.setAttribute('aria-selected', String(k === active));
                option.addEventListener('mousedown', function (event) { event.preventDefault(); });
                option.addEventListener('click', function () { add(a.id); });
              });
              if (typed && !matches.length) { html('li', W.noMatch, options, 'reason'); }
              options.hidden = document.activeElement !== box || !options.firstChild;
              box.setAttribute('aria-expanded', String(!options.hidden));
              if (matches.length) { box.setAttribute('aria-activedescendant', 'member-option-' + active); }
              var chosen = options.children[active];
              if (chosen && !options.hidden) { chosen.scrollIntoView({ block: 'nearest' }); }
            }
            function add(id) {
              box.value = '';
              active = 0;
              projectSend('member-search', '', function () { return withNewMember(project, id); });
            }
            box.addEventListener('input', function () { active = 0; show(); });
            // The list opens on typing, ↓ or a click (a tap on a phone), not on focus: after an actor is added the
            // cursor stays here for the next one without the list covering the panel.
            box.addEventListener('click', show);
            box.addEventListener('blur', function () {
              options.hidden = true;
              box.setAttribute('aria-expanded', 'false');
            });
            box.addEventListener('keydown', function (event) {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                active += event.key === 'ArrowDown' ? 1 : -1;
                show();
              } else if (event.key === 'Enter' && matches[active] && (box.value.trim() || !options.hidden)) {
                event.preventDefault();
                add(matches[active].id);
              } else if (event.key === 'Escape' && box.value) {
                event.preventDefault();
                event.stopPropagation();
                box.value = '';
                show();
              }
            });
            // Rebuilt while someone types here: the list opens again once the panel has given the focus back.
            if (box.value) { Promise.resolve().then(show); }
          }
          // The hook the board calls when an actor is clicked or chosen with Enter: in picking mode it joins the
          // selected project instead of being selected.
          function projectPick(id) {
            var project = projectView.picking ? projectNamed(projectView.selected) : null;
            if (!project) { return false; }
            if (projectParticipants(project).indexOf(id) >= 0) {
              say(fill(W.alreadyMember, { name: actorName(id) }));
            } else {
              projectSend('pick', '', function () { return withNewMember(project, id); });
            }
            return true;
          }
          document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && projectView.picking) {
              projectView.picking = false;
              projectsPanel();
              projectMarks();
            }
          });

          // One member: its role, its contributions (money with currency, work in person-days, in kind).
          var CONTRIBUTIONS = [['money', W.money], ['work', W.work], ['in_kind', W.inKind]];
          function memberCard(cards, project, member) {
            var actor = member.actor, card = html('li', null, cards, 'member');
            card.setAttribute('data-actor', actor);
            var head = html('div', null, card, 'member-head');
            var a = actorNamed(actor);
            html('span', '', head, 'swatch').style.background = DATA.sectorColours[(a && a.sector) || 'unspecified'];
            html('strong', actorName(actor), head);
            var remove = html('button', '×', head, 'remove');
            remove.type = 'button';
            remove.setAttribute('aria-label', fill(W.removeMember, { name: actorName(actor) }));
            remove.title = remove.getAttribute('aria-label');
            remove.addEventListener('click', function () {
              sendInTurn(function () { return withMember(project, actor, function () { return null; }); })
                .catch(function () {});
            });
            var role = projectLabelled(card, W.role, 'm/' + actor + '/role', member.role || '', function (v) {
              return withMember(project, actor, function (m) {
                if (v.trim()) { m.role = v.trim(); } else { delete m.role; }
                return m;
              });
            });
            role.setAttribute('list', 'project-roles');
            var given = member.contributions || {};
            CONTRIBUTIONS.forEach(function (kind) {
              var opened = projectView.opened[project.id + '/' + actor + '/' + kind[0]];
              var present = kind[0] === 'money' ? 'money' in given || 'currency' in given : kind[0] in given;
              if (present || opened) { contributionRow(card, project, member, kind); }
            });
            var more = CONTRIBUTIONS.filter(function (kind) {
              return !card.querySelector('[data-kind="' + kind[0] + '"]');
            });
            if (!more.length) { return; }
            // Buttons, not a menu: a menu's arrow keys would choose (and open) a kind at every press.
            var adding = html('div', null, card, 'add-contribution');
            html('span', W.addContribution, adding);
            more.forEach(function (kind) {
              var button = html('button', '+ ' + kind[1], adding);
              button.type = 'button';
              button.setAttribute('data-key', 'm/' + actor + '/add-' + kind[0]);
              button.addEventListener('click', function () {
                projectView.opened[project.id + '/' + actor + '/' + kind[0]] = true;
                projectsPanel();
                var first = projectBody.querySelector('[data-key="m/' + CSS.escape(actor) + '/' + kind[0] + '"]');
                if (first) { first.focus(); }
              });
            });
          }
          function contributionRow(card, project, member, kind) {
            var actor = member.actor, given = member.contributions || {}, prefix = 'm/' + actor + '/';
            var row = html('div', null, card, 'contribution');
            row.setAttribute('data-kind', kind[0]);
            html('span', kind[1], row, 'kind');
            var boxes = [];
            if (kind[0] === 'money') {
              var money = projectInput(row, prefix + 'money', shownAmount(given.money), function (v) {
                var value = amount(v), fields = { money: value };
                // A new amount takes the currency last typed on this page, which a workshop rarely changes.
                if (value !== null && !(currentMember(project, actor).contributions || {}).currency &&
                  projectView.currency) {
                  fields.currency = projectView.currency;
                }
                return withContribution(project, actor, fields);
              });
              money.setAttribute('aria-label', W.amount);
              money.placeholder = W.amount;
              money.inputMode = 'decimal';
              var currency = projectInput(row, prefix + 'currency', given.currency || '', function (v) {
                var code = v.trim().toUpperCase();
                if (code) { projectView.currency = code; }
                return withContribution(project, actor, { currency: code || null });
              });
              currency.setAttribute('aria-label', W.currency);
              currency.placeholder = W.currency;
              currency.className = 'currency';
              currency.autocapitalize = 'characters';
              boxes = [money, currency];
            } else {
              var value = kind[0] === 'work' ? shownAmount(given.work) : given.in_kind || '';
              var box = projectInput(row, prefix + kind[0], value, function (v) {
                var fields = {};
                fields[kind[0]] = kind[0] === 'work' ? amount(v) : v.trim() || null;
                return withContribution(project, actor, fields);
              });
              box.setAttribute('aria-label', kind[1] + ': ' + (kind[0] === 'work' ? W.workHint : W.inKindHint));
              box.placeholder = kind[0] === 'work' ? W.workHint : W.inKindHint;
              if (kind[0] === 'work') { box.inputMode = 'decimal'; }
              boxes = [box];
            }
            var remove = html('button', '×', row, 'remove');
            remove.type = 'button';
            remove.setAttribute('aria-label', W.removeContribution);
            remove.title = W.removeContribution;
            remove.addEventListener('click', function () {
              delete projectView.opened[project.id + '/' + actor + '/' + kind[0]];
              var fields = {};
              (kind[0] === 'money' ? ['money', 'currency'] : [kind[0]]).forEach(function (k) { fields[k] = null; });
              sendInTurn(function () { return withContribution(project, actor, fields); }).catch(function () {});
            });
            boxes.forEach(function (box) { projectError(card, box.getAttribute('data-key'), box); });
          }

          // The selected project's members (and its lead) ringed on the board, everyone else faded.
          function projectMarks() {
            var project = state.network ? projectNamed(projectView.selected) : null;
            var inside = {}, lead = project ? project.lead : null;
            if (project) { projectParticipants(project).forEach(function (id) { inside[id] = true; }); }
            canvas.classList.toggle('in-project', !!project);
            canvas.classList.toggle('picking', !!project && projectView.picking);
            Array.prototype.forEach.call(canvas.querySelectorAll('.actor'), function (g) {
              var id = g.getAttribute('data-id'), old = g.querySelector('.halo');
              if (old) { old.remove(); }
              g.classList.toggle('member', !!inside[id]);
              g.classList.toggle('lead', !!lead && id === lead);
              if (inside[id]) { g.insertBefore(node('circle', { 'class': 'halo', r: 25 }), g.firstChild); }
            });
            Array.prototype.forEach.call(canvas.querySelectorAll('.tie'), function (line) {
              line.classList.toggle('member', !!inside[line.getAttribute('data-from')] &&
                !!inside[line.getAttribute('data-to')]);
            });
          }

        """#

    /// The projects panel's style: compact member cards that stack on a phone.
    static let projectsStyle = """
        #new-project { width: 100%; box-sizing: border-box; padding: .4em .6em; border: 2px solid var(--line);
          border-radius: 8px; }
        #new-project:focus { border-color: var(--accent); outline: none; }
        .project-list { list-style: none; padding: 0; margin: .5em 0; display: flex; flex-wrap: wrap; gap: .3em; }
        .project-list li { margin: 0; }
        .project-list button { display: flex; align-items: center; gap: .4em; text-align: left; }
        .project-list button[aria-pressed="true"] { background: #f3e8fd; border-color: #8e24aa; }
        .project-list .count { background: #8e24aa; color: #fff; border-radius: 1em; padding: 0 .45em;
          font-size: .8em; }
        .project-editor { border-top: 1px solid var(--line); margin-top: .6em; padding-top: .3em; }
        .project-buttons { display: flex; justify-content: space-between; gap: .5em; margin: .3em 0; }
        button.danger { color: #b3261e; }
        .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .6em; }
        aside [aria-invalid="true"] { border: 2px solid #b3261e; border-radius: 4px; background: #fdecea; }
        .field-error { color: #b3261e; font-size: .85em; margin: .2em 0; }
        .member-search { position: relative; }
        .member-search input { width: 100%; box-sizing: border-box; padding: .3em; }
        .member-search .options { position: absolute; z-index: 6; left: 0; right: 0; max-height: 14em;
          overflow-y: auto; margin: 0; padding: .2em 0; list-style: none; background: #fff;
          border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 6px 20px rgba(0, 0, 0, .15); }
        .member-search .options li { padding: .35em .7em; margin: 0; cursor: pointer; }
        .member-search .options li[aria-selected="true"] { background: #e8f0fe; }
        button.pick { margin: .4em 0; }
        button.pick[aria-pressed="true"] { background: #f3e8fd; border-color: #8e24aa; }
        ol.members { list-style: none; padding: 0; }
        li.member { border: 1px solid var(--line); border-left: 4px solid #8e24aa; border-radius: 6px;
          padding: .4em .6em; margin: .5em 0; }
        .member-head { display: flex; align-items: center; gap: .3em; }
        .member-head strong { flex: 1; }
        button.remove { min-height: 1.8em; padding: 0 .55em; line-height: 1; }
        .contribution { display: flex; align-items: center; gap: .3em; margin: .35em 0; }
        .contribution .kind { flex: 0 0 6.5em; font-size: .85em; color: var(--muted); }
        .contribution input { flex: 1; min-width: 0; padding: .3em; }
        .contribution input.currency { flex: 0 0 4.5em; text-transform: uppercase; }
        .add-contribution { display: flex; flex-wrap: wrap; align-items: center; gap: .3em; margin-top: .4em;
          font-size: .85em; color: var(--muted); }
        .add-contribution button { min-height: 2em; padding: .1em .6em; }
        @media (max-width: 800px) { aside input[type=text], aside select, .member-search input,
          .contribution input { min-height: 2.4em; } }
        .actor .halo { fill: none; stroke: #8e24aa; stroke-width: 5; }
        .actor.lead .halo { stroke-width: 9; }
        #canvas.in-project .actor:not(.member), #canvas.in-project .tie:not(.member) { opacity: .3; }
        #canvas.picking .actor { cursor: copy; }

        """
}
