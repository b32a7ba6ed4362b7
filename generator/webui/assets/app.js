// jixiao serve: the page. Plain JavaScript, no libraries. The form is built
// from /api/form (the facts schema); every change is sent to /api/edit,
// which patches the facts file and answers with the new evaluation.
"use strict";

const $ = (sel) => document.querySelector(sel);
let form = null;      // the form description (Form)
let state = null;     // the last state (State)
let shape = "";       // list lengths and narrative forms the form was built for
const timers = new Map();   // debounced edits by path key: {id, path}
const pendingValues = new Map(); // values typed but not yet in an answer, by path key
const localRows = new Map(); // rows added on the page, not yet in the file: list key → {path, want, len, blank}
const editErrors = new Map(); // edits the file refused, by path key
const queue = [];           // edits waiting to be sent, in order
let sending = false;

// el builds an element; strings become text (never HTML).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(typeof kid === "string" ? document.createTextNode(kid) : kid);
  }
  return e;
}

const key = (path) => path.join(".");

async function api(method, url, body, raw) {
  const opts = { method, headers: {} };
  if (body !== undefined) {
    if (raw) {
      opts.body = body;
      opts.headers["Content-Type"] = "application/octet-stream";
    } else {
      opts.body = JSON.stringify(body);
      opts.headers["Content-Type"] = "application/json";
    }
  }
  const res = await fetch(url, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { data = { error: "服务没有响应（jixiao 是否已关闭？）" }; }
  if (!res.ok) {
    const err = new Error(data && data.error || ("出错了：" + res.status));
    err.status = res.status;
    throw err;
  }
  return data;
}

function status(text) { $("#status").textContent = text; }

// ---- values ----

function valueAt(path) {
  let v = state && state.values;
  for (const seg of path) {
    if (v === null || v === undefined || typeof v !== "object") return undefined;
    v = v[seg];
  }
  return v;
}

function shapeOf(v) {
  if (Array.isArray(v)) return "[" + v.map(shapeOf).join(",") + "]";
  if (v && typeof v === "object") return "{" + Object.keys(v).sort().map((k) => k + ":" + shapeOf(v[k])).join(",") + "}";
  return "";
}

// ---- the form ----

function buildForm() {
  const active = document.activeElement;
  const focus = active && active.id && active.id.startsWith("in-") ?
    { id: active.id, start: active.selectionStart, end: active.selectionEnd } : null;
  buildFormNow();
  const again = focus && document.getElementById(focus.id);
  if (again) {
    again.focus({ preventScroll: true });
    try { again.setSelectionRange(focus.start, focus.end); } catch (e) { /* selects have no range */ }
  }
}

function buildFormNow() {
  const main = $("#form");
  const nav = $("#nav");
  main.replaceChildren();
  nav.replaceChildren();
  if (!state || !state.file) {
    main.append(el("p", { class: "desc" }, "请先新建或打开一个事实文件。"));
    return;
  }
  if (state.values === null && state.result.errors.length) {
    main.append(el("p", { class: "error-text" },
      "这个文件有格式错误，无法在表格中显示。请在记事本等文本编辑器中按右边的提示改正，保存后重新打开。"));
    return;
  }
  for (const g of form.groups) {
    nav.append(el("h4", {}, g.title));
    main.append(el("h2", { class: "group" }, g.title));
    for (const sec of g.sections) {
      const id = "sec-" + sec.key;
      nav.append(el("a", { href: "#" + id, "data-sec": sec.key }, sec.key, el("span", { class: "count" })));
      const basic = sec.key === g.title;
      const s = el("section", { class: "sec", id, "data-path": basic ? undefined : sec.key },
        basic ? null : el("h3", {}, sec.key), sec.desc ? el("p", { class: "desc" }, sec.desc) : null);
      if (basic) {
        for (const f of sec.fields) s.append(fieldEl(f, [f.key]));
      } else {
        s.append(...bodyOf(sec, [sec.key]));
      }
      s.append(el("div", { class: "msg" }));
      main.append(s);
    }
  }
  shape = shapeOf(state.values);
}

// bodyOf renders what is inside an object, list or text field.
function bodyOf(f, path) {
  if (f.kind === "object") return [objectEl(f, path)];
  if (f.kind === "list") return [listEl(f, path)];
  if (f.kind === "narrative") return [narrativeEl(f, path)];
  return [fieldEl(f, path, true)];
}

function objectEl(f, path) {
  const box = el("div", { class: "obj" });
  if (f.rubric) box.append(quoteEl(f.rubric));
  if (f.layout === "periods") {
    box.append(periodsTable([f], path.slice(0, -1)));
    return box;
  }
  let run = [];
  const flush = () => {
    if (run.length) box.append(periodsTable(run, path));
    run = [];
  };
  for (const c of f.fields) {
    if (c.layout === "periods") { run.push(c); continue; }
    flush();
    const p = path.concat(c.key);
    if (c.kind === "object") {
      const fs = el("fieldset", { "data-path": key(p) }, el("legend", {}, c.key),
        c.desc ? el("p", { class: "desc" }, c.desc) : null, objectEl(c, p), el("div", { class: "msg" }));
      box.append(fs);
    } else if (c.kind === "list" || c.kind === "narrative") {
      box.append(el("div", { class: "field wide", "data-path": key(p) },
        el("label", {}, c.key), el("div", { class: "body" }, help(c), ...bodyOf(c, p), el("div", { class: "msg" }))));
    } else {
      box.append(fieldEl(c, p));
    }
  }
  flush();
  return box;
}

// periodsTable lays out amount rows (上年预算 … 本年决算) as one table,
// with each row's 说明 below it.
function periodsTable(rows, path) {
  const cols = rows[0].fields.filter((c) => c.kind === "money");
  const t = el("table", { class: "grid" },
    el("colgroup", {}, el("col", { class: "name" }), cols.map(() => el("col"))),
    el("tr", {}, el("th", {}, "项目（万元）"), cols.map((c) => el("th", {}, c.key))));
  const metrics = new Set();
  for (const r of rows) {
    const p = path.concat(r.key);
    const tr = el("tr", { "data-path": key(p) }, el("td", { class: "name", title: r.desc || "" }, r.key));
    for (const c of cols) {
      const cp = p.concat(c.key);
      (c.metrics || []).forEach((m) => metrics.add(m));
      tr.append(el("td", { "data-path": key(cp) }, inputEl(c, cp)));
    }
    t.append(tr);
    const note = r.fields.find((c) => c.key === "说明");
    if (note) {
      const np = p.concat("说明");
      const v = valueAt(np);
      const area = inputEl(note, np);
      area.placeholder = "说明（可选）：" + (note.desc || "");
      area.rows = 1;
      const d = el("details", { open: v ? true : undefined }, el("summary", { class: "subtle" }, "说明"), area);
      t.append(el("tr", {}, el("td", { colspan: cols.length + 1, "data-path": key(np) }, d)));
    }
  }
  return el("div", { class: "tablebox" }, t, usesEl([...metrics]), el("div", { class: "msg" }));
}

function listEl(f, path) {
  const items = valueAt(path);
  const list = Array.isArray(items) ? items : [];
  const box = el("div", { class: "list" });
  const add = el("button", { type: "button", class: "small", onclick: () => addItem(f, path, list.length) },
    f.layout === "lines" ? "＋ 添加一条" : "＋ 添加一行");
  if (f.layout === "rows") {
    const cols = f.elem.fields;
    const t = el("table", { class: "grid rows" },
      el("colgroup", {}, cols.map((c) => el("col", { class: c.key === "名称" ? "name" : undefined })), el("col", { class: "act" })),
      el("tr", {}, cols.map((c) => el("th", { title: c.desc || "" }, c.key, c.unit ? el("span", { class: "unit" }, "（" + c.unit + "）") : null)), el("th", {}, "")));
    list.forEach((_, i) => {
      const ip = path.concat(String(i));
      t.append(el("tr", { "data-path": key(ip) },
        cols.map((c) => el("td", { "data-path": key(ip.concat(c.key)) }, inputEl(c, ip.concat(c.key), true))),
        el("td", { class: "act" }, removeButton(ip))));
    });
    box.append(t);
  } else if (f.layout === "lines") {
    list.forEach((_, i) => {
      const ip = path.concat(String(i));
      box.append(el("div", { class: "line", "data-path": key(ip) },
        el("div", { class: "body" }, inputEl(f.elem.kind === "text" ? { ...f.elem, kind: "prose" } : f.elem, ip)), removeButton(ip)));
    });
  } else {
    list.forEach((_, i) => {
      const ip = path.concat(String(i));
      box.append(el("fieldset", { "data-path": key(ip) }, el("legend", {}, "第 " + (i + 1) + " 项 ", removeButton(ip)),
        objectEl(f.elem, ip), el("div", { class: "msg" })));
    });
  }
  if (!list.length) box.append(el("p", { class: "subtle" }, "（还没有）"));
  box.append(add);
  return box;
}

function removeButton(path) {
  return el("button", { type: "button", class: "small", title: "删除这一项", onclick: () => removeItem(path) }, "删除");
}

// narrativeEl: one text, or the titled sections the file already has.
function narrativeEl(f, path) {
  const v = valueAt(path);
  if (!Array.isArray(v)) {
    const area = inputEl({ ...f, kind: "prose" }, path);
    area.rows = 4;
    return area;
  }
  const box = el("div", { class: "sections" });
  v.forEach((s, i) => {
    const ip = path.concat(String(i));
    if (s === null || typeof s !== "object") {
      box.append(el("div", { "data-path": key(ip) }, inputEl({ key: "正文", kind: "prose" }, ip)));
      return;
    }
    box.append(el("fieldset", { "data-path": key(ip) }, el("legend", {}, "小节 " + (i + 1) + " ", removeButton(ip)),
      el("div", { class: "field" }, el("label", {}, "标题"), el("div", { class: "body", "data-path": key(ip.concat("标题")) }, inputEl({ key: "标题", kind: "text" }, ip.concat("标题")))),
      el("div", { class: "field" }, el("label", {}, "正文"), el("div", { class: "body", "data-path": key(ip.concat("正文")) }, inputEl({ key: "正文", kind: "prose" }, ip.concat("正文")))),
      el("div", { class: "msg" })));
  });
  box.append(el("button", { type: "button", class: "small", onclick: () => addItem({ layout: "sections" }, path, v.length) }, "＋ 添加小节"));
  return box;
}

// fieldEl is one labelled fact with its help, the metrics it feeds and
// its messages.
function fieldEl(f, path, wide) {
  if (f.kind === "object" || f.kind === "list" || f.kind === "narrative") {
    return el("div", { class: "field wide", "data-path": key(path) }, el("label", {}, f.key),
      el("div", { class: "body" }, help(f), ...bodyOf(f, path), el("div", { class: "msg" })));
  }
  return el("div", { class: "field" + (wide ? " wide" : ""), "data-path": key(path) },
    el("label", { for: "in-" + key(path) }, f.key, f.required ? el("span", { class: "req", title: "必填" }, " *") : null,
      f.unit ? el("span", { class: "unit" }, "（" + f.unit + "）") : null),
    el("div", { class: "body" }, inputEl(f, path), help(f), usesEl(f.metrics || []), el("div", { class: "msg" })));
}

function help(f) {
  const parts = [];
  if (f.desc) parts.push(f.desc);
  if (f.source) parts.push("来源：" + f.source);
  if (f.indicators && f.indicators.length) parts.push("用于指标：" + f.indicators.join("、"));
  return parts.length ? el("div", { class: "help" }, parts.join("；")) : null;
}

function usesEl(metrics) {
  if (!metrics.length) return null;
  return el("div", { class: "uses" }, metrics.map((m) =>
    el("div", {}, m + "：", el("span", { class: "calc", "data-metric": m }))));
}

function quoteEl(q) {
  return el("div", { class: "quote" },
    el("div", {}, el("b", {}, q.indicator + (q.part ? " · " + q.part : "")), q.points ? "（" + q.points + " 分）" : "",
      " ", el("span", { class: "now", "data-indicator": q.indicator })),
    q.criteria ? el("div", { class: "std" }, el("b", {}, "评分要点："), q.criteria) : null,
    q.standard ? el("div", { class: "std" }, el("b", {}, "评分标准："), q.standard) : null,
    q.decision ? el("div", { class: "std subtle" }, "说明：" + q.decision) : null);
}

const numberKinds = new Set(["money", "count", "decimal", "year"]);

// inputEl is the control of one scalar, filled from the file.
function inputEl(f, path, compact) {
  const v = valueAt(path);
  let text = v === null || v === undefined || typeof v === "object" ? "" : String(v);
  if (pendingValues.has(key(path))) text = pendingValues.get(key(path));
  const id = "in-" + key(path);
  let c;
  if (f.kind === "bool") {
    const opts = ["", "是", "否"];
    if (text && !opts.includes(text)) opts.push(text);
    c = el("select", { id }, opts.map((o) => el("option", { value: o }, o === "" ? "（未填）" : o)));
    c.value = text;
  } else if (f.kind === "prose") {
    c = el("textarea", { id, rows: compact ? 1 : Math.min(8, Math.max(2, text.split("\n").length)) });
    c.value = text;
  } else {
    c = el("input", { id, type: "text", inputmode: numberKinds.has(f.kind) ? "decimal" : undefined,
      placeholder: f.kind === "date" ? "2023-04-13" : (numberKinds.has(f.kind) && !compact ? "数字" : undefined) });
    c.value = text;
  }
  c.dataset.path = key(path);
  c.title = [f.key, f.desc].filter(Boolean).join("：");
  c.addEventListener("input", (ev) => { if (!ev.isComposing) schedule(path, c.value); });
  c.addEventListener("change", () => flushField(path, c.value));
  return c;
}

// ---- edits ----

function schedule(path, value) {
  const k = key(path);
  pendingValues.set(k, value);
  if (timers.has(k)) clearTimeout(timers.get(k).id);
  timers.set(k, { path, id: setTimeout(() => flushField(path, pendingValues.get(k)), 400) });
  status("正在输入…");
}

// flushField queues the edit of path now; a newer value replaces one
// still waiting in the queue.
function flushField(path, value) {
  const k = key(path);
  if (timers.has(k)) clearTimeout(timers.get(k).id);
  timers.delete(k);
  pendingValues.set(k, value);
  const waiting = queue.findIndex((q) => q.k === k);
  if (waiting >= 0) queue.splice(waiting, 1);
  queue.push({ k, kind: "edit", path, value });
  pump();
}

// flushAll sends every edit still being typed and waits for the answers.
function flushAll() {
  for (const [k, t] of [...timers]) flushField(t.path, pendingValues.get(k));
  return idle();
}

function idle() {
  return new Promise((resolve) => {
    const check = () => (queue.length || sending ? setTimeout(check, 30) : resolve());
    check();
  });
}

async function pump() {
  if (sending) return;
  sending = true;
  try {
    while (queue.length) {
      const q = queue.shift();
      status("正在计算…");
      try {
        const url = q.kind === "edit" ? "/api/edit" : "/api/remove";
        const body = q.kind === "edit" ? { rev: state.rev, path: q.path, value: q.value } : { rev: state.rev, path: q.path };
        editErrors.delete(q.k);
        const answer = await api("POST", url, body);
        if (q.kind === "edit" && pendingValues.get(q.k) === q.value && !timers.has(q.k)) pendingValues.delete(q.k);
        apply(answer);
        status(queue.length || timers.size ? "正在计算…" : "已更新");
      } catch (e) {
        if (e.status === 409) {
          queue.length = 0;
          pendingValues.clear();
          apply(await api("GET", "/api/state"), true);
        }
        status("");
        if (e.status === 409 || !q.path) alert(e.message);
        else { editErrors.set(q.k, { path: q.path, msg: e.message }); messages(); }
      }
    }
  } finally {
    sending = false;
  }
}

function addItem(f, path, index) {
  // A new row is written to the file once something is typed in it; until
  // then it lives on the page only.
  const k = key(path);
  const r = localRows.get(k) || { path, want: index, len: index, blank: f.layout === "lines" ? "" : {} };
  r.want = Math.max(r.want, index) + 1;
  localRows.set(k, r);
  padLocalRows();
  buildForm();
  refresh();
  const row = document.querySelector('[data-path="' + CSS.escape(key(path.concat(String(index)))) + '"]');
  const first = row && (row.matches("input,textarea") ? row : row.querySelector("input,textarea"));
  if (first) first.focus();
}

// padLocalRows adds the page's new rows to the lists of the last answer,
// and forgets those the file now has.
function padLocalRows() {
  for (const [k, r] of localRows) {
    const v = valueAt(r.path);
    const list = Array.isArray(v) ? v.slice() : [];
    if (list.length >= r.want) { localRows.delete(k); continue; }
    while (list.length < r.want) list.push(structuredClone(r.blank));
    setLocal(r.path, list);
  }
}

function setLocal(path, v) {
  let o = state.values;
  for (const seg of path.slice(0, -1)) {
    if (o[seg] === null || typeof o[seg] !== "object") o[seg] = {};
    o = o[seg];
  }
  o[path[path.length - 1]] = v;
}

function removeItem(path) {
  const listKey = key(path.slice(0, -1));
  const i = Number(path[path.length - 1]);
  const r = localRows.get(listKey);
  if (r && i >= r.len) {
    r.want--;
    if (r.want <= r.len) localRows.delete(listKey);
    apply(JSON.parse(JSON.stringify(stateFromServer)), true);
    return;
  }
  if (!confirm("从文件中删除这一项？")) return;
  queue.push({ k: "remove:" + key(path), kind: "remove", path });
  pump();
}

let stateFromServer = null; // the last answer as it came, without the page's new rows

function apply(st, rebuild) {
  const opened = !state || !state.file || !st.file || state.file.path !== st.file.path;
  if (opened) { localRows.clear(); editErrors.clear(); pendingValues.clear(); }
  stateFromServer = JSON.parse(JSON.stringify(st));
  state = st;
  for (const r of localRows.values()) {
    const v = valueAt(r.path);
    r.len = Array.isArray(v) ? v.length : 0;
  }
  padLocalRows();
  if (opened || rebuild || shapeOf(state.values) !== shape) buildForm();
  refresh();
}

// ---- what follows an answer ----

function refresh() {
  if (!state) return;
  fileInfo();
  panel();
  messages();
  metrics();
}

function fileInfo() {
  const box = $("#file-info");
  box.replaceChildren();
  const f = state.file;
  $("#btn-save").disabled = !f;
  $("#btn-build").disabled = !f;
  if (!f) { box.textContent = "还没有打开事实文件"; return; }
  box.append(el("span", { title: f.path }, f.name));
  if (!f.saved) box.append(el("span", { class: "unsaved" }, f.new ? "（新文件，尚未保存）" : "（有未保存的修改）"));
}

function metrics() {
  const m = (state.result && state.result.metrics) || {};
  for (const span of document.querySelectorAll("[data-metric]")) {
    const v = m[span.dataset.metric];
    span.textContent = !v ? "（待算）" : v.value ? v.calc : v.why;
  }
  const inds = new Map(((state.result && state.result.score && state.result.score.indicators) || []).map((i) => [i.name, i]));
  for (const span of document.querySelectorAll("[data-indicator]")) {
    const i = inds.get(span.dataset.indicator);
    span.textContent = !i ? "" : i.status === "待评" ? "当前：待评" : "当前得分 " + i.score + " 分";
  }
}

function go(path) {
  if (!path) return;
  let target = null;
  for (let n = path.length; n > 0 && !target; n--) {
    target = document.querySelector('[data-path="' + CSS.escape(key(path.slice(0, n))) + '"]');
  }
  if (!target) return;
  for (let d = target.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
  target.scrollIntoView({ block: "center" });
  const input = target.matches("input,textarea,select") ? target : target.querySelector("input,textarea,select");
  (input || target).classList.add("flash");
  setTimeout(() => (input || target).classList.remove("flash"), 1700);
  if (input) input.focus({ preventScroll: true });
}

function link(text, path, title) {
  if (!path) return el("span", {}, text);
  return el("a", { class: "go", onclick: () => go(path), title: title || "转到该项" }, text);
}

// shortPath names a fact by its last two keys (“聘用人员·实际”); the
// full path is its title.
function shortPath(p) {
  return p.split(".").slice(-2).join("·");
}

function messages() {
  for (const m of document.querySelectorAll(".msg")) m.replaceChildren();
  for (const b of document.querySelectorAll(".bad,.warn")) b.classList.remove("bad", "warn");
  for (const c of document.querySelectorAll("#nav .count")) c.textContent = "";
  const r = state.result;
  if (!r) return;
  const counts = new Map();
  for (const d of r.errors.concat(r.findings)) {
    if (!d.path) continue;
    placeMessage(d.path, d.severity === "错误" ? "e" : "w", d.msg);
    if (d.severity === "错误") counts.set(d.path[0], (counts.get(d.path[0]) || 0) + 1);
  }
  for (const { path, msg } of editErrors.values()) placeMessage(path, "e", "没有写入文件：" + msg);
  for (const [sec, n] of counts) {
    const a = document.querySelector('#nav a[data-sec="' + CSS.escape(sec) + '"] .count');
    if (a) a.textContent = n;
  }
}

function placeMessage(path, cls, text) {
  let target = null;
  for (let n = path.length; n > 0 && !target; n--) {
    target = document.querySelector('[data-path="' + CSS.escape(key(path.slice(0, n))) + '"]:not(input):not(textarea):not(select)');
  }
  if (!target) return;
  const input = target.querySelector("input,textarea,select");
  if (input && input.dataset.path === key(path)) input.classList.add(cls === "e" ? "bad" : "warn");
  const holder = nearestMsg(target);
  if (holder) holder.append(el("div", { class: cls }, (cls === "e" ? "错误：" : "提示：") + text));
}

function nearestMsg(node) {
  for (let n = node; n; n = n.parentElement) {
    const m = n.querySelector(":scope > .msg, :scope > .body > .msg");
    if (m) return m;
  }
  return null;
}

function panel() {
  const p = $("#panel");
  p.replaceChildren();
  const r = state.result;
  if (!state.file || !r) { p.append(el("p", { class: "subtle" }, "打开事实文件后，这里显示总分、等级和需要核实的问题。")); return; }
  const s = r.score;
  if (s) {
    p.append(el("div", { class: "total" }, el("span", { class: "subtle" }, "总分"),
      el("span", { class: "num", id: "total" }, s.total),
      el("span", { class: "grade" + (s.complete ? "" : " pending"), id: "grade" }, s.complete ? "等级：" + s.grade : "等级：待评")));
    if (!s.complete) {
      p.append(el("p", { class: "subtle" }, "已评部分得 " + s.total + " 分，另有 " + s.pending + " 分待评（最高可得 " + s.maxPossible + " 分）。"));
    }
    p.append(el("table", { class: "groups", id: "groups" },
      el("tr", {}, el("th", {}, "一级指标"), el("th", {}, "分值"), el("th", {}, "得分"), el("th", {}, "待评")),
      s.groups.map((g) => el("tr", {}, el("td", {}, g.name), el("td", {}, g.points), el("td", {}, g.score), el("td", {}, g.pending === "0" ? "" : g.pending)))));
  } else {
    p.append(el("p", { class: "error-text" }, "事实文件有错误，改正后显示得分。"));
  }
  if (r.errors.length) {
    p.append(el("h3", {}, "文件中的错误（" + r.errors.length + "）"));
    p.append(diagList(r.errors));
  }
  if (s) {
    const pend = s.indicators.filter((i) => i.status === "待评");
    p.append(el("h3", {}, "待评的指标（" + pend.length + "）"));
    if (!pend.length) p.append(el("p", { class: "subtle" }, "没有：每个指标都已评分。"));
    p.append(el("ul", { class: "plain", id: "pending" }, pend.map((i) => el("li", {},
      el("b", {}, i.name), "（" + i.points + " 分）缺少 ",
      (i.missing || []).map((m, n) => [n ? "、" : "", link(shortPath(m), m.split("."), m)])))));
  }
  p.append(el("h3", {}, "数据检查（" + r.findings.length + "）"));
  if (!r.findings.length) p.append(el("p", { class: "subtle" }, "没有发现问题。"));
  p.append(diagList(r.findings, "findings"));
  if (s) {
    p.append(el("details", {}, el("summary", {}, "各指标得分和理由"),
      s.indicators.map((i) => el("div", { class: "ind" },
        el("span", { class: "sc" }, i.status === "待评" ? "待评" : i.score + " / " + i.points),
        el("div", {}, i.group + " · " + i.name), el("div", { class: "why" }, i.reason)))));
  }
}

function diagList(list, id) {
  return el("ul", { class: "plain", id }, list.map((d) => el("li", {},
    el("span", { class: d.severity === "错误" ? "e" : "w" }, d.severity), " ",
    link(d.msg, d.path), d.where ? el("span", { class: "subtle" }, "（" + d.where + "）") : null)));
}

// ---- open, save, build ----

function showStart(show) {
  $("#start").hidden = !show;
  $("#start-error").textContent = "";
  if (!show) return;
  $("#dir").textContent = state ? state.dir : "";
  const ul = $("#files");
  ul.replaceChildren();
  for (const name of (state && state.files) || []) {
    ul.append(el("li", {}, el("button", { type: "button", onclick: () => open(() => api("POST", "/api/open", { name })) }, name)));
  }
  if (!ul.children.length) ul.append(el("li", { class: "small" }, "（文件夹中没有 .yaml 文件）"));
}

async function open(request) {
  if (state && state.file && !state.file.saved && !confirm("当前文件有未保存的修改，放弃这些修改吗？")) return;
  try {
    apply(await request(), true);
    showStart(false);
    $("#form").scrollTop = 0;
  } catch (e) {
    $("#start-error").textContent = e.message;
  }
}

async function save() {
  await flushAll();
  try {
    apply(await api("POST", "/api/save", { rev: state.rev }));
    status("已保存到 " + state.file.path);
  } catch (e) {
    status("");
    alert(e.message);
  }
}

async function buildPackage() {
  await flushAll();
  status("正在生成…");
  const body = $("#built-body");
  body.replaceChildren();
  try {
    const b = await api("POST", "/api/build", { rev: state.rev });
    status("");
    body.append(el("p", { class: b.ready ? "ready" : "draft", id: "build-state" }, b.notes[0]),
      b.notes.length > 1 ? el("ul", {}, b.notes.slice(1).map((n) => el("li", {}, n))) : null);
    if (b.problems && b.problems.length) body.append(diagList(b.problems));
    if (b.documents && b.documents.length) {
      body.append(el("p", {}, el("a", { href: "/download/" + b.rev + "/zip", download: b.zip, id: "zip-link" }, "下载全部（" + b.zip + "）")),
        el("ul", { class: "docs" }, b.documents.map((d, i) => el("li", {},
          el("a", { href: "/download/" + b.rev + "/" + i, download: d.name }, d.name),
          el("span", { class: "subtle" }, "  " + Math.max(1, Math.round(d.size / 1024)) + " KB"),
          d.pending.length ? el("div", { class: "pend" }, "还有 " + d.pending.length + " 处待补：" + d.pending.join("　")) : null))));
    }
    $("#built").hidden = false;
  } catch (e) {
    status("");
    alert(e.message);
  }
}

function init() {
  $("#btn-start").addEventListener("click", () => showStart(true));
  $("#btn-start-close").addEventListener("click", () => showStart(false));
  $("#btn-built-close").addEventListener("click", () => { $("#built").hidden = true; });
  $("#btn-save").addEventListener("click", save);
  $("#btn-build").addEventListener("click", buildPackage);
  $("#btn-new").addEventListener("click", () => open(() => api("POST", "/api/new", { unit: $("#new-unit").value, year: $("#new-year").value })));
  $("#btn-example").addEventListener("click", () => open(() => api("POST", "/api/example", {})));
  $("#upload").addEventListener("change", (ev) => {
    const file = ev.target.files[0];
    if (file) open(() => file.arrayBuffer().then((buf) => api("POST", "/api/upload?name=" + encodeURIComponent(file.name), buf, true)));
    ev.target.value = "";
  });
  document.addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "s") { ev.preventDefault(); if (state && state.file) save(); }
  });
  window.addEventListener("beforeunload", (ev) => {
    if (state && state.file && (!state.file.saved || queue.length)) ev.preventDefault();
  });
  Promise.all([api("GET", "/api/form"), api("GET", "/api/state")]).then(([f, st]) => {
    form = f;
    apply(st, true);
    if (!st.file) showStart(true);
  }).catch((e) => status(e.message));
}

init();
