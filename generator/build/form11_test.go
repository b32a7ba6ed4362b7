package build

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/data"
	"jixiao/generator/rubric"
)

// form11 is the structure of 附件1-1: its column headers, its 三级指标 in
// order, and its vertical merges by column (1-based, over indicator rows
// counted from 1), written "列 行-行".
type form11 struct {
	columns []string
	rows    []string
	merges  []string
}

// seedForm11 reads the structure of the seed's 附件1-1 from its verbatim
// copy (generator/rubric/testdata/seed-rubric.yaml): the seven columns, the
// 23 indicators, 一级 and 二级 merged down their groups (二级 within its
// 一级), and a 评分标准 the form leaves blank merged into the one above it
// in the same 二级, as the seed's “此三项指标为…” spans the three 效益.
func seedForm11(t *testing.T) form11 {
	t.Helper()
	src, err := os.ReadFile("../rubric/testdata/seed-rubric.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, _ := rubric.Load("seed-rubric.yaml", src)
	if r == nil {
		t.Fatal("the seed rubric does not load")
	}
	return rubricForm11(r)
}

// rubricForm11 is the structure 附件1-1 must have for rubric r: the seven
// columns, one row per 三级指标 in order, 一级 and 二级 merged down their
// groups, a blank 评分标准 merged into the one above in the same 二级.
func rubricForm11(r *rubric.Rubric) form11 {
	f := form11{columns: []string{"一级指标", "二级指标", "三级指标", "分值", "评分要点", "评分标准", "得分"}}
	var l1, l2, std []string
	for _, ind := range r.Indicators() {
		f.rows = append(f.rows, ind.Name)
		l1 = append(l1, ind.Level1)
		l2 = append(l2, ind.Level1+"/"+ind.Level2)
		if s := ind.Standard; s != "" || len(std) == 0 || l2[len(l2)-1] != l2[len(l2)-2] {
			std = append(std, ind.Name+s)
		} else {
			std = append(std, std[len(std)-1])
		}
	}
	f.merges = append(append(append(f.merges, runs(1, l1)...), runs(2, l2)...), runs(6, std)...)
	return f
}

// runs gives the runs of two or more equal values of a column.
func runs(col int, values []string) []string {
	var out []string
	for i := 0; i < len(values); {
		j := i
		for j+1 < len(values) && values[j+1] == values[i] {
			j++
		}
		if j > i {
			out = append(out, fmt.Sprintf("%d %d-%d", col, i+1, j+1))
		}
		i = j + 1
	}
	return out
}

// TestForm11MatchesTheSeed: the Excel sheet 附件1-1 and the Word table of
// 附件1-1 have exactly the seed's columns, indicator rows in the seed's
// order and the seed's merges, followed by at most one 合计 row; the
// reasons are in the 评分说明 sheet and document, not on the form.
func TestForm11MatchesTheSeed(t *testing.T) {
	want := seedForm11(t)
	if len(want.rows) != 23 {
		t.Fatalf("the seed has %d indicators; want 23", len(want.rows))
	}
	for _, facts := range [][]byte{data.Example, data.Complete} {
		docs := renderUnit(t, facts)
		for name, doc := range docs {
			switch {
			case strings.HasPrefix(name, "附件1-1") && strings.HasSuffix(name, "指标表.xlsx"):
				compareForm11(t, name, want, xlsxForm11(t, doc))
				checkNotesSheet(t, name, doc)
			case strings.HasPrefix(name, "附件1-1") && strings.HasSuffix(name, "指标表.docx"):
				compareForm11(t, name, want, wordForm11(t, doc))
			case strings.HasPrefix(name, "附件1-1") && strings.HasSuffix(name, "评分说明.docx"):
				checkNotesDoc(t, name, doc)
			}
		}
	}
}

func compareForm11(t *testing.T, name string, want, got form11) {
	t.Helper()
	for _, c := range []struct {
		what      string
		want, got []string
	}{{"columns", want.columns, got.columns}, {"indicator rows", want.rows, got.rows}, {"merges", want.merges, got.merges}} {
		if !reflect.DeepEqual(c.want, c.got) {
			t.Errorf("%s: %s\n got %q\nwant %q", name, c.what, c.got, c.want)
		}
	}
}

// xlsxForm11 reads the first sheet of an .xlsx 附件1-1: headers in row 4,
// indicators from row 5 to the row before 合计, the merges among them, and
// fails on anything after 合计 or right of column G.
func xlsxForm11(t *testing.T, doc []byte) form11 {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var got form11
	got.columns = rows[3]
	last := len(rows)
	for i, row := range rows[4:] {
		if row[0] == "合计" {
			last = 5 + i
			break
		}
		got.rows = append(got.rows, row[2])
	}
	if last != len(rows) {
		t.Errorf("附件1-1.xlsx has %d rows after its 合计 row", len(rows)-last)
	}
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range merged {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if r1 >= 5 && r2 < last && c1 == c2 {
			got.merges = append(got.merges, fmt.Sprintf("%d %d-%d", c1, r1-4, r2-4))
		} else if r1 >= 5 && r2 < last {
			t.Errorf("附件1-1.xlsx merges %s across columns", m.GetStartAxis()+":"+m.GetEndAxis())
		}
	}
	sortMerges(got.merges)
	return got
}

// sortMerges orders merges by column, then row, as seedForm11 lists them.
func sortMerges(ms []string) {
	key := func(s string) (int, int) {
		var c, r1, r2 int
		fmt.Sscanf(s, "%d %d-%d", &c, &r1, &r2)
		return c, r1
	}
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0; j-- {
			cj, rj := key(ms[j])
			ci, ri := key(ms[j-1])
			if ci < cj || (ci == cj && ri < rj) {
				break
			}
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// wordTable is the first table of a .docx, as far as the tests need it.
type wordTable struct {
	Rows []struct {
		Pr struct {
			CantSplit *struct{} `xml:"cantSplit"`
			Header    *struct{} `xml:"tblHeader"`
		} `xml:"trPr"`
		Cells []struct {
			Pr struct {
				Span *struct {
					Val int `xml:"val,attr"`
				} `xml:"gridSpan"`
				VMerge *struct {
					Val string `xml:"val,attr"`
				} `xml:"vMerge"`
			} `xml:"tcPr"`
			Paras []struct {
				Pr struct {
					Style struct {
						Val string `xml:"val,attr"`
					} `xml:"pStyle"`
				} `xml:"pPr"`
				Runs []struct {
					Size *struct {
						Val int `xml:"val,attr"`
					} `xml:"rPr>sz"`
					Text []string `xml:"t"`
				} `xml:"r"`
			} `xml:"p"`
		} `xml:"tc"`
	} `xml:"tr"`
}

// firstTable parses the first w:tbl of a .docx.
func firstTable(t *testing.T, doc []byte) wordTable {
	t.Helper()
	body := zipPart(t, doc, "word/document.xml")
	start, end := strings.Index(body, "<w:tbl>"), strings.Index(body, "</w:tbl>")
	if start < 0 || end < 0 {
		t.Fatal("no table")
	}
	var tbl wordTable
	if err := xml.Unmarshal([]byte(body[start:end+len("</w:tbl>")]), &tbl); err != nil {
		t.Fatal(err)
	}
	return tbl
}

// cellText is the text of a table cell, paragraphs joined by "/".
func (w wordTable) cellText(row, cell int) string {
	var paras []string
	for _, p := range w.Rows[row].Cells[cell].Paras {
		var b strings.Builder
		for _, r := range p.Runs {
			b.WriteString(strings.Join(r.Text, ""))
		}
		paras = append(paras, b.String())
	}
	return strings.Join(paras, "/")
}

// wordForm11 reads the first table of a .docx 附件1-1: the header row, one
// row per indicator until 合计, and the vertical merges by grid column.
func wordForm11(t *testing.T, doc []byte) form11 {
	t.Helper()
	tbl := firstTable(t, doc)
	var got form11
	for i := range tbl.Rows[0].Cells {
		got.columns = append(got.columns, tbl.cellText(0, i))
	}
	n := 0
	for r := 1; r < len(tbl.Rows) && tbl.cellText(r, 0) != "合计"; r++ {
		got.rows = append(got.rows, tbl.cellText(r, 2))
		n++
	}
	if extra := len(tbl.Rows) - 1 - n - 1; extra != 0 {
		t.Errorf("附件1-1.docx has %d rows besides the header, the indicators and one 合计", extra)
	}
	for col := range got.columns {
		var values []string
		for r := 1; r <= n; r++ {
			c := tbl.Rows[r].Cells[col]
			switch {
			case c.Pr.VMerge != nil && c.Pr.VMerge.Val != "restart":
				values = append(values, values[len(values)-1])
			default:
				values = append(values, fmt.Sprintf("%d:%s", r, tbl.cellText(r, col)))
			}
		}
		got.merges = append(got.merges, runs(col+1, values)...)
	}
	return got
}

// checkNotesSheet: the .xlsx has a second sheet 评分说明 with each
// indicator and its reason.
func checkNotesSheet(t *testing.T, name string, doc []byte) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) != 2 || sheets[1] != "评分说明" {
		t.Fatalf("%s has the sheets %v; want 附件1-1 and 评分说明", name, sheets)
	}
	rows, _ := f.GetRows("评分说明")
	if len(rows) < 5 || !reflect.DeepEqual(rows[3], []string{"一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"}) {
		t.Fatalf("%s 评分说明 has no header row: %q", name, rows)
	}
	for _, row := range rows[4 : len(rows)-1] {
		if len(row) < 6 || row[5] == "" {
			t.Errorf("%s 评分说明: %q has no reason", name, row)
		}
	}
}

// checkNotesDoc: the Word 评分说明 gives each indicator its reason.
func checkNotesDoc(t *testing.T, name string, doc []byte) {
	t.Helper()
	tbl := firstTable(t, doc)
	if got := tbl.cellText(0, 5); got != "评分说明" {
		t.Errorf("%s: last column is %q", name, got)
	}
	for r := 1; r < len(tbl.Rows)-1; r++ {
		if tbl.cellText(r, 5) == "" {
			t.Errorf("%s: %s has no reason", name, tbl.cellText(r, 2))
		}
	}
	if len(tbl.Rows) != 1+23+1 {
		t.Errorf("%s has %d rows; want a header, 23 indicators and 合计", name, len(tbl.Rows))
	}
}
