// jixiao serve: the panel beside the form. The score (total, grade, the
// 一级 subtotals, every indicator with its reason) comes with each answer;
// what keeps the package from being final comes from the gate
// (/api/gate: the same report `jixiao check` prints), fetched once typing
// pauses, since it renders every document.
"use strict";

let gate = null;       // the last GateView
let gateTimer = null;
let gateAsked = -1;    // the revision whose gate was last asked for

// scheduleGate asks for the gate of the current revision once the page
// has no edit waiting.
function scheduleGate() {
  clearTimeout(gateTimer);
  if (!state || !state.file || !state.result || !state.result.score) {
    gate = null;
    return;
  }
  if (gate && gate.rev === state.rev) return;
  gateTimer = setTimeout(fetchGate, 300);
}

async function fetchGate() {
  if (queue.length || sending || timers.size) { scheduleGate(); return; }
  const rev = state.rev;
  if (gateAsked === rev) return;
  gateAsked = rev;
  try {
    const g = await api("GET", "/api/gate?rev=" + rev);
    if (state.rev !== rev) return;
    gate = g;
    panelGate();
    messages();
  } catch (e) {
    if (state.rev === rev) gateAsked = -1;
    if (e.status !== 409 && e.status !== 422) status(e.message);
  }
}

// incompleteText says, next to an incomplete total, how many points are
// still to be scored: the total is not the unit's score yet.
function incompleteText(s) {
  return s.pending && s.pending !== "0" ? "尚不完整，另有" + s.pending + "分待评" : "尚不完整";
}

function panel() {
  const p = $("#panel");
  p.replaceChildren();
  const r = state.result;
  if (!state.file || !r) { p.append(el("p", { class: "subtle" }, "打开事实文件后，这里显示总分、等级和还缺什么。")); return; }
  const s = r.score;
  if (s) {
    p.append(el("div", { class: "total" }, el("span", { class: "subtle" }, "总分"),
      el("span", { class: "num", id: "total" }, s.total),
      el("span", { class: "grade" + (s.complete ? "" : " pending"), id: "grade" }, s.complete ? "等级：" + s.grade : "等级：待评"),
      s.complete ? null : el("span", { class: "incomplete", id: "incomplete" }, incompleteText(s))));
    p.append(el("div", { id: "gate-line" }), el("p", { class: "subtle", id: "score-line" }));
    p.append(el("table", { class: "groups", id: "groups" },
      el("tr", {}, el("th", {}, "一级指标"), el("th", {}, "分值"), el("th", {}, "得分"), el("th", {}, "待评")),
      s.groups.map((g) => el("tr", {}, el("td", {}, g.name), el("td", {}, g.points), el("td", {}, g.score), el("td", {}, g.pending === "0" ? "" : g.pending)))));
    p.append(el("div", { id: "gate" }));
  } else {
    p.append(el("p", { class: "error-text" }, "事实文件有错误，改正后显示得分和还缺什么。"));
  }
  if (r.errors.length) {
    p.append(el("h3", {}, "文件中的错误（" + r.errors.length + "）"));
    p.append(diagList(r.errors, "errors"));
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
  panelGate();
}

// panelGate shows the gate: the draft line (or that the package is
// complete) under the total, and the lists of what is missing. A gate of
// an earlier revision is shown dimmed until the new one comes.
function panelGate() {
  const line = $("#gate-line");
  const box = $("#gate");
  if (!line || !box) return;
  line.replaceChildren();
  box.replaceChildren();
  if (!gate) {
    line.append(el("p", { class: "gate-line wait" }, "正在核对材料中的【待补】…"));
    return;
  }
  const stale = gate.rev !== state.rev;
  line.append(el("p", { class: "gate-line " + (gate.ready ? "ready" : "draft") + (stale ? " stale" : ""), id: "draft-line" },
    stale ? gate.line + "（正在重新核对…）" : gate.line));
  $("#score-line").textContent = stale ? "" : gate.score;
  box.classList.toggle("stale", stale);
  if (gate.problems && gate.problems.length) {
    box.append(el("h3", {}, "模板有错误"), diagList(gate.problems, "problems"));
    return;
  }
  if (gate.ready) return;
  box.append(el("h3", {}, "离可上报的材料还差"));
  if (gate.errors.length) {
    box.append(el("p", { class: "small-line" }, el("span", { class: "e" }, "数据错误 " + gate.errors.length + " 个"),
      "（见下面的“数据检查”，改正后再生成）"));
  }
  box.append(missingEl(gate.missing), pendingEl(gate.pending, gate.pendingPoints), placeholdersEl(gate));
}

// missingEl lists the missing facts: where each is on the forms (a link to
// its field) and the line of the facts file where it goes.
function missingEl(list) {
  if (!list.length) return null;
  return el("details", { open: list.length <= 12 ? true : undefined },
    el("summary", {}, "缺少的事实（" + list.length + " 项）"),
    el("ul", { class: "plain", id: "missing" }, list.map((m) => el("li", { "data-path": m.path ? key(m.path) : undefined },
      link(m.where, m.path, "转到这一项"), " ",
      el("span", { class: "subtle", title: "在事实文件中：" + m.hint }, "（文件第 " + m.line + " 行）")))));
}

// pendingEl lists the 待评 indicators with the gate's reasons.
function pendingEl(list, points) {
  if (!list.length) return null;
  return el("details", { open: true },
    el("summary", {}, "待评的指标（" + list.length + " 项，共 " + points + " 分）"),
    el("ul", { class: "plain", id: "pending" }, list.map((p) => el("li", {},
      link(p.name, p.path, "转到要填写的地方"),
      "（" + p.points + " 分" + (p.waits !== p.points ? "，其中 " + p.waits + " 分待评" : "") + "）：",
      el("span", { class: "why" }, p.reasons.join("；"))))));
}

// placeholdersEl lists the 【待补】 of each document.
function placeholdersEl(g) {
  if (!g.placeholders) return null;
  return el("details", {},
    el("summary", {}, "文档中的【待补】（" + g.placeholders + " 处）"),
    el("ul", { class: "plain", id: "placeholders" }, g.documents.filter((d) => d.count).map((d) => el("li", {},
      el("b", {}, d.name), "：" + d.count + " 处（" + itemsText(d.items) + "）"))));
}

// itemsText names the first few things the placeholders ask for.
function itemsText(items) {
  const max = 8;
  return items.length > max ? items.slice(0, max).join("、") + " 等 " + items.length + " 项" : items.join("、");
}

function diagList(list, id) {
  return el("ul", { class: "plain", id }, list.map((d) => el("li", {},
    el("span", { class: d.severity === "错误" ? "e" : "w" }, d.severity), " ",
    link(d.msg, d.path), d.where ? el("span", { class: "subtle" }, "（" + d.where + "）") : null)));
}
