extension ServePage {
    /// The page's style: a board (the canvas of rings and wedges) beside a panel; `projector` makes everything
    /// large for a wall; phones get the panel under the board.
    static let style = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4da; --paper: #fbfbfa; --accent: #0b57d0;
          --scale: 1; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
        body { margin: 0; background: var(--paper); font-size: calc(15px * var(--scale)); }
        body.projector { --scale: 1.6; }
        .bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5em; padding: .5em 1em;
          border-bottom: 1px solid var(--line); background: #fff; }
        .bar h1 { font-size: 1.2em; margin: 0 auto 0 0; }
        #status { color: var(--muted); font-size: .9em; }
        button, select, input, textarea { font: inherit; }
        button { border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: .3em .8em;
          cursor: pointer; min-height: 2.2em; }
        button:hover { border-color: var(--accent); }
        button[aria-pressed="true"] { background: #e8f0fe; }
        #downloads { position: relative; }
        #downloads summary { cursor: pointer; border: 1px solid var(--line); border-radius: 6px; padding: .3em .8em;
          list-style: none; background: #fff; }
        #downloads[open] a { display: block; }
        #downloads div, #downloads a { background: #fff; padding: .3em .8em; color: var(--accent); }
        #downloads[open] { z-index: 5; }
        #downloads[open] > a { position: relative; left: 0; border-left: 1px solid var(--line);
          border-right: 1px solid var(--line); }
        #banner { background: #fff4ce; padding: .5em 1em; border-bottom: 1px solid #e5c07b; }
        main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16em, 24em); gap: 1em; padding: 1em; }
        .board { min-width: 0; }
        .add { position: relative; }
        #new-actor { width: 100%; box-sizing: border-box; padding: .6em .8em; border: 2px solid var(--line);
          border-radius: 8px; }
        #new-actor:focus { border-color: var(--accent); outline: none; }
        #duplicate { color: #9a3412; min-height: 1.3em; font-size: .9em; padding: .2em .2em; }
        #canvas { width: 100%; max-height: calc(100vh - 12em); display: block; touch-action: none;
          user-select: none; -webkit-user-select: none; }
        .help { color: var(--muted); font-size: .85em; margin: .3em 0; }
        .ring { fill: none; stroke: var(--line); }
        .tray { fill: #f1f1ef; stroke: var(--line); stroke-dasharray: 6 6; }
        .ring-band { stroke: none; }
        .wedge { stroke: var(--line); }
        .ring-label { fill: var(--muted); font-size: 16px; text-anchor: middle; }
        .wedge-label { font-size: 19px; font-weight: 600; text-anchor: middle; }
        .actor { cursor: grab; outline: none; }
        .actor circle.body { stroke: #333; stroke-width: 1.5; }
        .actor.selected circle.body, .actor:focus circle.body { stroke: var(--accent); stroke-width: 4; }
        .actor.target circle.body { stroke: #d93025; stroke-width: 4; }
        .actor text { font-size: 15px; text-anchor: middle; paint-order: stroke; stroke: #fff; stroke-width: 4px;
          stroke-linejoin: round; pointer-events: none; }
        body.projector .actor text { font-size: 22px; }
        .actor .handle { fill: #fff; stroke: #333; stroke-width: 1.5; cursor: crosshair; }
        .actor .tower { fill: #444; }
        .actor .stance { stroke: #fff; stroke-width: 2; }
        .actor .stance-for { fill: #1b7f3b; } .actor .stance-against { fill: #b3261e; }
        .actor .stance-neutral { fill: #6b6b6b; }
        .actor .stance-sign { fill: #fff; font-size: 18px; font-weight: bold; text-anchor: middle;
          pointer-events: none; }
        #goals-panel ol { padding-left: 0; list-style: none; }
        li.goal { display: flex; gap: .3em; align-items: center; }
        .goal-number { min-width: 1.4em; color: var(--muted); }
        li.goal input { flex: 1; }
        #new-goal { margin-top: .4em; }
        .tie { stroke-linecap: round; cursor: pointer; }
        .tie.selected { stroke-dasharray: 8 5; }
        .draft { stroke: var(--accent); stroke-width: 3; stroke-dasharray: 6 6; pointer-events: none; }
        aside section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8em 1em;
          margin-bottom: 1em; }
        aside h2 { font-size: 1em; margin: 0 0 .5em; }
        aside h3 { font-size: .9em; margin: .8em 0 .3em; color: var(--muted); }
        aside label { display: block; margin: .4em 0 .1em; font-size: .9em; color: var(--muted); }
        aside input[type=text], aside select, aside textarea { width: 100%; box-sizing: border-box; padding: .3em; }
        aside ol, aside ul { margin: 0; padding-left: 1.3em; }
        aside li { margin: .15em 0; }
        .reason { color: var(--muted); font-size: .85em; }
        #analysis { overflow-x: auto; }
        table.grid { border-collapse: collapse; font-size: .75em; }
        table.grid th, table.grid td { border: 1px solid var(--line); padding: .1em .35em; text-align: right; }
        table.grid th { font-weight: 600; }
        .tower-input { display: flex; gap: 2px; align-items: flex-end; }
        .tower-input button { min-height: 1.2em; width: 1.8em; padding: 0; font-size: .8em; }
        .tower-input button.on { background: #444; color: #fff; }
        dialog { position: fixed; top: 18vh; z-index: 10; border: 1px solid var(--line); border-radius: 10px;
          padding: 1em 1.2em; box-shadow: 0 10px 40px rgba(0, 0, 0, .25); max-width: min(32em, 90vw); }
        dialog label { display: block; margin: .5em 0 .2em; }
        #messages { position: fixed; bottom: 1em; left: 50%; transform: translateX(-50%); max-width: 90vw; }
        #messages div { background: #333; color: #fff; padding: .6em 1em; border-radius: 8px; margin-top: .4em; }
        #messages div.error { background: #b3261e; }
        .swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: middle;
          margin-right: .3em; }
        @media (max-width: 800px) { main { grid-template-columns: minmax(0, 1fr); } #canvas { max-height: none; } }

        """
}
