package clienttest

import "testing"

// DocxMerges opens path with python-docx and lists the cells it reads as
// merged down, one line per merged cell: "表1 第1列 第2-5行 投入（15分）",
// tables, columns and rows counted from 1 and the text with its line
// breaks and paragraphs as spaces. For every row a vertical merge covers,
// python-docx returns the cell that starts it; the list is made of those.
func DocxMerges(t testing.TB, path string) string {
	t.Helper()
	RequirePythonModule(t, "docx")
	return RunPython(t, docxMergesScript, path)
}

const docxMergesScript = `
import sys, docx
d = docx.Document(sys.argv[1])
for ti, tbl in enumerate(d.tables):
    rows, cols = len(tbl.rows), len(tbl.columns)
    for c in range(cols):
        r = 0
        while r < rows:
            top = tbl.cell(r, c)
            end = r
            while end + 1 < rows and tbl.cell(end + 1, c)._tc is top._tc:
                end += 1
            if end > r:
                text = " ".join(top.text.split())
                print("表%d 第%d列 第%d-%d行 %s" % (ti + 1, c + 1, r + 1, end + 1, text))
            r = end + 1
`
