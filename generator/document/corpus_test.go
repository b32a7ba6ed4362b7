package document

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

// The corpus: real workbooks and documents from the test suites of
// open-source projects (testdata/corpus, origins and licences in
// LICENSES.md), made by Excel, Word, WPS, LibreOffice, Google Sheets,
// Office 365, Apache POI, XlsxWriter…, strict and transitional, with
// charts, images, comments, validations, conditional formats, shared
// formulas and defined names; and a workbook and a document LibreOffice
// writes during the test. Rendered with empty data, each must come back
// with every part as it was, read back the same by openpyxl or
// python-docx, and open in LibreOffice. Every workbook is also rendered
// with one of its texts turned into a tag: only the cells holding it may
// change.

// corpusFiles returns the corpus and the files LibreOffice makes now.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.*x"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, libreOfficeMade(t)...)
	sort.Strings(files)
	var xlsx, docx int
	for _, f := range files {
		if strings.HasSuffix(f, ".xlsx") {
			xlsx++
		} else {
			docx++
		}
	}
	if xlsx < 30 || docx < 30 {
		t.Fatalf("the corpus has %d workbooks and %d documents; want at least 30 of each", xlsx, docx)
	}
	return files
}

// libreOfficeMade converts a table and a short document to .xlsx and
// .docx with LibreOffice.
func libreOfficeMade(t *testing.T) []string {
	t.Helper()
	clienttest.Require(t, "soffice")
	dir := t.TempDir()
	csv := filepath.Join(dir, "libreoffice-表.csv")
	html := filepath.Join(dir, "libreoffice-文档.html")
	os.WriteFile(csv, []byte("项目,金额,比率\n办公费,12.5,0.3\n差旅费,3,0.1\n"), 0o644)
	os.WriteFile(html, []byte(`<html><body><h1>自评报告</h1><p>本年度<b>预算执行率</b>为 92.16%。</p>`+
		`<table border="1"><tr><td>指标</td><td>得分</td></tr><tr><td>预算执行</td><td>9.5</td></tr></table></body></html>`), 0o644)
	profile := "file://" + filepath.ToSlash(t.TempDir())
	for _, conv := range [][3]string{{"xlsx", "CSV:44,34,76", csv}, {"docx:MS Word 2007 XML", "HTML (StarWriter)", html}} {
		out, err := exec.Command("soffice", "-env:UserInstallation="+profile, "--headless", "--infilter="+conv[1],
			"--convert-to", conv[0], "--outdir", dir, conv[2]).CombinedOutput()
		if err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
	}
	return []string{filepath.Join(dir, "libreoffice-表.xlsx"), filepath.Join(dir, "libreoffice-文档.docx")}
}

func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	outDir := t.TempDir()
	var plain, tagged [][2]string
	replaced := map[string]string{}
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, diags := Render(filepath.Base(f), src, map[string]any{})
		if diags.HasErrors() {
			t.Errorf("%s: %v", f, diags)
			continue
		}
		if d := changedParts(t, src, out); len(d) > 0 {
			t.Errorf("%s: parts changed with empty data: %v", f, d)
		}
		path := filepath.Join(outDir, "p"+strconvI(i)+filepath.Ext(f))
		os.WriteFile(path, out, 0o644)
		plain = append(plain, [2]string{f, path})
		if path, old, ok := renderTagged(t, f, src, filepath.Join(outDir, "t"+strconvI(i)+".xlsx")); ok {
			tagged = append(tagged, [2]string{f, path})
			replaced[f] = old
		}
	}
	if len(tagged) < 20 {
		t.Fatalf("only %d workbooks have a shared string to tag", len(tagged))
	}
	t.Run("empty data, as read by python", func(t *testing.T) { sameInClients(t, plain, nil) })
	t.Run("one text made a tag, as read by python", func(t *testing.T) { sameInClients(t, tagged, replaced) })
	t.Run("LibreOffice opens every output", func(t *testing.T) { opensInLibreOffice(t, append(plain, tagged...)) })
}

// renderTagged turns the first shared string of a workbook into a tag,
// renders it into path and returns the text it replaced.
func renderTagged(t *testing.T, f string, src []byte, path string) (string, string, bool) {
	if !strings.HasSuffix(f, ".xlsx") {
		return "", "", false
	}
	tagged, old, ok := tagFirstString(t, src)
	if !ok {
		return "", "", false
	}
	out, diags := Render(filepath.Base(f), tagged, map[string]any{"标记": "替换后的值"})
	if diags.HasErrors() {
		t.Errorf("%s with a tag: %v", f, diags)
		return "", "", false
	}
	os.WriteFile(path, out, 0o644)
	return path, old, true
}

// siText matches the first shared string item.
var siText = regexp.MustCompile(`(?s)<si>(.*?)</si>`)

// tagFirstString replaces the first shared string of a workbook by
// {{.标记}} and returns the workbook and the text it replaced.
func tagFirstString(t *testing.T, src []byte) ([]byte, string, bool) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	old, found := "", false
	for _, f := range zr.File {
		if f.Name != "xl/sharedStrings.xml" {
			zw.Copy(f)
			continue
		}
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		loc := siText.FindSubmatchIndex(data)
		if loc == nil {
			zw.Copy(f)
			continue
		}
		old = plainText(string(data[loc[2]:loc[3]]))
		if old == "" || strings.Contains(old, "{{") {
			zw.Copy(f)
			continue
		}
		data = append(append(append([]byte{}, data[:loc[2]]...), "<t>{{.标记}}</t>"...), data[loc[3]:]...)
		w, _ := zw.Create(f.Name)
		w.Write(data)
		found = true
	}
	zw.Close()
	return out.Bytes(), old, found
}

// plainText is the text of a shared string item, phonetic runs left out.
func plainText(item string) string {
	item = regexp.MustCompile(`(?s)<rPh.*?</rPh>`).ReplaceAllString(item, "")
	var b strings.Builder
	for _, m := range regexp.MustCompile(`(?s)<t[^>]*>(.*?)</t>`).FindAllStringSubmatch(item, -1) {
		b.WriteString(m[1])
	}
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(b.String())
}

// changedParts lists the parts whose content differs between two archives.
func changedParts(t *testing.T, a, b []byte) []string {
	pa, pb := partsOf(t, a), partsOf(t, b)
	var out []string
	for name, data := range pa {
		if !bytes.Equal(pb[name], data) {
			out = append(out, name)
		}
	}
	for name := range pb {
		if _, ok := pa[name]; !ok {
			out = append(out, name+"（新增）")
		}
	}
	sort.Strings(out)
	return out
}

func partsOf(t *testing.T, data []byte) map[string][]byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name], _ = io.ReadAll(rc)
		rc.Close()
	}
	return out
}

// sameInClients reads every pair (template, output) with openpyxl or
// python-docx and compares what a user sees: text, formulas, number
// formats, fonts, fills, borders, alignment, merges, validations,
// conditional formats, defined names, print settings, comments, images,
// charts, sizes of rows and columns; paragraphs, runs, tables, sections,
// headers and footers. replaced names, per template, the text that was
// turned into a tag: cells holding it must hold the tag's value instead.
func sameInClients(t *testing.T, pairs [][2]string, replaced map[string]string) {
	clienttest.RequirePythonModule(t, "openpyxl")
	clienttest.RequirePythonModule(t, "docx")
	jobs := make([]map[string]string, len(pairs))
	for i, p := range pairs {
		jobs[i] = map[string]string{"in": p[0], "out": p[1], "old": replaced[p[0]], "new": "替换后的值"}
	}
	arg, _ := json.Marshal(jobs)
	got := clienttest.RunPython(t, compareScript, string(arg))
	for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
		if line != "" && !strings.HasPrefix(line, "OK ") {
			t.Error(line)
		}
	}
	if n := strings.Count(got, "OK "); n != len(pairs) {
		t.Errorf("%d of %d files compared", n, len(pairs))
	}
}

// opensInLibreOffice converts every output with one LibreOffice run, a
// workbook to CSV and a document to text, and expects a file for each.
func opensInLibreOffice(t *testing.T, pairs [][2]string) {
	clienttest.Require(t, "soffice")
	outDir := t.TempDir()
	for _, kind := range [][2]string{{".xlsx", "csv"}, {".docx", "txt:Text (encoded):UTF8"}} {
		var outs []string
		for _, p := range pairs {
			if strings.HasSuffix(p[1], kind[0]) {
				outs = append(outs, p[1])
			}
		}
		profile := "file://" + filepath.ToSlash(t.TempDir())
		args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", kind[1], "--outdir", outDir}, outs...)
		if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		ext := "." + strings.SplitN(kind[1], ":", 2)[0]
		for _, p := range pairs {
			if !strings.HasSuffix(p[1], kind[0]) {
				continue
			}
			name := strings.TrimSuffix(filepath.Base(p[1]), kind[0]) + ext
			if _, err := os.Stat(filepath.Join(outDir, name)); err != nil {
				t.Errorf("LibreOffice did not open the output of %s", p[0])
			}
		}
	}
}

func strconvI(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }

const compareScript = `
import sys, json, warnings
warnings.simplefilter("ignore")
import openpyxl, docx

def color(c):
    return None if c is None else (c.type, c.rgb if c.type == "rgb" else c.theme if c.type == "theme" else c.indexed, c.tint)

def style(c):
    f, a, b = c.font, c.alignment, c.border
    return (c.number_format, f.b, f.i, f.u, f.sz, f.name, color(f.color),
            c.fill.fill_type, color(c.fill.fgColor),
            tuple((s.style, color(s.color)) if s is not None else None for s in (b.left, b.right, b.top, b.bottom)),
            a.horizontal, a.vertical, a.wrap_text, a.indent, c.protection.locked)

def workbook(path, old, new):
    wb = openpyxl.load_workbook(path)
    out = {"names": sorted((d.name, str(d.attr_text), d.localSheetId) for d in wb.defined_names.definedName)}
    for ws in wb.worksheets:
        cells = {}
        for _, c in sorted(ws._cells.items()):
                v = c.value
                if old and v == old:
                    v = "<tag>"
                if new and v == new:
                    v = "<tag>"
                if v is not None or c.has_style:
                    cells[c.coordinate] = (repr(v), style(c))
        out[ws.title] = {
            "cells": cells,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "valid": sorted((str(d.sqref), d.type, d.formula1, d.formula2) for d in ws.data_validations.dataValidation),
            "cond": sorted(str(r.sqref) for r in ws.conditional_formatting),
            "print": (ws.print_area, ws.print_title_rows, ws.print_title_cols, ws.page_setup.orientation,
                      ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                      ws.oddHeader.center.text, ws.oddFooter.center.text),
            "comments": sorted((c.coordinate, c.comment.text) for c in ws._cells.values() if c.comment),
            "images": len(ws._images), "charts": len(ws._charts),
            "cols": sorted((k, d.width, d.hidden) for k, d in ws.column_dimensions.items()),
            "rows": sorted((k, d.height, d.hidden) for k, d in ws.row_dimensions.items()),
        }
    return out

def document(path):
    d = docx.Document(path)
    def paras(ps):
        return [(p.text, p.style.name if p.style is not None else None,
                 [(r.text, r.bold, r.italic, r.underline, r.font.size, r.font.name) for r in p.runs]) for p in ps]
    return {
        "body": paras(d.paragraphs),
        "tables": [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
        "sections": [(s.page_width, s.page_height, s.orientation, s.left_margin, s.right_margin, s.top_margin,
                      s.bottom_margin, paras(s.header.paragraphs), paras(s.footer.paragraphs)) for s in d.sections],
        "shapes": len(d.inline_shapes),
        "core": (d.core_properties.title, d.core_properties.author),
    }

for job in json.loads(sys.argv[1]):
    try:
        if job["in"].endswith(".xlsx"):
            a, b = workbook(job["in"], job["old"], ""), workbook(job["out"], "", job["new"] if job["old"] else "")
        else:
            a, b = document(job["in"]), document(job["out"])
    except Exception as e:
        print("ERROR %s: %s: %s" % (job["in"], type(e).__name__, e))
        continue
    if a == b:
        print("OK " + job["in"])
        continue
    for k in sorted(set(a) | set(b), key=str):
        if a.get(k) != b.get(k):
            va, vb = a.get(k), b.get(k)
            if isinstance(va, dict) and isinstance(vb, dict):
                for kk in sorted(set(va) | set(vb), key=str):
                    if va.get(kk) != vb.get(kk):
                        x, y = va.get(kk), vb.get(kk)
                        if isinstance(x, dict) and isinstance(y, dict):
                            diff = [(c, x.get(c), y.get(c)) for c in sorted(set(x) | set(y)) if x.get(c) != y.get(c)][:3]
                            print("DIFF %s: %s/%s: %s" % (job["in"], k, kk, diff))
                        else:
                            print("DIFF %s: %s/%s: %r != %r" % (job["in"], k, kk, str(x)[:200], str(y)[:200]))
            else:
                print("DIFF %s: %s: %r != %r" % (job["in"], k, str(va)[:200], str(vb)[:200]))
`
