// jixiao serve: opening, starting, saving and building a facts file, and
// the preview of the package's Word documents.
"use strict";

function initFiles() {
  $("#btn-start").addEventListener("click", () => showStart(true));
  $("#btn-start-close").addEventListener("click", () => showStart(false));
  $("#btn-built-close").addEventListener("click", () => { $("#built").hidden = true; });
  $("#btn-preview-close").addEventListener("click", () => { $("#preview").hidden = true; });
  $("#btn-save").addEventListener("click", save);
  $("#btn-build").addEventListener("click", buildPackage);
  $("#btn-preview").addEventListener("click", () => preview(-1));
  $("#btn-new").addEventListener("click", () => open(() => api("POST", "/api/new", { unit: $("#new-unit").value, year: $("#new-year").value })));
  $("#btn-from").addEventListener("click", () => open(() => api("POST", "/api/from", { name: $("#from-file").value, year: $("#from-year").value })));
  $("#btn-example").addEventListener("click", () => open(() => api("POST", "/api/example", {})));
  picked("#upload", (file, buf) => api("POST", "/api/upload?name=" + encodeURIComponent(file.name), buf, true));
  picked("#from-upload", (file, buf) => api("POST", "/api/from-upload?name=" + encodeURIComponent(file.name) +
    "&year=" + encodeURIComponent($("#from-year").value), buf, true));
  $("#preview-doc").addEventListener("change", (ev) => preview(Number(ev.target.value)));
}

// picked opens a file chosen in the input sel with send.
function picked(sel, send) {
  $(sel).addEventListener("change", (ev) => {
    const file = ev.target.files[0];
    if (file) open(() => file.arrayBuffer().then((buf) => send(file, buf)));
    ev.target.value = "";
  });
}

function showStart(show) {
  $("#start").hidden = !show;
  $("#start-error").textContent = "";
  if (!show) return;
  $("#dir").textContent = state ? state.dir : "";
  const files = (state && state.files) || [];
  const ul = $("#files");
  ul.replaceChildren();
  for (const name of files) {
    ul.append(el("li", {}, el("button", { type: "button", onclick: () => open(() => api("POST", "/api/open", { name })) }, name)));
  }
  if (!files.length) ul.append(el("li", { class: "small" }, "（文件夹中没有 .yaml 文件）"));
  const from = $("#from-file");
  from.replaceChildren(...files.map((name) => el("option", { value: name }, name)));
  $("#btn-from").disabled = !files.length;
}

async function open(request) {
  if (state && state.file && !state.file.saved && !confirm("当前文件有未保存的修改，放弃这些修改吗？")) return;
  try {
    apply(await request(), true);
    showStart(false);
    if (!$("#bureau").hidden) showBureau(false);
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

// buildPackage builds the package and lists its documents with the gate's
// verdict, as `jixiao build` ends: the draft line with the 【待补】 of each
// document, or that it is complete.
async function buildPackage() {
  await flushAll();
  status("正在生成…");
  const body = $("#built-body");
  body.replaceChildren();
  try {
    const b = await api("POST", "/api/build", { rev: state.rev });
    status("");
    const g = b.gate;
    body.append(el("p", { class: g.ready ? "ready" : "draft", id: "build-state" }, g.line),
      g.score ? el("p", { class: "subtle", id: "build-score" }, g.score) : null);
    if (g.problems && g.problems.length) body.append(diagList(g.problems, "build-problems"));
    if (b.documents.length) {
      body.append(el("p", {}, el("a", { href: "/download/" + b.rev + "/zip", download: b.zip, id: "zip-link" }, "下载全部（" + b.zip + "）")),
        el("ul", { class: "docs" }, b.documents.map((d, i) => el("li", {},
          el("a", { href: "/download/" + b.rev + "/" + i, download: d.name }, d.name),
          el("span", { class: "subtle" }, "  " + Math.max(1, Math.round(d.size / 1024)) + " KB  "),
          d.name.toLowerCase().endsWith(".docx") ? el("button", { type: "button", class: "small", onclick: () => preview(i) }, "预览") : null,
          d.pending ? el("div", { class: "pend" }, d.pending + " 处【待补】：" + itemsText(d.items)) : null))));
    }
    if (!g.ready && !(g.problems && g.problems.length)) {
      body.append(el("p", { class: "subtle" }, "右边的“离可上报的材料还差”列出每一项，点击即转到要填写的地方。"));
    }
    $("#built").hidden = false;
  } catch (e) {
    status("");
    alert(e.message);
  }
}

// preview shows Word document doc of the package (the report when doc <
// 0), rendered for the current revision. The server sends paragraphs and
// tables as data; every text is written as text.
async function preview(doc) {
  await flushAll();
  status("正在生成预览…");
  try {
    const p = await api("GET", "/api/preview?rev=" + state.rev + "&doc=" + doc);
    status("");
    const sel = $("#preview-doc");
    sel.replaceChildren(...p.documents.map((d) => el("option", { value: String(d.index) }, d.name)));
    sel.value = String(p.index);
    const paper = $("#paper");
    paper.replaceChildren(...p.blocks.map(blockEl));
    if (p.cut) paper.append(el("p", { class: "subtle" }, "（文档较长，预览只显示前面部分；完整内容请下载后查看。）"));
    $("#built").hidden = true;
    $("#preview").hidden = false;
    $("#preview .sheet").scrollTop = 0;
  } catch (e) {
    status("");
    alert(e.message);
  }
}

function blockEl(b) {
  if (b.rows) {
    const cols = (b.cols || []).map((w) => {
      const c = el("col");
      c.style.width = (w / 10) + "%";
      return c;
    });
    return el("table", { class: "pv-table" }, el("colgroup", {}, cols), b.rows.map((row) => el("tr", {}, row.map((c) =>
      el("td", { colspan: c.colSpan > 1 ? String(c.colSpan) : undefined, rowspan: c.rowSpan > 1 ? String(c.rowSpan) : undefined },
        c.blocks.map(blockEl))))));
  }
  const cls = ["pv-p"];
  if (b.level) cls.push("pv-h");
  if (b.indent) cls.push("pv-indent");
  if (b.align) cls.push("pv-" + b.align);
  if (b.page) cls.push("pv-page");
  const p = el("p", { class: cls.join(" ") }, (b.runs || []).map((r) =>
    el("span", { class: (r.bold ? "pv-b" : "") + (r.pending ? " pv-pending" : "") || undefined }, r.text)));
  if (b.size) p.style.fontSize = (b.size / 2) + "pt";
  return p;
}
