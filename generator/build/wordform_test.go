package build

import (
	"encoding/xml"
	"io/fs"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/document"
	"jixiao/generator/internal/clienttest"
	"jixiao/generator/view"
)

// wordStyleSizes maps each paragraph style of a .docx to its font size in
// half-points, inherited through basedOn from the document default.
func wordStyleSizes(t *testing.T, doc []byte) map[string]int {
	t.Helper()
	var styles struct {
		Default struct {
			Size struct {
				Val int `xml:"val,attr"`
			} `xml:"rPrDefault>rPr>sz"`
		} `xml:"docDefaults"`
		Styles []struct {
			ID      string `xml:"styleId,attr"`
			BasedOn struct {
				Val string `xml:"val,attr"`
			} `xml:"basedOn"`
			Size *struct {
				Val int `xml:"val,attr"`
			} `xml:"rPr>sz"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal([]byte(zipPart(t, doc, "word/styles.xml")), &styles); err != nil {
		t.Fatal(err)
	}
	sizes := map[string]int{}
	var size func(id string, depth int) int
	size = func(id string, depth int) int {
		for _, s := range styles.Styles {
			if s.ID == id && depth < 10 {
				if s.Size != nil {
					return s.Size.Val
				}
				if s.BasedOn.Val != "" {
					return size(s.BasedOn.Val, depth+1)
				}
			}
		}
		return styles.Default.Size.Val
	}
	for _, s := range styles.Styles {
		sizes[s.ID] = size(s.ID, 0)
	}
	sizes[""] = size("Normal", 0)
	return sizes
}

// TestWordTablesKeepRowsAndSize: in every Word table of the default pack
// (附件1-1, its 评分说明, 1-2, 2-4) every row stays on one page, the header
// rows of the long tables repeat, and no text is smaller than 五号 (10.5 pt).
func TestWordTablesKeepRowsAndSize(t *testing.T) {
	docs := renderUnit(t, data.Complete)
	for _, name := range sortedNames(docs) {
		if !strings.HasSuffix(name, ".docx") || strings.HasPrefix(name, "附件1-3") {
			continue
		}
		doc := docs[name]
		tbl, sizes := firstTable(t, doc), wordStyleSizes(t, doc)
		if strings.HasPrefix(name, "附件1-1") && tbl.Rows[0].Pr.Header == nil {
			t.Errorf("%s: the header row does not repeat on every page", name)
		}
		for r, row := range tbl.Rows {
			if row.Pr.CantSplit == nil {
				t.Errorf("%s: row %d may break across pages", name, r+1)
			}
			for c, cell := range row.Cells {
				for _, p := range cell.Paras {
					if sz := sizes[p.Pr.Style.Val]; sz < 21 {
						t.Errorf("%s: row %d cell %d is set in %.1f pt (style %q)", name, r+1, c+1, float64(sz)/2, p.Pr.Style.Val)
					}
					for _, run := range p.Runs {
						if run.Size != nil && run.Size.Val < 21 {
							t.Errorf("%s: row %d cell %d has a run in %.1f pt", name, r+1, c+1, float64(run.Size.Val)/2)
						}
					}
				}
			}
		}
	}
}

// TestScoreColumnHoldsAHundred: “100.00”, the widest score, prints on one
// line in the 得分 column of the Word 附件1-1 (LibreOffice PDF).
func TestScoreColumnHoldsAHundred(t *testing.T) {
	if testing.Short() {
		t.Skip("opens LibreOffice")
	}
	res := evaluateUnit(t, data.Complete)
	d := view.Data(res)
	scores := d["评分"].(map[string]any)
	for _, r := range scores["指标"].([]any) {
		r.(map[string]any)["得分"] = "100.00"
	}
	scores["合计得分"] = "100.00"
	var tmplName string
	for _, doc := range res.Pack.Meta.Documents {
		if strings.HasPrefix(doc.Template, "附件1-1") && strings.HasSuffix(doc.Template, "指标表.docx") {
			tmplName = doc.Template
		}
	}
	src, err := fs.ReadFile(res.Pack.FS, tmplName)
	if err != nil {
		t.Fatal(err)
	}
	out, diags := document.Render(tmplName, src, d)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	paths := writeDocs(t, map[string][]byte{"得分.docx": out}, "得分.docx")
	words := clienttest.PDFWords(t, clienttest.PDF(t, paths["得分.docx"])[paths["得分.docx"]])
	if n := countWords(words, "100.00"); n != 24 {
		var near []string
		for _, w := range words {
			if strings.HasPrefix(w.Text, "100") || w.Text == "0" || w.Text == "00" {
				near = append(near, w.Text)
			}
		}
		t.Errorf("“100.00” prints whole %d times; want 23 indicators and 合计 (pieces: %q)", n, near)
	}
}
