// Package clienttest opens generated documents in real clients from tests:
// LibreOffice headless converts them to PDF and poppler's pdftotext reads the
// text back; Debian's python3-docx and python3-openpyxl open them.
//
// When a client is missing, tests skip on a developer machine and fail when
// CI=true, so CI can never pass without having opened the files.
package clienttest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Python is the interpreter with Debian's python3-docx and python3-openpyxl.
// The system one is used on purpose: a pyenv or venv python on PATH does not
// see Debian's packages.
const Python = "/usr/bin/python3"

// Require skips (or, under CI=true, fails) the test when a program is
// missing. name is looked up on PATH unless it is absolute.
func Require(t testing.TB, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			missing(t, fmt.Sprintf("%s 未安装（.ci/run 会安装它）", name))
		}
	}
}

// RequirePythonModule skips or fails when the system python lacks module.
func RequirePythonModule(t testing.TB, module string) {
	t.Helper()
	Require(t, Python)
	if err := exec.Command(Python, "-c", "import "+module).Run(); err != nil {
		missing(t, fmt.Sprintf("%s 缺少模块 %s（apt-get install python3-%s）", Python, module, module))
	}
}

func missing(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// PDF converts every file in paths to PDF with one LibreOffice run and
// returns the path of each PDF, keyed by the input path. The inputs must
// differ in their names without extension.
func PDF(t testing.TB, paths ...string) map[string]string {
	t.Helper()
	Require(t, "soffice")
	outDir := t.TempDir()
	profile := "file://" + filepath.ToSlash(t.TempDir())
	args := append([]string{"-env:UserInstallation=" + profile, "--headless",
		"--convert-to", "pdf", "--outdir", outDir}, paths...)
	if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdfs := map[string]string{}
	for _, p := range paths {
		base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		pdfs[p] = filepath.Join(outDir, base+".pdf")
	}
	return pdfs
}

// PDFText converts every file in paths to PDF with one LibreOffice run and
// returns the text pdftotext extracts from each, keyed by the input path.
func PDFText(t testing.TB, paths ...string) map[string]string {
	t.Helper()
	Require(t, "soffice", "pdftotext")
	texts := map[string]string{}
	for p, pdf := range PDF(t, paths...) {
		texts[p] = TextOfPDF(t, pdf)
	}
	return texts
}

// TextOfPDF returns the text of pdf (a path from PDF) as pdftotext
// -layout extracts it, pages separated by form feeds.
func TextOfPDF(t testing.TB, pdf string) string {
	t.Helper()
	Require(t, "pdftotext")
	return pdfToText(t, pdf, "-layout")
}

// pdfToText runs pdftotext on pdf with the given options.
func pdfToText(t testing.TB, pdf string, opts ...string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", append(opts, pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v（LibreOffice 没有生成 PDF？）", pdf, err)
	}
	return string(out)
}

// RunPython runs script with the system python, passing args, and returns
// its standard output. The test fails when the script fails.
func RunPython(t testing.TB, script string, args ...string) string {
	t.Helper()
	cmd := exec.Command(Python, append([]string{"-c", script}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v\n%s", err, stderr.String())
	}
	return string(out)
}

// DocxText opens path with python-docx and returns the text of every
// paragraph of the body, tables (row by row, cells joined by " | "),
// headers and footers, one per line.
func DocxText(t testing.TB, path string) string {
	t.Helper()
	RequirePythonModule(t, "docx")
	return RunPython(t, docxScript, path)
}

const docxScript = `
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    print(p.text)
for tbl in d.tables:
    for row in tbl.rows:
        print(" | ".join(c.text for c in row.cells))
for s in d.sections:
    for p in s.header.paragraphs + s.footer.paragraphs:
        print(p.text)
`

// XLSXCells opens path with openpyxl and lists every non-empty cell as
// "sheet!A1<TAB>kind<TAB>value", kind being n (a number: int or float),
// s (text), b (boolean), d (date) or f (formula, value is the formula),
// then each sheet's merged ranges ("sheet merge A1:C1") and data
// validations ("sheet valid D4:D9").
func XLSXCells(t testing.TB, path string) string {
	t.Helper()
	RequirePythonModule(t, "openpyxl")
	return RunPython(t, xlsxScript, path)
}

const xlsxScript = `
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None:
                continue
            if c.data_type == 'f':
                kind = 'f'
            elif isinstance(v, bool):
                kind = 'b'
            elif isinstance(v, (int, float)):
                kind = 'n'
            elif isinstance(v, (datetime.date, datetime.datetime)):
                kind = 'd'
            else:
                kind = 's'
            print("%s!%s\t%s\t%s" % (ws.title, c.coordinate, kind, v))
    for m in sorted(str(r) for r in ws.merged_cells.ranges):
        print("%s merge %s" % (ws.title, m))
    for dv in ws.data_validations.dataValidation:
        print("%s valid %s" % (ws.title, dv.sqref))
`
