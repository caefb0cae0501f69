extension InteractiveMap {
    /// The map's style sheet, once per page. Classes start with `an-`; nothing is fetched (no `url()`, no fonts).
    public static let style = #"""
        .actornet-map { font: 14px/1.4 system-ui, sans-serif; color: #222; background: #fff;
          border: 1px solid #ccc; border-radius: 6px; margin: 0 0 1em; }
        .actornet-map [hidden] { display: none !important; }
        .an-page { margin: 12px; }
        .an-toolbar { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 6px 8px;
          border-bottom: 1px solid #ddd; background: #f6f6f6; border-radius: 6px 6px 0 0; }
        .an-toolbar button { font: inherit; padding: 2px 9px; border: 1px solid #aaa; border-radius: 4px;
          background: #fff; cursor: pointer; }
        .an-toolbar button:hover { background: #eef4fa; }
        .an-search { position: relative; }
        .an-search-input { width: 15em; font: inherit; padding: 2px 6px; }
        .an-results { position: absolute; z-index: 3; left: 0; top: 100%; min-width: 100%; max-width: 28em;
          max-height: 18em; overflow: auto; margin: 2px 0 0; padding: 2px 0; list-style: none; background: #fff;
          border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 2px 8px rgba(0, 0, 0, .2); }
        .an-results button { display: block; width: 100%; border: 0; border-radius: 0; padding: 3px 8px;
          text-align: left; background: none; }
        .an-results li.an-none { padding: 3px 8px; color: #666; }
        .an-steps input { width: 3.2em; font: inherit; }
        .an-year input { vertical-align: middle; }
        .an-body { position: relative; display: flex; align-items: stretch; }
        .an-view { flex: 1 1 auto; height: 72vh; min-height: 320px; overflow: hidden; cursor: grab;
          touch-action: none; outline: none; }
        .an-view:focus-visible { box-shadow: inset 0 0 0 2px #0072B2; }
        .an-view.an-dragging { cursor: grabbing; }
        .an-svg { display: block; width: 100%; height: 100%; user-select: none; }
        .an-legend { flex: 0 0 14em; max-height: 72vh; overflow: auto; padding: 6px 10px; font-size: 13px;
          border-left: 1px solid #ddd; }
        .an-legend fieldset { margin: 0 0 8px; padding: 0; border: 0; }
        .an-legend legend { padding: 0; font-weight: 600; }
        .an-legend label { display: flex; align-items: center; gap: 5px; cursor: pointer; }
        .an-legend-hint { margin: 4px 0 0; color: #666; font-size: 12px; }
        .an-swatch { flex: none; width: 24px; height: 14px; }
        .an-panel { position: absolute; z-index: 2; top: 8px; right: calc(14em + 28px); width: 21em;
          max-height: calc(100% - 16px); overflow: auto; padding: 8px 12px; background: #fff;
          border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 2px 10px rgba(0, 0, 0, .25); }
        .an-panel h3 { margin: 0 1.6em 6px 0; font-size: 16px; }
        .an-panel h4 { margin: 8px 0 2px; font-size: 13px; color: #444; }
        .an-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 0; }
        .an-panel dt { color: #555; }
        .an-panel dd { margin: 0; }
        .an-panel ul { margin: 0; padding-left: 1.2em; }
        .an-panel p { margin: 0; }
        .an-close { float: right; border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; }
        .an-help { margin: 0; padding: 4px 8px; border-top: 1px solid #ddd; color: #555; font-size: 12px; }
        .actornet-map .actor { cursor: pointer; }
        .actornet-map .an-hidden { display: none; }
        .actornet-map svg.an-dim .actor:not(.an-hl), .actornet-map svg.an-dim .tie:not(.an-hl) { opacity: .12; }
        .actornet-map .actor.an-match > g > a > :is(polygon, ellipse, path) { stroke: #D55E00; stroke-width: 4; }
        .actornet-map .actor.an-selected > g > a > :is(polygon, ellipse, path) { stroke: #000; stroke-width: 3; }
        @media (max-width: 760px) {
          .an-body { flex-direction: column; }
          .an-legend { flex-basis: auto; max-height: none; border-left: 0; border-top: 1px solid #ddd; }
          .an-panel { left: 8px; right: 8px; width: auto; }
        }

        """#
}
