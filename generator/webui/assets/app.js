// jixiao serve: the page. Plain JavaScript, no libraries, in five files:
// app.js (state and edits), form.js (the form), panel.js (score and gate),
// files.js (open, new, save, build, preview), bureau.js (the finance
// bureau's batch of many units). The form is built from
// /api/form (the facts schema); every change is sent to /api/edit, which
// patches the facts file and answers with the new evaluation; the gate
// (/api/gate) follows once typing pauses.
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
  if (body instanceof FormData) {
    opts.body = body; // the browser sets multipart/form-data with its boundary
  } else if (body !== undefined) {
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
        const url = "/api/" + q.kind;
        const body = { rev: state.rev, path: q.path };
        if (q.kind === "edit") body.value = q.value;
        if (q.kind === "none") body.none = q.none;
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
        if (e.status === 409 || q.kind !== "edit") alert(e.message);
        else { editErrors.set(q.k, { path: q.path, msg: e.message }); messages(); }
        if (q.kind === "none") buildForm();
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
  scheduleGate();
}

function fileInfo() {
  const box = $("#file-info");
  box.replaceChildren();
  const f = state.file;
  $("#btn-save").disabled = !f;
  $("#btn-build").disabled = !f;
  $("#btn-preview").disabled = !f;
  if (!f) { box.textContent = "还没有打开事实文件"; return; }
  box.append(el("span", { title: f.path }, f.name));
  if (!f.saved) box.append(el("span", { class: "unsaved" }, f.new ? "（新文件，尚未保存）" : "（有未保存的修改）"));
}

// metrics fills in what the fields show of the evaluation: each metric's
// computation, each indicator's and sub-item's current score, and each
// 分值分配 group's sum.
function metrics() {
  const m = (state.result && state.result.metrics) || {};
  for (const span of document.querySelectorAll("[data-metric]")) {
    const v = m[span.dataset.metric];
    span.textContent = !v ? "（待算）" : v.value ? v.calc : v.why;
  }
  const list = (state.result && state.result.score && state.result.score.indicators) || [];
  const inds = new Map(list.map((i) => [i.name, i]));
  for (const span of document.querySelectorAll("[data-indicator]")) {
    const i = inds.get(span.dataset.indicator);
    span.textContent = !i ? "" : i.status === "待评" ? "当前：待评" : "当前得分 " + i.score + " / " + i.points + " 分";
  }
  for (const span of document.querySelectorAll("[data-part]")) {
    const [ind, part] = JSON.parse(span.dataset.part);
    const p = ((inds.get(ind) || {}).parts || []).find((x) => x.name === part);
    span.textContent = !p ? "" : p.status === "待评" ? "待评" : "计 " + p.score + " 分";
  }
  for (const span of document.querySelectorAll("[data-alloc]")) {
    const members = JSON.parse(span.dataset.alloc).map((n) => inds.get(n)).filter(Boolean);
    const sum = members.reduce((a, i) => a + Math.round(Number(i.points) * 100), 0) / 100;
    const want = Number(span.dataset.allocPoints);
    span.textContent = members.map((i) => i.name + " " + i.points).join(" + ") + " = " + sum + " 分" +
      (sum === want ? "" : "（与 " + want + " 分不符，请调整）");
    span.className = sum === want ? "" : "w";
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

// messages puts every message of `check` beside its field, marks the
// facts the gate finds missing, and counts both in the table of contents.
function messages() {
  for (const m of document.querySelectorAll(".msg")) m.replaceChildren();
  for (const b of document.querySelectorAll(".bad,.warn,.need")) b.classList.remove("bad", "warn", "need");
  for (const c of document.querySelectorAll("#nav .count, #nav .need-count")) c.textContent = "";
  markMissing();
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
    if (a) { a.textContent = n; a.title = n + " 个错误"; }
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

// markMissing marks the fields of the facts the gate finds missing and
// counts them per section.
function markMissing() {
  if (!gate || !state || gate.rev !== state.rev) return;
  const counts = new Map();
  for (const m of gate.missing || []) {
    if (!m.path) continue;
    const input = document.querySelector('[data-path="' + CSS.escape(key(m.path)) + '"]:is(input,textarea,select)');
    if (input) input.classList.add("need");
    counts.set(m.path[0], (counts.get(m.path[0]) || 0) + 1);
  }
  for (const [sec, n] of counts) {
    const a = document.querySelector('#nav a[data-sec="' + CSS.escape(sec) + '"] .need-count');
    if (a) { a.textContent = n; a.title = n + " 项待补"; }
  }
}

function init() {
  initFiles();
  initBureau();
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
