/* rasd dashboard: map, timeline, table and article view over the REST API.
 *
 * Security rule of this file: article text, titles, actor and place names all come from
 * untrusted news and are only ever put in the page as text nodes (textContent / append of a
 * string) or attribute values set with setAttribute; never as HTML. The evidence highlight
 * splits the text into text nodes and <mark> elements by character offsets.
 *
 * Offsets from the API count Unicode code points (Python string indices); JavaScript strings
 * count UTF-16 units, so the text is split with Array.from() before slicing.
 */
"use strict";
(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const TYPES = [
    ["Battles", "battles", ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]],
    ["Explosions/Remote violence", "explosions", ["Chemical weapon", "Air/drone strike", "Suicide bomb",
      "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"]],
    ["Violence against civilians", "vac", ["Sexual violence", "Attack", "Abduction/forced disappearance"]],
    ["Protests", "protests", ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]],
    ["Riots", "riots", ["Violent demonstration", "Mob violence"]],
    ["Strategic developments", "strategic", ["Agreement", "Arrests", "Change to group/activity",
      "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
      "Non-violent transfer of territory", "Other"]],
  ];
  const TYPE_CLASS = new Map(TYPES.map(([t, c]) => [t, "t-" + c]));
  const typeClass = (t) => TYPE_CLASS.get(t) || "t-other";
  const PAGE = 50;
  const MAP_W = 800, MAP_H = 480, TL_H = 150;
  const MAP_LIMIT = 5000;

  const $ = (id) => document.getElementById(id);
  const state = { mapNote: "", offset: 0, total: 0, seq: 0, features: [], capitals: [], countryNames: {},
                  view: null, selected: null, article: null, current: null };

  /* ---------- DOM helpers (text only, never HTML) ---------- */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (/^on/i.test(k)) throw new Error("event handler attributes are not allowed");
      node.setAttribute(k, String(v));
    }
  }
  const clear = (node) => { while (node.firstChild) node.removeChild(node.firstChild); };
  const fmt = (n) => (n === null || n === undefined) ? "—" : Number(n).toLocaleString("en");
  function safeUrl(u) {
    try { const url = new URL(u); return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null; }
    catch (e) { return null; }
  }

  /* ---------- API ---------- */
  function filterParams() {
    const p = new URLSearchParams();
    for (const name of ["country", "type", "since", "until", "actor", "q"]) {
      const v = $("filters").elements[name].value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }
  async function api(path, params, body) {
    const url = params && [...params].length ? `${path}?${params}` : path;
    const init = { headers: { Accept: "application/json" } };
    if (body !== undefined) {
      init.method = "POST";
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const r = await fetch(url, init);
    if (!r.ok) {
      let detail = r.statusText;
      try {
        const b = await r.json();
        detail = typeof b.detail === "string" ? b.detail
          : Array.isArray(b.detail) ? b.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ")
          : JSON.stringify(b.detail);
      } catch (e) { /* keep the status text */ }
      throw new Error(`${r.status} ${detail}`);
    }
    return r.json();
  }
  function status(msg, isError) {
    $("status").textContent = msg;
    $("status").classList.toggle("error", !!isError);
  }

  /* ---------- refresh everything for the current filters ---------- */
  async function refresh(keepOffset) {
    if (!keepOffset) state.offset = 0;
    const seq = ++state.seq;
    const f = filterParams();
    const page = new URLSearchParams(f); page.set("limit", PAGE); page.set("offset", state.offset);
    page.set("sort", $("f-sort").value);
    const geo = new URLSearchParams(f); geo.set("format", "geojson"); geo.set("fields", "map"); geo.set("limit", MAP_LIMIT);
    const full = new URLSearchParams(f); full.set("format", "geojson"); full.set("limit", MAP_LIMIT);
    $("download").setAttribute("href", `/api/events?${full}`);
    const shown = new URLSearchParams(f);               // the address bar keeps the selection: shareable
    if ($("f-sort").value !== "date") shown.set("sort", $("f-sort").value);
    history.replaceState(null, "", `${location.pathname}${[...shown].length ? "?" + shown : ""}${location.hash}`);
    status("Loading…");
    try {
      if (keepOffset) {                                 // another page of the same selection
        const events = await api("/api/events", page);
        if (seq !== state.seq) return;
        renderTable(events);
        status(`Events ${fmt(state.offset + 1)}–${fmt(state.offset + events.items.length)} of ${fmt(events.total)}`);
        $("events").closest(".table-scroll").scrollTop = 0;
        return;
      }
      const [stats, events, fc] = await Promise.all([api("/api/stats", f), api("/api/events", page), api("/api/events", geo)]);
      if (seq !== state.seq) return;                   // a newer request superseded this one
      renderCounts(stats);
      renderLegend(stats);
      state.stats = stats;
      renderTimeline(stats);
      renderTable(events);
      state.features = fc.features;
      state.mapNote = fc.total > fc.features.length
        ? `${fmt(fc.features.length)} of ${fmt(fc.total)} located events shown` : `${fmt(fc.total)} located events`;
      // refit to the new selection; an empty one keeps the view the user was looking at
      if (!state.view || state.features.length) fitMap();
      renderMap();
      status(events.total ? `Events ${fmt(state.offset + 1)}–${fmt(state.offset + events.items.length)} of ${fmt(events.total)}` : "No events match these filters.");
    } catch (err) {
      if (seq === state.seq) status(`Could not load events: ${err.message}`, true);
    }
  }

  function renderCounts(s) {
    const box = $("counts"); clear(box);
    for (const [label, value, id] of [["events", s.events, "c-events"], ["articles", s.articles, "c-articles"],
      ["deaths reported", s.fatalities, "c-deaths"], ["on the map", s.located, "c-located"]]) {
      box.append(el("div", {}, el("dt", {}, label), el("dd", { id }, fmt(value))));
    }
  }

  function renderLegend(s) {
    const ul = $("legend"); clear(ul);
    const current = $("f-type").value;
    for (const [t] of TYPES) {
      const li = el("li", { class: `${typeClass(t)}${current === t ? " on" : ""}`, tabindex: 0, role: "button", "data-type": t,
        title: current === t ? "Show all types" : `Show only ${t}` },
        el("span", { class: "swatch", "aria-hidden": "true" }), t, el("span", { class: "n" }, fmt(s.by_type[t] || 0)));
      const pick = () => { $("f-type").value = current === t ? "" : t; refresh(); };
      li.addEventListener("click", pick);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
      ul.append(li);
    }
    for (const [t, n] of Object.entries(s.by_type)) {
      if (!TYPE_CLASS.has(t)) ul.append(el("li", { class: "t-other" }, el("span", { class: "swatch" }), t, el("span", { class: "n" }, fmt(n))));
    }
  }

  /* ---------- filters ---------- */
  function fillFilterOptions(stats, capitals) {
    for (const c of capitals) state.countryNames[c.country] = c.name;
    const sel = $("f-country");
    for (const [code, n] of Object.entries(stats.by_country)) {
      const name = state.countryNames[code] ? `${state.countryNames[code]} (${code})` : code;
      sel.append(el("option", { value: code }, `${name} · ${fmt(n)}`));
    }
    const tsel = $("f-type");
    for (const [t, , subs] of TYPES) {
      const g = el("optgroup", { label: t });
      g.append(el("option", { value: t }, `${t} (all) · ${fmt(stats.by_type[t] || 0)}`));
      for (const s of subs) g.append(el("option", { value: s }, s));
      tsel.append(g);
    }
    if (stats.first_day) { $("f-since").min = $("f-until").min = stats.first_day; }
    if (stats.last_day) { $("f-since").max = $("f-until").max = stats.last_day; }
  }
  /* Filters from the page address (a shared link); a value the lists lack is added to them. */
  function restoreFilters(params) {
    const form = $("filters");
    for (const name of ["country", "type", "since", "until", "actor", "q", "sort"]) {
      const v = params.get(name);
      if (!v) continue;
      const field = form.elements[name];
      if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === v)) field.append(el("option", { value: v }, v));
      field.value = v;
    }
  }
  function wireFilters() {
    const form = $("filters");
    let timer = null;
    form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
    form.addEventListener("change", (e) => {
      if (e.target.type === "search") return;
      const since = $("f-since"), until = $("f-until");        // keep the range the right way round
      if (since.value && until.value && since.value > until.value) {
        if (e.target === since) until.value = since.value; else since.value = until.value;
      }
      refresh();
    });
    form.addEventListener("input", (e) => {
      if (e.target.type !== "search") return;
      clearTimeout(timer); timer = setTimeout(() => refresh(), 350);
    });
    form.addEventListener("reset", () => setTimeout(() => refresh(), 0));
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(true); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh(true); });
  }

  /* ---------- table ---------- */
  /* Both actors in one cell, each on its own line: English name, then the words the article used. */
  function actorsCell(a1, a2) {
    const td = el("td", { class: "actors" });
    [[a1, "1"], [a2, "2"]].forEach(([a, n]) => {
      if (!a) return;
      td.append(el("span", { class: "actor-line" }, el("span", { class: "role" }, n), el("span", { class: "en", dir: "auto" }, a.name || ""),
        a.name_ar ? el("span", { class: "ar", dir: "rtl", lang: "ar" }, a.name_ar) : null));
    });
    if (!a1 && !a2) td.append(el("span", { class: "none" }, "—"));
    return td;
  }
  function renderTable(page) {
    state.total = page.total;
    const tbody = $("events").tBodies[0]; clear(tbody);
    if (!page.items.length) tbody.append(el("tr", { class: "empty" }, el("td", { colspan: 5 }, "No events match these filters.")));
    for (const ev of page.items) {
      const loc = ev.location;
      const tr = el("tr", { tabindex: 0, "data-id": ev.id, "data-article": ev.article_id, class: ev.id === state.selected ? "sel" : null },
        el("td", {}, ev.date || "undated", ev.time_precision > 1 ? el("span", { class: "sub" }, ev.time_precision === 2 ? "week/range" : "month") : null,
          ev.source ? el("span", { class: "sub src", dir: "auto" }, ev.source) : null),
        el("td", { class: typeClass(ev.event_type) }, el("span", { class: "chip" }, ev.event_type), el("span", { class: "sub" }, ev.sub_event_type),
          ev.modality && ev.modality !== "asserted" ? el("span", { class: "modality", title: "how the text presents this event" }, ev.modality) : null),
        actorsCell(ev.actor1, ev.actor2),
        loc ? el("td", {}, loc.name_ar ? el("span", { class: "ar", dir: "rtl", lang: "ar" }, loc.name_ar) : null,
          el("span", { class: "sub", dir: "auto" }, [loc.name, loc.country].filter(Boolean).join(", ")))
          : el("td", {}, el("span", { class: "none" }, "not located")),
        el("td", { class: "num" }, ev.fatalities === null || ev.fatalities === undefined ? "—" : fmt(ev.fatalities)));
      tr.addEventListener("click", () => openArticle(ev.article_id, ev.id));
      tr.addEventListener("keydown", (e) => { if (e.key === "Enter") openArticle(ev.article_id, ev.id); });
      tbody.append(tr);
    }
    $("prev").disabled = state.offset === 0;
    $("next").disabled = state.offset + PAGE >= page.total;
    $("page-info").textContent = page.total ? `${fmt(state.offset + 1)}–${fmt(Math.min(state.offset + PAGE, page.total))} of ${fmt(page.total)}` : "";
  }

  /* ---------- map: equirectangular projection drawn as SVG ---------- */
  function project(lon, lat) {
    const v = state.view;
    return [MAP_W / 2 + (lon - v.lon) * v.k * v.s, MAP_H / 2 - (lat - v.lat) * v.s];
  }
  function unproject(x, y) {
    const v = state.view;
    return [v.lon + (x - MAP_W / 2) / (v.k * v.s), v.lat - (y - MAP_H / 2) / v.s];
  }
  function fitMap() {
    let pts = state.features.map((f) => f.geometry.coordinates);
    if (!pts.length) pts = state.capitals.map((c) => [c.lon, c.lat]);
    if (!pts.length) pts = [[35, 33]];
    // Fit the bulk of the events: with many points, the 2% most outlying on each side (often
    // misplaced by the geocoder) would otherwise shrink the region of interest to a dot.
    // The map note counts what falls outside the view; ⤢ / zoom out reaches them.
    const trim = pts.length >= 20 ? Math.floor(pts.length * 0.02) : 0;
    const lons = pts.map((p) => p[0]).sort((a, b) => a - b), lats = pts.map((p) => p[1]).sort((a, b) => a - b);
    const x0 = lons[trim], x1 = lons[lons.length - 1 - trim], y0 = lats[trim], y1 = lats[lats.length - 1 - trim];
    const lat = (y0 + y1) / 2, lon = (x0 + x1) / 2;
    const k = Math.cos(lat * Math.PI / 180);          // standard parallel through the centre
    const dLon = Math.max(x1 - x0, 3), dLat = Math.max(y1 - y0, 2);
    const s = 0.8 * Math.min(MAP_W / (dLon * k), MAP_H / dLat);
    state.view = { lon, lat, k, s };
  }
  function gratStep(spanDeg) {
    for (const step of [0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30]) if (spanDeg / step <= 8) return step;
    return 30;
  }
  const degLabel = (v, pos, neg, step) => `${Math.abs(v).toFixed(step < 1 ? (step < 0.5 ? 2 : 1) : 0)}°${v >= 0 ? pos : neg}`;
  function renderMap() {
    const map = $("map"); clear(map);
    map.setAttribute("viewBox", `0 0 ${MAP_W} ${MAP_H}`);
    const [lonW, latN] = unproject(0, 0), [lonE, latS] = unproject(MAP_W, MAP_H);
    const g = svg("g", { class: "graticule-layer" });
    const stepLat = gratStep(latN - latS), stepLon = gratStep(lonE - lonW);
    for (let lat = Math.ceil(latS / stepLat) * stepLat; lat <= latN; lat += stepLat) {
      const [, y] = project(0, lat);
      g.append(svg("line", { class: "graticule", x1: 0, x2: MAP_W, y1: y, y2: y }));
      g.append(svg("text", { class: "grat-label", x: 4, y: y - 3 }, degLabel(lat, "N", "S", stepLat)));
    }
    for (let lon = Math.ceil(lonW / stepLon) * stepLon; lon <= lonE; lon += stepLon) {
      const [x] = project(lon, 0);
      g.append(svg("line", { class: "graticule", x1: x, x2: x, y1: 0, y2: MAP_H }));
      g.append(svg("text", { class: "grat-label", x: x + 3, y: MAP_H - 4 }, degLabel(lon, "E", "W", stepLon)));
    }
    map.append(g);
    const caps = svg("g", { class: "capitals" });
    const placed = [];                                 // label boxes, to skip overlapping ones
    for (const c of state.capitals) {
      const [x, y] = project(c.lon, c.lat);
      if (x < -20 || x > MAP_W + 20 || y < -20 || y > MAP_H + 20) continue;
      caps.append(svg("rect", { class: "capital", x: x - 3, y: y - 3, width: 6, height: 6 }, svg("title", {}, `${c.name} (capital)`)));
      const box = [x + 5, y - 7, x + 7 + c.name.length * 6, y + 6];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      caps.append(svg("text", { class: "capital-label", x: x + 6, y: y + 4 }, c.name));
    }
    map.append(caps);
    const layer = svg("g", { class: "markers" });
    const feats = [...state.features].sort((a, b) => (b.properties.fatalities || 0) - (a.properties.fatalities || 0));
    for (const f of feats) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const [x, y] = project(lon, lat);
      const r = 5 + Math.min(9, Math.sqrt(p.fatalities || 0) * 1.6);
      const tip = [p.date || "undated", `${p.event_type}: ${p.sub_event_type}`,
        [p.location_ar, p.location_name].filter(Boolean).join(" · "),
        p.fatalities === null || p.fatalities === undefined ? "deaths not reported" : `${p.fatalities} deaths`].join("\n");
      const c = svg("circle", { class: `marker ${typeClass(p.event_type)}${p.id === state.selected ? " sel" : ""}`,
        cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), "data-id": p.id, "data-article": p.article_id, tabindex: 0 },
        svg("title", {}, tip));
      c.addEventListener("click", (e) => { if (!state.dragged) openArticle(p.article_id, p.id); e.stopPropagation(); });
      c.addEventListener("keydown", (e) => { if (e.key === "Enter") openArticle(p.article_id, p.id); });
      layer.append(c);
    }
    map.append(layer);
    const outside = feats.filter((f) => { const [x, y] = project(...f.geometry.coordinates); return x < 0 || x > MAP_W || y < 0 || y > MAP_H; }).length;
    $("map-note").textContent = state.mapNote + (outside ? ` · ${fmt(outside)} outside this view` : "");
    if (!feats.length) {
      map.append(svg("rect", { class: "map-empty-bg", x: MAP_W / 2 - 150, y: MAP_H / 2 - 22, width: 300, height: 34, rx: 4 }));
      map.append(svg("text", { class: "map-empty", x: MAP_W / 2, y: MAP_H / 2, "text-anchor": "middle" }, "No located events for these filters"));
    }
  }
  function zoom(factor, x, y) {
    const [lon, lat] = unproject(x, y);
    const v = state.view;
    v.s = Math.min(4000, Math.max(2, v.s * factor));
    v.lon = lon - (x - MAP_W / 2) / (v.k * v.s);
    v.lat = Math.max(-85, Math.min(85, lat + (y - MAP_H / 2) / v.s));
    renderMap();
  }
  function svgPoint(e) {
    const r = $("map").getBoundingClientRect();
    const scale = Math.max(MAP_W / r.width, MAP_H / r.height);  // meet: the larger ratio applies
    const ox = (r.width * scale - MAP_W) / 2, oy = (r.height * scale - MAP_H) / 2;
    return [(e.clientX - r.left) * scale - ox, (e.clientY - r.top) * scale - oy, scale];
  }
  function wireMap() {
    const map = $("map");
    map.addEventListener("wheel", (e) => { e.preventDefault(); const [x, y] = svgPoint(e); zoom(e.deltaY < 0 ? 1.25 : 0.8, x, y); }, { passive: false });
    let drag = null;
    map.addEventListener("pointerdown", (e) => { drag = { x: e.clientX, y: e.clientY, lon: state.view.lon, lat: state.view.lat }; state.dragged = false; });
    window.addEventListener("pointermove", (e) => {
      if (!drag) return;
      const [, , scale] = svgPoint(e);
      const dx = (e.clientX - drag.x) * scale, dy = (e.clientY - drag.y) * scale;
      if (Math.abs(dx) + Math.abs(dy) > 4) { state.dragged = true; map.classList.add("dragging"); }
      if (!state.dragged) return;
      state.view.lon = drag.lon - dx / (state.view.k * state.view.s);
      state.view.lat = Math.max(-85, Math.min(85, drag.lat + dy / state.view.s));
      renderMap();
    });
    window.addEventListener("pointerup", () => { drag = null; map.classList.remove("dragging"); setTimeout(() => { state.dragged = false; }, 0); });
    $("zoom-in").addEventListener("click", () => zoom(1.5, MAP_W / 2, MAP_H / 2));
    $("zoom-out").addEventListener("click", () => zoom(1 / 1.5, MAP_W / 2, MAP_H / 2));
    $("zoom-fit").addEventListener("click", () => { fitMap(); renderMap(); });
  }

  /* ---------- timeline ---------- */
  function addDays(iso, n) { const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
  function lastOfMonth(ym) { const [y, m] = ym.split("-").map(Number); return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); }
  function renderTimeline(stats) {
    const tl = $("timeline"); clear(tl);
    const TL_W = Math.round(tl.getBoundingClientRect().width) || 800;   // 1 unit = 1 px: text not stretched
    tl.setAttribute("viewBox", `0 0 ${TL_W} ${TL_H}`);
    const days = Object.keys(stats.by_day);
    if (!days.length) {
      $("tl-note").textContent = "";
      tl.append(svg("text", { class: "tl-label", x: TL_W / 2, y: TL_H / 2, "text-anchor": "middle" }, "No dated events"));
      return;
    }
    const first = days[0], last = days[days.length - 1];
    const spanDays = Math.round((Date.parse(last) - Date.parse(first)) / 86400000) + 1;
    const monthly = spanDays > 120;
    const bins = new Map();                             // key -> {type: n}
    const keyOf = (d) => monthly ? d.slice(0, 7) : d;
    if (monthly) {
      for (let m = first.slice(0, 7); m <= last.slice(0, 7); m = addDays(lastOfMonth(m), 1).slice(0, 7)) bins.set(m, {});
    } else {
      for (let d = first; d <= last; d = addDays(d, 1)) bins.set(d, {});
    }
    const perType = stats.by_day_type || {};
    for (const [d, n] of Object.entries(stats.by_day)) {
      const bin = bins.get(keyOf(d));
      for (const [t, k] of Object.entries(perType[d] || { "": n })) bin[t] = (bin[t] || 0) + k;
    }
    $("tl-note").textContent = `${monthly ? "per month" : "per day"}, ${first} to ${last}, coloured by event type`;
    const entries = [...bins.entries()].map(([key, types]) => [key, types, Object.values(types).reduce((x, y) => x + y, 0)]);
    const max = Math.max(...entries.map(([, , n]) => n));
    const top = 14, bottom = TL_H - 18, bw = TL_W / entries.length;
    const order = [...TYPES.map(([t]) => t)];
    tl.append(svg("line", { class: "axis", x1: 0, x2: TL_W, y1: bottom, y2: bottom }));
    entries.forEach(([key, types, n], i) => {
      const since = monthly ? key + "-01" : key, until = monthly ? lastOfMonth(key) : key;
      const x = i * bw + bw * 0.1, w = Math.max(1, bw * 0.8);
      let y = bottom;
      const names = [...order.filter((t) => types[t]), ...Object.keys(types).filter((t) => !order.includes(t))];
      for (const t of names) {                           // stacked segments, bottom up
        const h = (bottom - top) * types[t] / max;
        y -= h;
        tl.append(svg("rect", { class: `seg ${typeClass(t)}`, x: x.toFixed(2), y: y.toFixed(2), width: w.toFixed(2), height: Math.max(h, 0.5).toFixed(2) }));
      }
      const tip = [`${key}: ${n} event${n === 1 ? "" : "s"}`, ...names.map((t) => `${t || "other"}: ${types[t]}`)].join("\n");
      const hit = svg("rect", { class: "bar", x: (i * bw).toFixed(2), y: top, width: Math.max(1, bw).toFixed(2), height: bottom - top,
        "data-key": key, "data-n": n }, svg("title", {}, tip));
      hit.addEventListener("click", () => { $("f-since").value = since; $("f-until").value = until; refresh(); });
      tl.append(hit);
    });
    tl.append(svg("text", { class: "tl-label", x: 2, y: 11 }, `max ${fmt(max)}`));
    tl.append(svg("text", { class: "tl-label", x: 2, y: TL_H - 4 }, entries[0][0]));
    tl.append(svg("text", { class: "tl-label", x: TL_W - 2, y: TL_H - 4, "text-anchor": "end" }, entries[entries.length - 1][0]));
  }

  /* ---------- article view ---------- */
  function setHash(articleId, eventId) {
    history.replaceState(null, "", `#article=${encodeURIComponent(articleId)}${eventId ? "&event=" + encodeURIComponent(eventId) : ""}`);
  }
  async function openArticle(articleId, eventId) {
    state.selected = eventId;
    document.querySelectorAll(".sel").forEach((n) => n.classList.remove("sel"));
    document.querySelectorAll(`[data-id="${CSS.escape(eventId || "")}"]`).forEach((n) => n.classList.add("sel"));
    try {
      const a = await api(`/api/articles/${encodeURIComponent(articleId)}`);
      state.article = a;
      renderArticle(a, eventId || (a.events[0] && a.events[0].id));
      const dlg = $("article");
      if (!dlg.open) dlg.showModal();
      setHash(articleId, eventId);
      const cur = $("art-text").querySelector("mark.current");
      if (cur) cur.scrollIntoView({ block: "center" });
      const li = $("art-events").querySelector("li.current");
      if (li) li.scrollIntoView({ block: "nearest" });
    } catch (err) {
      status(`Could not open article ${articleId}: ${err.message}`, true);
    }
  }
  function renderArticle(a, currentId) {
    state.current = currentId;
    if ($("article").open && !a.transient) setHash(a.id, currentId);
    $("art-title").textContent = a.title || (a.transient ? "Pasted text (not stored)" : a.id);
    const meta = $("art-meta"); clear(meta);
    const parts = [a.source, a.published ? `published ${a.published}` : null, `${a.events.length} event${a.events.length === 1 ? "" : "s"}`, a.transient ? null : `id ${a.id}`].filter(Boolean);
    meta.append(parts.join(" · "));
    const href = safeUrl(a.url);
    if (href) { meta.append(" · "); meta.append(el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")); }
    if (a.error) meta.append(el("span", { class: "none" }, ` · not processed: ${a.error}`));
    renderEventList(a, currentId);
    renderFraming(a.framing);
    highlight($("art-text"), a.text, a.events, currentId);
  }
  function renderEventList(a, currentId) {
    const ol = $("art-events"); clear(ol);
    if (!a.events.length) ol.append(el("li", { class: "none" }, "No events were read from this article."));
    for (const ev of a.events) {
      const loc = ev.location;
      const li = el("li", { class: `${typeClass(ev.event_type)}${ev.id === currentId ? " current" : ""}`, "data-id": ev.id, tabindex: 0 },
        el("span", { class: "chip" }, ev.event_type), " ", ev.sub_event_type,
        el("span", { class: "line" }, [ev.date || "undated", loc ? [loc.name_ar || loc.name, loc.country].filter(Boolean).join(", ") : "not located",
          ev.fatalities === null || ev.fatalities === undefined ? null : `${ev.fatalities} deaths`].filter(Boolean).join(" · ")),
        el("span", { class: "line", dir: "auto" }, [ev.actor1 && ev.actor1.name, ev.actor2 && ev.actor2.name].filter(Boolean).join(" → ")),
        ev.modality && ev.modality !== "asserted" ? el("span", { class: "modality" }, ev.modality) : null,
        ev.notes ? el("span", { class: "line notes", dir: "auto" }, ev.notes) : null);
      const pick = () => { renderArticle(a, ev.id); const m = $("art-text").querySelector("mark.current"); if (m) m.scrollIntoView({ block: "center" }); };
      li.addEventListener("click", pick);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
      ol.append(li);
    }
  }
  function validSpan(sp, n) {
    return sp && Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.end <= n && sp.start < sp.end;
  }
  /* Split the text at every evidence and trigger boundary; each piece is a text node, or a
     <mark> naming the events that cover it. Pieces are flat (no nesting), so overlapping
     evidence of two events is still exact. */
  function highlight(container, text, events, currentId) {
    clear(container);
    const cps = Array.from(text || "");
    const n = cps.length;
    const spans = events.filter((e) => validSpan(e.evidence, n));
    const cur = events.find((e) => e.id === currentId);
    const trig = cur && validSpan(cur.trigger, n) ? cur.trigger : null;
    const cuts = new Set([0, n]);
    for (const e of spans) { cuts.add(e.evidence.start); cuts.add(e.evidence.end); }
    if (trig) { cuts.add(trig.start); cuts.add(trig.end); }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = cps.slice(a, b).join("");
      const covering = spans.filter((e) => e.evidence.start <= a && b <= e.evidence.end);
      if (!covering.length) { container.append(piece); continue; }
      const isCur = covering.some((e) => e.id === currentId);
      const isTrig = trig && trig.start <= a && b <= trig.end;
      const mark = el("mark", { class: ["evidence", isCur ? "current" : null, isTrig ? "trigger" : null].filter(Boolean).join(" "),
        "data-events": covering.map((e) => e.id).join(" "),
        title: covering.map((e) => `${e.sub_event_type}${e.date ? " · " + e.date : ""}`).join("\n") }, piece);
      if (!isCur) mark.addEventListener("click", () => renderArticle(state.article, covering[0].id));
      container.append(mark);
    }
  }
  function renderFraming(framing) {
    const box = $("framing"); clear(box);
    if (!framing || (!Object.keys(framing.actors || {}).length && !Object.keys(framing.labels || {}).length)) {
      box.append(el("p", { class: "none" }, "No framing recorded for this article."));
      return;
    }
    const actors = Object.entries(framing.actors || {}).sort((x, y) => total(y[1].forms) - total(x[1].forms));
    for (const [name, info] of actors) {
      const forms = el("span", { class: "forms" });
      for (const [form, count] of Object.entries(info.forms || {})) forms.append(el("span", { class: "form", dir: "rtl", lang: "ar" }, count > 1 ? `${form} ×${count}` : form));
      const labels = (info.labels || []).map((l) => el("span", { class: labelClass(l) }, l.replace(/_/g, " ")));
      box.append(el("div", { class: "actor" }, el("span", { class: "name", dir: "auto" }, name), forms, ...labels));
    }
    const words = Object.entries(framing.labels || {});
    if (words.length) {
      const p = el("div", { class: "actor" }, el("span", { class: "name" }, "Loaded words in the article"));
      for (const [l, n] of words) p.append(el("span", { class: labelClass(l) }, `${l.replace(/_/g, " ")} ×${n}`));
      box.append(p);
    }
  }
  const total = (forms) => Object.values(forms || {}).reduce((s, n) => s + n, 0);
  const labelClass = (l) => /neutral/.test(l) ? "label" : "label loaded";
  function wireAnalyse() {
    const dlg = $("analyse"), form = $("analyse-form");
    $("analyse-open").addEventListener("click", () => { $("an-status").textContent = ""; dlg.showModal(); $("an-text").focus(); });
    $("an-close").addEventListener("click", () => dlg.close());
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = { text: $("an-text").value };
      if ($("an-published").value) body.published = $("an-published").value;
      if ($("an-title-in").value.trim()) body.title = $("an-title-in").value.trim();
      $("an-submit").disabled = true;
      $("an-status").classList.remove("error");
      $("an-status").textContent = "Reading the text… (the first time loads rasd's models)";
      try {
        const a = await api("/api/extract", null, body);
        state.article = a;
        dlg.close();
        renderArticle(a, a.events[0] && a.events[0].id);
        $("article").showModal();
        const cur = $("art-text").querySelector("mark.current");
        if (cur) cur.scrollIntoView({ block: "center" });
      } catch (err) {
        $("an-status").textContent = `Could not analyse the text: ${err.message}`;
        $("an-status").classList.add("error");
      } finally {
        $("an-submit").disabled = false;
      }
    });
  }
  function wireArticle() {
    const dlg = $("article");
    $("art-close").addEventListener("click", () => dlg.close());
    dlg.addEventListener("click", (e) => { if (e.target === dlg) dlg.close(); });
    dlg.addEventListener("close", () => { if (location.hash) history.replaceState(null, "", location.pathname + location.search); });
  }

  /* ---------- start ---------- */
  async function start() {
    wireFilters(); wireMap(); wireArticle(); wireAnalyse();
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { if (state.stats) renderTimeline(state.stats); }, 150);
    });
    try {
      const [stats, caps, health] = await Promise.all([api("/api/stats"), api("/api/places/capitals"), api("/api/health")]);
      state.capitals = caps;
      $("analyse-open").hidden = !health.extract;
      fillFilterOptions(stats, caps);
    } catch (err) {
      status(`Could not reach the API: ${err.message}`, true);
    }
    restoreFilters(new URLSearchParams(location.search));
    await refresh();
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get("article")) openArticle(h.get("article"), h.get("event"));
    document.body.dataset.ready = "1";
  }
  document.addEventListener("DOMContentLoaded", start);
})();
