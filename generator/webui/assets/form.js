// jixiao serve: the form, generated from /api/form (the facts schema).
// Every field is named as the official form prints it (label, with the
// file's years); the keys of the facts file are kept as data-path only.
"use strict";

// yrs fills in the years of a label: {本年} → 2022, {上年} → 2021.
function yrs(s) {
  const [y, last] = (state && state.years) || ["本", "上"];
  return (s || "").replaceAll("{本年}", y).replaceAll("{上年}", last);
}

const lab = (f) => yrs(f.label || f.key);

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
      nav.append(el("a", { href: "#" + id, "data-sec": sec.key }, lab(sec),
        el("span", { class: "count" }), el("span", { class: "need-count" })));
      const basic = sec.key === g.title || sec.key === "基本情况";
      const s = el("section", { class: "sec", id, "data-path": basic ? undefined : sec.key },
        basic ? null : el("h3", {}, lab(sec)), sec.desc ? el("p", { class: "desc" }, sec.desc) : null);
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

const isNone = (path) => valueAt(path) === "无";

// hasContent reports whether anything is filled in below a value.
function hasContent(v) {
  if (v === null || v === undefined || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.values(v).some(hasContent);
  return true;
}

// noneEl is the “无” box of a row or list the form lets a unit declare
// absent.
function noneEl(f, path, compact) {
  const box = el("input", { type: "checkbox", class: "none", "data-none": key(path), id: "none-" + key(path) });
  box.checked = isNone(path);
  box.addEventListener("change", () => {
    const v = valueAt(path);
    if (box.checked && hasContent(v) && v !== "无" &&
        !confirm("勾选“无”会删除“" + lab(f) + "”中已填写的内容，确定吗？")) {
      box.checked = false;
      return;
    }
    queue.push({ k: "none:" + key(path), kind: "none", path, none: box.checked });
    pump();
  });
  const text = compact ? "无" : "无（本年没有“" + lab(f) + "”，写“无”）";
  return el("label", { class: "none-box", title: "没有这一项时勾选：文件中写“无”，相关金额按 0 计" }, box, text);
}

function objectEl(f, path) {
  const box = el("div", { class: "obj" });
  if (f.layout === "periods") {
    box.append(periodsTable([f], path.slice(0, -1)));
    return box;
  }
  if (f.noneOK) {
    box.append(noneEl(f, path));
    if (isNone(path)) return box;
  }
  let run = [];
  const flush = () => {
    if (run.length) box.append(periodsTable(run, path));
    run = [];
  };
  const groups = new Set();
  for (const c of f.fields) {
    if (c.layout === "periods") { run.push(c); continue; }
    flush();
    const p = path.concat(c.key);
    if (c.kind === "object") {
      box.append(fieldsetEl(c, p));
    } else if (c.kind === "list" || c.kind === "narrative") {
      box.append(el("div", { class: "field wide", "data-path": key(p) },
        el("label", {}, lab(c)), el("div", { class: "body" }, help(c), ...bodyOf(c, p), el("div", { class: "msg" }))));
    } else {
      box.append(fieldEl(c, p));
    }
    if (c.alloc) groups.add(c.alloc);
  }
  flush();
  for (const a of uniqueBy(groups, (a) => a.group)) box.append(allocEl(a));
  if (!f.rubric || !(f.rubric.criteria || f.rubric.standard)) return box;
  // An indicator's 评定: its fields with the rubric's text beside them.
  return el("div", { class: "judged" }, box, quoteEl(f.rubric));
}

// fieldsetEl is an object inside a section: a row of a form with its
// fields, or an indicator's 评定.
function fieldsetEl(c, p) {
  const q = c.rubric;
  const legend = el("legend", {}, lab(c));
  if (q && q.part) {
    legend.append(el("span", { class: "pts" }, "（" + q.points + " 分）"), " ",
      el("span", { class: "now", "data-part": JSON.stringify([q.indicator, q.part]) }));
  }
  return el("fieldset", { "data-path": key(p) }, legend,
    c.desc && !q ? el("p", { class: "desc" }, c.desc) : null, objectEl(c, p), el("div", { class: "msg" }));
}

function uniqueBy(set, f) {
  const seen = new Map();
  for (const x of set) if (!seen.has(f(x))) seen.set(f(x), x);
  return [...seen.values()];
}

// allocEl shows how a 二级 indicator's points are shared (分值分配), with
// the unit's current sum, refreshed by metrics().
function allocEl(a) {
  return el("div", { class: "uses alloc" }, "“" + a.group + "”各指标分值合计应为 " + a.points + " 分：",
    el("span", { "data-alloc": JSON.stringify(a.members), "data-alloc-points": a.points }));
}

// periodsTable lays out amount rows (上年预算 … 本年决算) as one table,
// with each row's 说明 below it.
function periodsTable(rows, path) {
  const cols = rows[0].fields.filter((c) => c.kind === "money");
  const t = el("table", { class: "grid" },
    el("colgroup", {}, el("col", { class: "name" }), cols.map(() => el("col"))),
    el("tr", {}, el("th", {}, "项目（万元）"), cols.map((c) => el("th", {}, lab(c)))));
  const metrics = new Set();
  for (const r of rows) {
    const p = path.concat(r.key);
    const none = r.noneOK && isNone(p);
    const tr = el("tr", { "data-path": key(p) },
      el("td", { class: "name", title: r.desc || "" }, lab(r), r.noneOK ? noneEl(r, p, true) : null));
    for (const c of cols) {
      const cp = p.concat(c.key);
      (c.metrics || []).forEach((m) => metrics.add(m));
      const input = inputEl(c, cp);
      if (none) { input.disabled = true; input.placeholder = "无"; }
      tr.append(el("td", { "data-path": key(cp) }, input));
    }
    t.append(tr);
    const note = r.fields.find((c) => c.key === "说明");
    if (note && !none) {
      const np = p.concat("说明");
      const v = valueAt(np);
      const area = inputEl(note, np);
      area.placeholder = lab(note) + "（可选）：" + (note.desc || "");
      area.rows = 1;
      const d = el("details", { open: v ? true : undefined }, el("summary", { class: "subtle" }, lab(note)), area);
      t.append(el("tr", {}, el("td", { colspan: cols.length + 1, "data-path": key(np) }, d)));
    }
  }
  return el("div", { class: "tablebox" }, t, usesEl([...metrics]), el("div", { class: "msg" }));
}

function listEl(f, path) {
  const items = valueAt(path);
  const box = el("div", { class: "list" });
  if (f.noneOK) box.append(noneEl(f, path));
  if (isNone(path)) return box;
  const list = Array.isArray(items) ? items : [];
  const add = el("button", { type: "button", class: "small", onclick: () => addItem(f, path, list.length) },
    f.layout === "lines" ? "＋ 添加一条" : "＋ 添加一行");
  if (f.layout === "rows") {
    const cols = f.elem.fields;
    const t = el("table", { class: "grid rows" },
      el("colgroup", {}, cols.map((c) => el("col", { class: c.key === "名称" ? "name" : undefined })), el("col", { class: "act" })),
      el("tr", {}, cols.map((c) => el("th", { title: c.desc || "" }, lab(c), c.unit ? el("span", { class: "unit" }, "（" + c.unit + "）") : null)), el("th", {}, "")));
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
      box.append(el("div", { "data-path": key(ip) }, inputEl({ key: "正文", label: "正文", kind: "prose" }, ip)));
      return;
    }
    const part = (k) => el("div", { class: "field" }, el("label", {}, k),
      el("div", { class: "body", "data-path": key(ip.concat(k)) }, inputEl({ key: k, label: k, kind: k === "正文" ? "prose" : "text" }, ip.concat(k))));
    box.append(el("fieldset", { "data-path": key(ip) }, el("legend", {}, "小节 " + (i + 1) + " ", removeButton(ip)),
      part("标题"), part("正文"), el("div", { class: "msg" })));
  });
  box.append(el("button", { type: "button", class: "small", onclick: () => addItem({ layout: "sections" }, path, v.length) }, "＋ 添加小节"));
  return box;
}

// fieldEl is one labelled fact with its help, the metrics it feeds and
// its messages.
function fieldEl(f, path, wide) {
  if (f.kind === "object" || f.kind === "list" || f.kind === "narrative") {
    return el("div", { class: "field wide", "data-path": key(path) }, el("label", {}, lab(f)),
      el("div", { class: "body" }, help(f), ...bodyOf(f, path), el("div", { class: "msg" })));
  }
  return el("div", { class: "field" + (wide ? " wide" : ""), "data-path": key(path) },
    el("label", { for: "in-" + key(path) }, lab(f), f.required ? el("span", { class: "req", title: "必填" }, " *") : null,
      f.unit ? el("span", { class: "unit" }, "（" + f.unit + "）") : null),
    el("div", { class: "body" }, inputEl(f, path), help(f), usesEl(f.metrics || []), el("div", { class: "msg" })));
}

// help is what a field is, where on the forms it is found, and which
// indicators use it.
function help(f) {
  const parts = [];
  if (f.desc) parts.push(f.desc);
  if (f.where) parts.push("表中位置：" + yrs(f.where));
  else if (f.source) parts.push("来源：" + f.source);
  if (f.indicators && f.indicators.length) parts.push("用于指标：" + f.indicators.join("、"));
  return parts.length ? el("div", { class: "help" }, parts.join("；")) : null;
}

function usesEl(metrics) {
  if (!metrics.length) return null;
  return el("div", { class: "uses" }, metrics.map((m) =>
    el("div", {}, m + "：", el("span", { class: "calc", "data-metric": m }))));
}

// quoteEl is what the rubric says of an indicator a unit judges.
function quoteEl(q) {
  return el("aside", { class: "quote" },
    el("div", {}, el("b", {}, q.indicator), q.points ? "（" + q.points + " 分）" : "",
      " ", el("span", { class: "now", "data-indicator": q.indicator })),
    q.distributed ? el("div", { class: "subtle" }, "本指标的分值由单位在“分值分配”中分配。") : null,
    q.criteria ? el("div", { class: "std" }, el("b", {}, "评分要点："), q.criteria) : null,
    q.standard ? el("div", { class: "std" }, el("b", {}, "评分标准："), q.standard) : null,
    q.decision ? el("div", { class: "std subtle" }, "说明：" + q.decision) : null);
}

const numberKinds = new Set(["money", "count", "decimal", "year"]);

// inputEl is the control of one scalar, filled from the file: a select
// for 是/否 and for a list of allowed values, a text area for prose.
function inputEl(f, path, compact) {
  const v = valueAt(path);
  let text = v === null || v === undefined || typeof v === "object" ? "" : String(v);
  if (pendingValues.has(key(path))) text = pendingValues.get(key(path));
  const id = "in-" + key(path);
  let c;
  const choices = f.kind === "bool" ? ["是", "否"] : f.enum;
  if (choices && choices.length) {
    const opts = ["", ...choices];
    if (text && !opts.includes(text)) opts.push(text);
    c = el("select", { id }, opts.map((o) => el("option", { value: o }, o === "" ? "（未填）" : o)));
    c.value = text;
  } else if (f.kind === "prose") {
    c = el("textarea", { id, rows: compact ? 1 : Math.min(8, Math.max(2, text.split("\n").length)) });
    c.value = text;
  } else {
    c = el("input", { id, type: "text", inputmode: numberKinds.has(f.kind) ? "decimal" : undefined,
      placeholder: f.kind === "date" ? "2024-03-20 或 2024年3月20日" : f.alloc ? "默认 " + f.alloc.default : (numberKinds.has(f.kind) && !compact ? "数字" : undefined) });
    c.value = text;
  }
  c.dataset.path = key(path);
  c.title = [lab(f), f.desc].filter(Boolean).join("：");
  c.addEventListener("input", (ev) => { if (!ev.isComposing) schedule(path, c.value); });
  c.addEventListener("change", () => flushField(path, c.value));
  return c;
}
