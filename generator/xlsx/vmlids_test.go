package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/ziptest"
	"jixiao/generator/xlsx/xlsxtest"
)

func TestExcelShapeIDs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025" o:spid="x"/>`, `<v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025" o:spid="x"/>`},
		{`<v:shapetype id="_x0000_t202"/><v:shape id="shape_0" type="#_x0000_t202"/><v:shape id="shape_1"/>`,
			`<v:shapetype id="_x0000_t202"/><v:shape id="_x0000_s1025" type="#_x0000_t202"/><v:shape id="_x0000_s1026"/>`},
		{`<v:shape id="_x0000_s2000"/><v:shape style="x" id="note"/>`, `<v:shape id="_x0000_s2000"/><v:shape style="x" id="_x0000_s2001"/>`},
	} {
		got, _ := excelShapeIDs([]byte(tt.in))
		if string(got) != tt.want {
			t.Errorf("excelShapeIDs(%s)\n= %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestNotesNamedByLibreOfficeMoveBelowALoop: a note below a loop, in a
// drawing whose shapes are named as LibreOffice names them (“shape_0”),
// moves down with its cell, and the note above stays; excelize alone fails
// on such names.
func TestNotesNamedByLibreOfficeMoveBelowALoop(t *testing.T) {
	notesMoveBelowALoop(t, renameShapes)
}

// notesMoveBelowALoop renders, with 3 items, a workbook with a note above
// a loop (A1) and one below it (A4), written as
// rewrite; it checks both notes, the lower one moved to A6, and returns
// the rendered workbook.
func notesMoveBelowALoop(t *testing.T, rewrite func(*testing.T, []byte) []byte) []byte {
	t.Helper()
	src, err := xlsxtest.Build("A1: 表头\nnote A1 说明\nA2: {{range .项目}}{{.名称}}\nB2: {{.分数}}{{end}}\nA4: 备注\nnote A4 这是批注")
	if err != nil {
		t.Fatal(err)
	}
	tpl, d := Parse("t.xlsx", rewrite(t, src))
	if d.HasErrors() {
		t.Fatal(d)
	}
	out := renderBytes(t, tpl, map[string]any{"项目": projects(3)})
	f, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	comments, _ := f.GetComments("Sheet1")
	got := map[string]string{}
	for _, c := range comments {
		got[c.Cell] = c.Text
	}
	if len(got) != 2 || got["A1"] != "说明" || got["A6"] != "这是批注" {
		t.Errorf("notes = %v; want 说明 at A1, 这是批注 at A6", got)
	}
	return out
}

// renameShapes names the VML shapes of a workbook as LibreOffice does.
func renameShapes(t *testing.T, src []byte) []byte {
	t.Helper()
	renamed := false
	out := ziptest.Edit(t, src, func(name string, data []byte) ([]byte, bool) {
		if !strings.HasSuffix(name, ".vml") {
			return nil, false
		}
		n := 0
		data = regexp.MustCompile(`id="_x0000_s\d+"`).ReplaceAllFunc(data, func([]byte) []byte {
			n++
			return []byte(`id="shape_` + string(rune('0'+n-1)) + `"`)
		})
		renamed = renamed || n > 0
		return data, true
	})
	if !renamed {
		t.Fatal("the workbook has no note shape to rename")
	}
	return out
}

// TestNotesInPartsNamedByOpenpyxlMoveBelowALoop: notes whose parts are
// named and referenced as openpyxl writes them (xl/comments/comment1.xml,
// xl/drawings/commentsDrawing1.vml, absolute targets) move down with their
// cells instead of being written to a part the sheet does not reference.
func TestNotesInPartsNamedByOpenpyxlMoveBelowALoop(t *testing.T) {
	out := notesMoveBelowALoop(t, asOpenpyxl)
	zr, _ := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	for _, e := range zr.File {
		if strings.HasPrefix(e.Name, "/") || e.Name == "xl/comments0.xml" {
			t.Errorf("stray entry %s", e.Name)
		}
	}
}

// asOpenpyxl renames a workbook's note parts and writes the sheet's
// relationship targets absolutely, as openpyxl does.
func asOpenpyxl(t *testing.T, src []byte) []byte {
	t.Helper()
	zr, _ := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	renames := map[string]string{}
	for _, f := range zr.File {
		switch {
		case regexp.MustCompile(`^xl/comments\d+\.xml$`).MatchString(f.Name):
			renames[f.Name] = "xl/comments/comment1.xml"
		case regexp.MustCompile(`^xl/drawings/vmlDrawing\d+\.vml$`).MatchString(f.Name):
			renames[f.Name] = "xl/drawings/commentsDrawing1.vml"
		}
	}
	if len(renames) != 2 {
		t.Fatalf("note parts: %v", renames)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		name := f.Name
		if to, ok := renames[name]; ok {
			name = to
		}
		for from, to := range renames {
			rel := strings.TrimPrefix(from, "xl/")
			b = bytes.ReplaceAll(b, []byte(`"../`+rel+`"`), []byte(`"/`+to+`"`))
			b = bytes.ReplaceAll(b, []byte(`"/`+from+`"`), []byte(`"/`+to+`"`))
		}
		w, _ := zw.Create(name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}
