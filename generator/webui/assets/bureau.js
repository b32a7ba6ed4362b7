// jixiao serve: the finance bureau's section. Many units' facts files
// (chosen, dropped, or a folder of the working folder) and optionally a
// pack go to /api/bureau/run as one multipart form; the batch runs on the
// server as `jixiao batch` does, and the page follows it through
// /api/bureau/status until the table of units and the downloads are there.
"use strict";

const bureau = { files: [], pack: null, job: 0, timer: 0 };

function initBureau() {
  $("#btn-bureau").addEventListener("click", () => showBureau(true));
  $("#btn-bureau-top").addEventListener("click", () => showBureau(true));
  $("#btn-bureau-close").addEventListener("click", () => showBureau(false));
  for (const sel of ["#bureau-files", "#bureau-dir"]) {
    $(sel).addEventListener("change", (ev) => { addFacts([...ev.target.files]); ev.target.value = ""; });
  }
  $("#bureau-pack-file").addEventListener("change", (ev) => {
    bureau.pack = ev.target.files[0] || null;
    ev.target.value = "";
    if (bureau.pack) $("#bureau-pack").value = "";
    packChosen();
  });
  $("#bureau-pack").addEventListener("change", () => { if ($("#bureau-pack").value) { bureau.pack = null; packChosen(); } });
  $("#btn-bureau-clear").addEventListener("click", () => { bureau.files = []; factsChosen(); });
  $("#btn-bureau-run").addEventListener("click", runBatch);
  $("#btn-bureau-stop").addEventListener("click", () => api("POST", "/api/bureau/stop", { job: bureau.job }).catch(() => {}));
  initDrop($("#bureau-drop"));
}

// showBureau shows the bureau's section in place of the form, or goes
// back to the form (to the start page when no file is open).
function showBureau(show) {
  $("#bureau").hidden = !show;
  document.body.classList.toggle("bureau-mode", show);
  if (!show) {
    if (!state || !state.file) showStart(true);
    return;
  }
  $("#start").hidden = true;
  loadSources();
}

// loadSources offers the working folder's folders of facts files and packs.
async function loadSources() {
  try {
    const s = await api("GET", "/api/bureau/sources");
    $("#bureau-workdir").textContent = s.dir;
    const folder = $("#bureau-folder");
    folder.replaceChildren(el("option", { value: "" }, "（不用，用上面选择的文件）"), ...s.folders.map((f) =>
      el("option", { value: f.name }, (f.name === "." ? "工作文件夹本身" : f.name) + "（" + f.facts + " 个事实文件）")));
    const pack = $("#bureau-pack");
    pack.replaceChildren(el("option", { value: "" }, "本网页所用的模板包（" + s.pack + "）"),
      ...s.packs.map((name) => el("option", { value: name }, "工作文件夹中的 " + name)));
  } catch (e) {
    $("#bureau-error").textContent = e.message;
  }
}

const isFacts = (name) => /\.ya?ml$/i.test(name) && !name.startsWith(".");

// addFacts adds the facts files among files, each once.
function addFacts(files) {
  const seen = new Set(bureau.files.map((f) => f.name + "|" + f.size + "|" + (f.webkitRelativePath || "")));
  for (const f of files) {
    const k = f.name + "|" + f.size + "|" + (f.webkitRelativePath || "");
    if (isFacts(f.name) && !seen.has(k)) {
      seen.add(k);
      bureau.files.push(f);
    }
  }
  if (bureau.files.length) $("#bureau-folder").value = "";
  factsChosen();
}

function factsChosen() {
  const n = bureau.files.length;
  const names = bureau.files.slice(0, 6).map((f) => f.name).join("、") + (n > 6 ? "……" : "");
  $("#bureau-chosen").textContent = n ? "已选 " + n + " 个事实文件：" + names : "还没有选择文件";
  $("#btn-bureau-clear").hidden = !n;
}

function packChosen() {
  $("#bureau-pack-chosen").textContent = bureau.pack ? "将用上传的模板包：" + bureau.pack.name : "";
}

// initDrop takes files and whole folders dropped on zone.
function initDrop(zone) {
  zone.addEventListener("dragover", (ev) => { ev.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", async (ev) => {
    ev.preventDefault();
    zone.classList.remove("over");
    const entries = [...ev.dataTransfer.items].map((it) => it.webkitGetAsEntry && it.webkitGetAsEntry()).filter(Boolean);
    addFacts(entries.length ? await filesOf(entries) : [...ev.dataTransfer.files]);
  });
}

// filesOf reads the files of dropped entries, folders and their folders.
async function filesOf(entries) {
  const out = [];
  for (const e of entries) {
    if (e.isFile) out.push(await new Promise((ok, bad) => e.file(ok, bad)));
    else if (e.isDirectory) out.push(...await filesOf(await readAll(e.createReader())));
  }
  return out;
}

// readAll reads a folder's entries (the browser gives them in pieces).
async function readAll(reader) {
  const all = [];
  for (;;) {
    const some = await new Promise((ok, bad) => reader.readEntries(ok, bad));
    if (!some.length) return all;
    all.push(...some);
  }
}

async function runBatch() {
  const fd = new FormData();
  for (const f of bureau.files) fd.append("facts", f, f.name);
  if ($("#bureau-folder").value) fd.append("folder", $("#bureau-folder").value);
  if (bureau.pack) fd.append("pack", bureau.pack, bureau.pack.name);
  else if ($("#bureau-pack").value) fd.append("packdir", $("#bureau-pack").value);
  if ($("#bureau-final").checked) fd.append("final", "1");
  $("#bureau-error").textContent = "";
  $("#btn-bureau-run").disabled = true;
  try {
    showBatch(await api("POST", "/api/bureau/run", fd));
  } catch (e) {
    $("#bureau-error").textContent = e.message;
    $("#btn-bureau-run").disabled = false;
  }
}

// showBatch shows the batch and asks again while it runs.
function showBatch(v) {
  bureau.job = v.job;
  clearTimeout(bureau.timer);
  $("#bureau-result").hidden = false;
  progress(v);
  $("#bureau-lines").replaceChildren(...v.lines.map((l) => el("li", { class: l.startsWith("[失败]") ? "e" : undefined }, l)));
  downloads(v);
  unitTable(v.units);
  $("#btn-bureau-stop").hidden = !v.running;
  $("#btn-bureau-run").disabled = v.running;
  if (v.running) bureau.timer = setTimeout(() => follow(v.job), 300);
}

async function follow(job) {
  try {
    showBatch(await api("GET", "/api/bureau/status?job=" + job));
  } catch (e) {
    $("#bureau-error").textContent = e.message;
    $("#btn-bureau-run").disabled = false;
  }
}

function progress(v) {
  const bar = $("#bureau-bar");
  bar.max = Math.max(1, v.total);
  bar.value = v.done;
  let text = "已完成 " + v.done + " / " + v.total + " 个单位，失败 " + v.failed + " 个";
  if (v.running) text = "正在生成：" + text + (v.current.length ? "；正在处理 " + v.current.join("、") : "");
  else if (v.done < v.total) text = "已停止：" + text + "，" + (v.total - v.done) + " 个没有处理";
  else text = "完成：共 " + v.total + " 个单位，生成 " + (v.total - v.failed) + " 个，失败 " + v.failed + " 个。评分所用模板包：" + v.pack;
  $("#bureau-count").textContent = text;
}

function downloads(v) {
  const box = $("#bureau-downloads");
  box.replaceChildren();
  if (v.error) box.append(el("span", { class: "error-text" }, v.error));
  if (!v.summary) return;
  box.append(el("a", { id: "bureau-summary", class: "download", href: "/bureau/" + v.job + "/summary", download: v.summary }, "下载汇总表 " + v.summary),
    el("a", { id: "bureau-zip", class: "download", href: "/bureau/" + v.job + "/zip", download: v.zip }, "下载各单位的材料和汇总表（" + v.zip + "）"));
}

// unitTable lists the units as the 汇总 does: by score, ranked, each with
// what it still lacks and where its problems are.
function unitTable(units) {
  const table = $("#bureau-table");
  table.hidden = !units || !units.length;
  if (table.hidden) return;
  table.tBodies[0].replaceChildren(...units.map((u) => el("tr", { class: "st-" + u.state },
    el("td", {}, u.rank ? String(u.rank) : "—"),
    el("td", { class: "unit" }, el("span", { class: "name" }, u.unit), u.unit !== u.file ? el("div", { class: "small" }, u.file) : null),
    el("td", { class: "num" }, u.total || "—"),
    el("td", {}, u.total ? u.grade : "—"),
    el("td", {}, el("span", { class: "state" }, u.state)),
    el("td", { class: "num" }, String(u.toFix)),
    el("td", { class: "num" }, u.errors + " / " + u.warnings),
    el("td", {}, gapsCell(u)))));
}

function gapsCell(u) {
  const items = [];
  if (u.failure) items.push(el("li", { class: "e" }, "没有生成：" + u.failure));
  for (const p of u.problems) items.push(el("li", { class: "e" }, p));
  for (const g of u.gaps) items.push(el("li", {}, g));
  for (const h of u.hints) items.push(el("li", { class: "w" }, "提示：" + h));
  if (u.note) items.push(el("li", { class: "w" }, u.note));
  if (!items.length) return el("span", { class: "subtle" }, "—");
  const open = u.state === "失败";
  return el("details", { open }, el("summary", {}, u.state === "失败" ? "为什么没有生成" : items.length + " 项"), el("ul", { class: "gaps" }, items));
}
