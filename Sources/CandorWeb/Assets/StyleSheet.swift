/// Candor's one stylesheet, served from memory so the binary needs no resource folder
/// next to it wherever it is installed.
enum StyleSheet {
    static let path = "/assets/candor.css"
    static let version = AssetVersion.of(css)

    static let css = """
    :root {
      --ink: #1d2330; --muted: #5b6474; --line: #d9dee7; --paper: #ffffff; --wash: #f5f7fa;
      --accent: #2f5bd3; --accent-ink: #ffffff; --good: #1f7a4d; --warn: #a15c00; --bad: #b3261e;
      --radius: 8px; font-size: 16px;
    }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
           background: var(--wash); line-height: 1.5; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #9db4f0; outline-offset: 1px; }
    .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; }
    header.site { background: var(--ink); color: #fff; }
    header.site .bar { max-width: 1100px; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
    header.site .brand { color: #fff; font-weight: 700; text-decoration: none; font-size: 1.15rem; letter-spacing: .02em; }
    header.site nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    header.site nav a { color: #dfe5f2; text-decoration: none; padding: .2rem 0; border-bottom: 2px solid transparent; }
    header.site nav a[aria-current="page"] { color: #fff; border-bottom-color: #fff; }
    header.site .narrow { display: none; }
    @media (max-width: 640px) {
      header.site .wide { display: none; }
      header.site .narrow { display: block; flex: 1 1 auto; text-align: right; }
      header.site .site-menu > summary { display: inline-flex; align-items: center; min-height: 44px; padding: 0 .75rem;
        cursor: pointer; color: #fff; border: 1px solid #dfe5f2; border-radius: 6px; list-style: none; }
      header.site .site-menu > summary::-webkit-details-marker { display: none; }
      header.site .site-menu .here { color: #dfe5f2; }
      header.site .site-menu[open] nav { flex-direction: column; align-items: flex-end; padding: .5rem 0 .25rem; }
      header.site .site-menu nav a { min-height: 44px; display: inline-flex; align-items: center; } }
    main { max-width: 1100px; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
    h1 { font-size: 1.6rem; margin: .2rem 0 1rem; } h2 { font-size: 1.2rem; margin: 1.5rem 0 .6rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
    .card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; margin-bottom: 1rem; }
    .grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); }
    .muted { color: var(--muted); } .small { font-size: .88rem; }
    .pill { display: inline-block; padding: .05rem .55rem; border-radius: 999px; background: #e8edf8; color: #28407e; font-size: .82rem; margin: 0 .25rem .25rem 0; }
    .pill.good { background: #e3f4ea; color: var(--good); } .pill.bad { background: #fbe7e5; color: var(--bad); } .pill.warn { background: #fff1dc; color: var(--warn); }
    .status-column h3 { display: flex; justify-content: space-between; }
    .status-column ul { list-style: none; padding: 0; margin: 0; }
    .status-column li { padding: .35rem 0; border-top: 1px solid var(--line); }
    table { width: 100%; border-collapse: collapse; background: var(--paper); }
    th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: .85rem; color: var(--muted); font-weight: 600; }
    .table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: var(--radius); position: relative; margin-bottom: 1rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
    dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    form .field { margin-bottom: .9rem; }
    label, legend { display: block; font-weight: 600; margin-bottom: .25rem; }
    .hint { font-weight: 400; color: var(--muted); font-size: .88rem; }
    input[type=text], input[type=url], input[type=number], input[type=datetime-local], input[type=search], select, textarea {
      width: 100%; max-width: 36rem; padding: .5rem .6rem; border: 1px solid #b9c1cf; border-radius: 6px; font: inherit; background: #fff; }
    textarea { min-height: 6rem; }
    fieldset { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; margin: 0 0 1rem; }
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: .2rem 1rem; }
    .checks label { font-weight: 400; display: flex; gap: .5rem; align-items: center; margin: 0; min-height: 2.25rem; }
    .checks input[type=checkbox] { width: 1.25rem; height: 1.25rem; flex: none; margin: 0; }
    .row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; }
    .row .field { flex: 1 1 12rem; }
    button, .button { display: inline-block; font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 1px solid var(--accent);
      background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none; }
    button.secondary, .button.secondary { background: #fff; color: var(--accent); }
    button.danger, .button.danger { background: var(--bad); border-color: var(--bad); }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; align-items: center; }
    .actions form { margin: 0; }
    .alert { border-radius: var(--radius); padding: .7rem 1rem; margin-bottom: 1rem; border: 1px solid; }
    .alert.error { background: #fbe7e5; border-color: #f0b8b3; color: #7a1a14; }
    .alert.info { background: #e8edf8; border-color: #c4d0ee; }
    .alert.warning { background: #fff4e0; border-color: #f0cf98; color: #5a3500; }
    .alert.flag .flag-advice { display: block; margin-top: .15rem; }
    .alert.flag a { color: inherit; }
    .alert h2 { margin: 0 0 .3rem; font-size: 1.05rem; }
    .alert ul { margin: .2rem 0 .4rem; padding-left: 1.2rem; }
    .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    .pill.quiet { background: #eef0f3; color: var(--muted); }
    .board { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); align-items: start; }
    .board .column { background: #eaeef4; border-radius: var(--radius); padding: .6rem; min-width: 0; }
    .board .column > h2 { display: flex; justify-content: space-between; margin: 0 0 .5rem; font-size: 1rem; }
    .board .column .count { color: var(--muted); font-weight: 400; }
    .board.quiet { grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); }
    .board.quiet .column { background: transparent; border: 1px dashed var(--line); }
    .board.quiet .company-card { background: #fafbfc; }
    .company-card[draggable="true"] { cursor: grab; } .company-card.dragging { opacity: .5; }
    .board .column.drop-here { outline: 2px dashed var(--accent); outline-offset: -2px; }
    .company-card { padding: .65rem .75rem; margin-bottom: .6rem; }
    .company-card h3 { margin: 0 0 .2rem; font-size: 1rem; overflow-wrap: anywhere; }
    .company-card p { margin: 0 0 .3rem; }
    form.move { display: flex; gap: .35rem; margin-top: .4rem; }
    form.move select { flex: 1 1 auto; min-width: 0; padding: .3rem .4rem; }
    form.move button { padding: .3rem .7rem; }
    .agenda-controls form + form { margin-top: .5rem; border-top: 1px solid var(--line); padding-top: .75rem; }
    .agenda-controls .field.actions { flex: 0 1 auto; margin-bottom: .9rem; }
    .agenda-day > h2 { border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
    .agenda-item { display: grid; grid-template-columns: 11rem 1fr; gap: .3rem 1rem; padding: .7rem 1rem; margin-bottom: .6rem; }
    .agenda-item .pill { margin-top: .3rem; }
    .practice { margin-top: 1.25rem; } .practice h2 { margin-top: 0; }
    .alert.flag.compact { font-size: .9rem; padding: .45rem .8rem; margin-bottom: .6rem; }
    .entered-zone { margin-top: .1rem; }
    .steps { counter-reset: step; list-style: none; padding: 0; }
    .steps li { counter-increment: step; padding: .6rem 0 .6rem 2.4rem; position: relative; border-top: 1px solid var(--line); }
    .steps li::before { content: counter(step); position: absolute; left: 0; top: .55rem; width: 1.7rem; height: 1.7rem; border-radius: 50%;
      background: var(--accent); color: #fff; text-align: center; font-weight: 700; }
    .steps li.done::before { content: "✓"; background: var(--good); }
    blockquote { margin: .3rem 0 .6rem; padding: .3rem .8rem; border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
    .pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    ol.panel { padding-left: 1.3rem; margin: .2rem 0; }
    label.inline { display: inline-flex; gap: .35rem; align-items: baseline; font-weight: 400; margin: 0; }
    details > summary { cursor: pointer; }
    .question .question-text { font-size: 1.05rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
    .question.retired { opacity: .7; }
    .question .meta { margin-bottom: .3rem; }
    .question details.inline-edit[open] { flex-basis: 100%; }
    @media (max-width: 640px) { main { padding: 1rem .75rem 2rem; } h1 { font-size: 1.35rem; } dl.facts { grid-template-columns: 1fr; } dl.facts dt { margin-top: .4rem; }
      .agenda-item { grid-template-columns: 1fr; } }
    [hidden] { display: none !important; }
    .plan-head .when { margin: -.6rem 0 .4rem; }
    .plan-head .participants { display: flex; flex-wrap: wrap; gap: .3rem; align-items: baseline; margin-bottom: .3rem; }
    .plan-head ol.panel { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; margin: 0; }
    .plan-head .budget { font-weight: 600; margin: .2rem 0 .6rem; } .plan-head .budget.over { color: var(--bad); }
    .plan-person h2, .plan-closing h2 { margin-top: 0; } .plan-person h2 .role { font-size: .9rem; font-weight: 400; color: var(--muted); }
    ol.plan-list { margin: 0; padding-left: 1.5rem; }
    .plan-item { padding: .55rem 0 .6rem; border-top: 1px solid var(--line); }
    .plan-item:first-child { border-top: none; padding-top: 0; }
    .plan-item .q-text { margin: 0 0 .2rem; overflow-wrap: anywhere; }
    .plan-item .meta { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: center; color: var(--muted); }
    .plan-item .meta .pill { margin: 0; }
    .pill.pin { background: #fff1dc; color: var(--warn); font-weight: 600; }
    .plan-item .reasons { margin: .1rem 0 0; }
    .plan-item .notes { display: none; }
    .item-actions { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .35rem; }
    .item-actions form { margin: 0; }
    .item-actions button { padding: .15rem .7rem; font-size: .85rem; }
    button.danger-text { color: var(--bad); border-color: #e2a7a2; }
    .plan-tools .card h3 { margin-top: 0; }
    .row .field.wide { flex: 3 1 24rem; } .row .field.wide select, .row .field.wide input { max-width: none; }
    .coverage ul { margin: .2rem 0 .6rem; padding-left: 1.2rem; }
    .capture { max-width: 50rem; margin: 0 auto; }
    /* Keep what is focused, clicked or linked to clear of the sticky header. */
    :root:has(.capture-bar) { scroll-padding-top: 7.5rem; }
    .capture [id], .capture input, .capture textarea, .capture button, .capture label { scroll-margin-top: 7.5rem; }
    .capture-bar { position: sticky; top: 0; z-index: 10; background: var(--wash); border-bottom: 1px solid var(--line);
      padding: .4rem 0 .35rem; margin: -.5rem 0 1rem; }
    .capture-line { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; }
    .capture-line.small { gap: .2rem .9rem; }
    /* Tapped mid-interview, often one-handed: every link in the bar is a 44 px target. */
    .capture-line a { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; padding: 0 .25rem; }
    .capture-title { font-size: 1.1rem; margin: 0; flex: 1 1 12rem; overflow-wrap: anywhere; }
    .clock { display: flex; gap: .4rem; align-items: center; font-weight: 600; font-variant-numeric: tabular-nums; }
    .clock[data-state="over"] .clock-time { color: var(--bad); }
    .small-button { padding: .2rem .7rem; font-size: .9rem; }
    .save-banner { margin: 0; font-weight: 600; flex: 1 1 auto; }
    .save-banner[data-state="saved"] { color: var(--good); } .save-banner[data-state="pending"] { color: var(--warn); }
    .save-banner[data-state="offline"] { color: var(--bad); }
    .capture .card > h2 { margin-top: 0; } .capture-section h2 .role { font-size: .9rem; font-weight: 400; color: var(--muted); }
    ol.capture-list { list-style: none; margin: 0; padding: 0; }
    .capture-item { padding: .8rem 0; border-top: 1px solid var(--line); }
    .capture-item:first-child { border-top: none; padding-top: .2rem; }
    .capture-item .q-text { font-size: 1.05rem; margin-bottom: .15rem; overflow-wrap: anywhere; }
    .capture-item .meta { margin-bottom: .2rem; }
    .capture textarea { max-width: none; font-size: 1.05rem; line-height: 1.45; resize: vertical; }
    .capture-item textarea { min-height: 8rem; }
    .capture-item.invalid textarea, .capture-item.conflicted textarea { border-color: var(--bad); }
    fieldset.status-choices { border: none; padding: 0; margin: .2rem 0 .45rem; display: flex; flex-wrap: wrap; gap: .35rem; }
    label.status-choice { display: inline-flex; align-items: center; gap: .3rem; font-weight: 400; margin: 0; padding: .3rem .75rem;
      border: 1px solid #b9c1cf; border-radius: 999px; background: #fff; cursor: pointer; }
    label.status-choice:has(input:checked) { background: #e8edf8; border-color: var(--accent); font-weight: 600; }
    .save-state { display: block; min-height: 1.35em; font-size: .88rem; color: var(--muted); margin-top: .15rem; }
    .save-state[data-save-state="saved"] { color: var(--good); }
    .save-state[data-save-state="dirty"], .save-state[data-save-state="saving"] { color: var(--warn); }
    .save-state[data-save-state="offline"], .save-state[data-save-state="conflict"], .save-state[data-save-state="too-long"],
    .save-state[data-save-state="gone"], .save-state[data-save-state="error"] { color: var(--bad); font-weight: 600; }
    .conflict { border: 1px solid #f0cf98; background: #fff4e0; border-radius: var(--radius); padding: .5rem .8rem; margin: .3rem 0 .5rem; }
    .conflict p { margin: 0 0 .3rem; }
    .conflict blockquote { background: #fff; max-height: 14rem; overflow: auto; margin: 0 0 .4rem; }
    .conflict-actions { display: flex; flex-wrap: wrap; gap: .5rem; }
    .field-error { color: var(--bad); font-weight: 600; margin: .2rem 0; }
    .section-save { margin-top: .7rem; }
    .capture input[type=number] { max-width: 8rem; }
    .after fieldset.gut .scale { display: flex; flex-wrap: wrap; gap: .4rem; }
    ul.tag-list { list-style: none; margin: 0; padding: 0; }
    ul.tag-list li { padding: .45rem 0; border-top: 1px solid var(--line); }
    ul.tag-list li:first-child { border-top: none; }
    ul.tag-list details .checks { margin-top: .4rem; }
    @media (max-width: 640px) { .capture-bar { margin-top: -.25rem; } .capture-item textarea { min-height: 10rem; }
      .capture-title { font-size: 1rem; flex: 1 1 0; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
      .capture .card { padding: .8rem .75rem; } .capture .row .field { flex-basis: 100%; } }
    .autosaving .section-save { display: none; }
    .field.invalid input, .field.invalid select { border-color: var(--bad); border-width: 2px; }
    .field-error { color: var(--bad); font-weight: 600; margin: .25rem 0 0; font-size: .95rem; }
    details.category-group { margin: 0 0 .5rem; } details.category-group > summary { cursor: pointer; padding: .5rem 0; min-height: 44px; }
    details.category-group > summary h3 { display: inline; margin: 0; font-size: 1.05rem; }
    /* On a phone the bar sits at the bottom, under the thumb: clock, next unanswered, after the interview. */
    @media (max-width: 640px) {
      .capture-bar { position: fixed; top: auto; bottom: 0; left: 0; right: 0; margin: 0; border-bottom: none;
        border-top: 1px solid var(--line); padding: .3rem .75rem calc(.3rem + env(safe-area-inset-bottom)); }
      .capture { padding-bottom: 10rem; }
      :root:has(.capture-bar) { scroll-padding-top: 1rem; scroll-padding-bottom: 10rem; }
      .capture [id], .capture input, .capture textarea, .capture button, .capture label { scroll-margin-top: 1rem; scroll-margin-bottom: 10rem; }
      .capture .small-button { min-height: 44px; min-width: 44px; } }
    input[type=date] { padding: .5rem .6rem; border: 1px solid #b9c1cf; border-radius: 6px; font: inherit; background: #fff; }
    /* The insight page. Flag kinds differ by their badge's words and their border's style, not only by colour. */
    nav.page-contents ul { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem 1rem; padding: 0; margin: 0 0 1rem; }
    .badge { display: inline-block; padding: .05rem .5rem; border: 1px solid; border-radius: 4px; font-size: .8rem; font-weight: 700;
      letter-spacing: .02em; background: #eef0f3; color: var(--muted); }
    .badge.bad { background: #fbe7e5; color: var(--bad); } .badge.warn { background: #fff1dc; color: var(--warn); }
    .badge.good { background: #e3f4ea; color: var(--good); }
    .flag-card { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: var(--radius);
      padding: .7rem 1rem; margin-bottom: .8rem; }
    .flag-card.bad { border-left-color: var(--bad); } .flag-card.warn { border-left-style: dashed; border-left-color: var(--warn); }
    .flag-card.good { border-left-style: double; border-left-color: var(--good); } .flag-card.process { border-left-style: dotted; }
    .flag-head { margin: 0 0 .4rem; }
    ul.quotes { list-style: none; margin: 0; padding: 0; }
    figure.quote { margin: .3rem 0 .55rem; } figure.quote figcaption { margin: 0; overflow-wrap: anywhere; }
    figure.quote blockquote { margin: .15rem 0 0; }
    p.dodged { font-style: italic; color: var(--muted); margin: .15rem 0 0; }
    ul.consensus { padding-left: 1.2rem; } ul.consensus li { margin-bottom: .35rem; }
    .theme-board { display: grid; gap: .75rem; }
    .board-theme h3 { margin-top: 0; }
    .board-sides { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 1.2rem; }
    .board-side h4 { margin: 0 0 .3rem; font-size: .95rem; }
    ul.voices { list-style: none; margin: 0; padding: 0; } ul.voices > li { margin-bottom: .5rem; }
    ol.read-answers { list-style: none; padding: 0; }
    .read-answer:target { outline: 3px solid #9db4f0; }
    ul.mentions { list-style: none; padding: 0; margin: .3rem 0 .6rem; }
    ul.mentions > li { padding: .4rem 0; border-top: 1px solid var(--line); }
    .chip { display: inline-block; padding: .1rem .6rem; border: 1px solid #b9c1cf; border-radius: 999px; background: var(--wash);
      font-size: .88rem; margin-right: .3rem; }
    .chip.positive { background: #e3f4ea; border-color: #9fd3b5; } .chip.negative { background: #fbe7e5; border-color: #f0b8b3; }
    .chip.confirmed, .chip.candidate { border-width: 2px; } .chip.dismissed { background: #fff; border-style: dashed; color: var(--muted); }
    .chip-meta { font-weight: 400; color: var(--muted); }
    form.theme-fix { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; margin: .3rem 0 0; }
    form.theme-fix button { padding: .15rem .7rem; font-size: .85rem; }
    form.theme-fix select { width: auto; max-width: 16rem; padding: .2rem .4rem; }
    form.theme-fix label.inline { font-size: .88rem; }
    form.add-theme { margin-top: .5rem; }
    /* The comparison page. */
    table.compare thead th { font-size: 1rem; color: var(--ink); min-width: 10rem; }
    table.compare th[scope=row] { color: var(--ink); }
    table.compare tbody.offer-rows th[scope=colgroup] { background: var(--wash); color: var(--ink); font-size: 1rem; }
    table.compare ul.compact { margin: 0; padding-left: 1rem; }
    .chart-wrap { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem; overflow-x: auto; position: relative; }
    svg.theme-chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
    svg.insight-chart { display: block; width: 100%; max-width: 34rem; height: auto; font-family: inherit; }
    .verdicts { list-style: none; padding: 0; margin: 0 0 .75rem; } .verdicts li { margin: .35rem 0; }
    .flag-dismiss { margin-top: .5rem; }
    .demo-bar { background: #fff4d6; border-bottom: 2px solid var(--warn); padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
    .demo-bar p { margin: 0; } .demo-bar .actions { margin: 0; }
    .panel-rows { list-style: none; padding: 0; margin: 0; } .panel-head { display: none; }
    @media (min-width: 700px) {
      .panel-head { display: flex; font-weight: 600; font-size: .9rem; } .panel-head span { flex: 1; }
      .panel-row .field > label { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    }
    .table-wrap:focus-visible, .chart-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
    /* On a phone the chart keeps its size, so its 12 px labels stay legible, and scrolls sideways in its box. */
    @media (max-width: 600px) { svg.theme-chart { max-width: none; } }
    details.chart-numbers { margin: .75rem 0 1rem; }
    @media (max-width: 640px) { .board-sides { grid-template-columns: 1fr; } }
    @media print {
      @page { margin: 12mm; }
      :root { font-size: 10pt; }
      header.site, .actions, .no-print, .skip { display: none !important; }
      body { background: #fff; color: #000; line-height: 1.3; }
      main { max-width: none; margin: 0; padding: 0; }
      a { color: inherit; text-decoration: none; }
      .card { border: none; padding: 0; background: none; }
      .plan-sheet form, .plan-sheet button, .plan-sheet .alert { display: none !important; }
      .plan-sheet h1 { font-size: 14pt; margin: 0 0 1mm; }
      .plan-sheet h2 { font-size: 11.5pt; margin: 3mm 0 1.2mm; padding-bottom: .5mm; border-bottom: .6pt solid #000; break-after: avoid; }
      .plan-sheet .small, .plan-sheet .muted { color: #333; }
      .plan-head { font-size: 10pt; padding-bottom: 2mm; margin-bottom: 1mm; }
      .plan-head p { margin: 0; }
      .plan-head .participants { display: block; margin: 0; }
      .plan-head ol.panel { display: inline; padding: 0; }
      .plan-head ol.panel li { display: inline; }
      .plan-head ol.panel li + li::before { content: " · "; }
      .plan-head .budget { font-weight: 400; margin: 0; color: #000; }
      .plan-person, .plan-closing { margin: 0; }
      .plan-closing > p { margin: 0 0 1mm; font-size: 9pt; }
      ol.plan-list { padding-left: 5mm; }
      .plan-item { break-inside: avoid; page-break-inside: avoid; border: none; padding: .8mm 0 1.2mm; }
      .plan-item:first-child { padding-top: 0; }
      .plan-item .q-text { display: inline; margin: 0; }
      .plan-item .q-text::before { content: ""; display: inline-block; width: 3.2mm; height: 3.2mm; border: .8pt solid #000;
        margin-right: 2mm; vertical-align: -.4mm; }
      .plan-item .meta { font-size: 8pt; color: #444; display: inline; margin-left: 1.5mm; }
      .plan-item .meta .pill { background: none; padding: 0; font-size: 8pt; color: #444; }
      .plan-item .notes { display: block; position: relative; height: 10mm; margin: 1mm 0 0 5.2mm; border: .6pt solid #999; border-radius: 1mm; }
      .plan-item .notes::before { content: ""; position: absolute; left: 2mm; right: 2mm; top: 5mm; border-top: .4pt dotted #999; }
    }
    """
}
