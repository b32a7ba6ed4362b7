package docxbuild

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/generator/internal/clienttest"
)

func sample(t *testing.T) []byte {
	d := New("样例")
	d.P(Label, "附件1-3")
	d.P(Title, "样例标题")
	d.EndSection(Portrait, false, false)
	d.P(Heading1, "一、部门基本情况")
	d.P(Heading2, "（一）部门的职能职责")
	d.P(Body, "在职人员控制率为92.16%。")
	d.P(Body, strings.Repeat("国", 26)+strings.Repeat("家", 28)+"末")
	d.Spread(Plain, "填报单位：某局", "金额单位：万元", TypeWidth)
	d.Table(Table{Widths: []int{2000, 3000}, Rows: []Row{
		{Header: true, Cells: []TC{{Text: "项目名称", Style: CellHead}, {Text: "自评分数", Style: CellHead}}},
		{Cells: []TC{{Text: "物业管理费"}, {Text: "95", Align: "center"}}},
		{Split: true, Cells: []TC{{Text: "说明", Style: CellSmall}, {Text: "长", Style: CellHeadSmall}}},
	}})
	d.P(Body, "")
	b, err := d.Bytes(Portrait, true, true)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuiltDocumentOpensInClients(t *testing.T) {
	path := filepath.Join(t.TempDir(), "样例.docx")
	if err := os.WriteFile(path, sample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	text := clienttest.DocxText(t, path)
	for _, want := range []string{"一、部门基本情况", "在职人员控制率为92.16%。", "物业管理费 | 95", "填报单位：某局\t金额单位：万元", "说明 | 长"} {
		if !strings.Contains(text, want) {
			t.Errorf("python-docx text lacks %q:\n%s", want, text)
		}
	}
	pdf := clienttest.PDFText(t, path)[path]
	for _, want := range []string{"样例标题", "92.16%"} {
		if !strings.Contains(pdf, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, pdf)
		}
	}
	if !regexp.MustCompile(`填报单位：某局\s+金额单位：万元`).MatchString(pdf) {
		t.Errorf("the two ends of the caption are not on one line:\n%s", pdf)
	}
	if !regexp.MustCompile(`—\s*1\s*—`).MatchString(pdf) {
		t.Errorf("no page number “— 1 —” in:\n%s", pdf)
	}
	lines := strings.Split(pdf, "\n")
	for i, l := range lines {
		if strings.Contains(l, "家家") && strings.Count(l, "家") != 28 {
			t.Errorf("line %d holds %d characters; want 28 per line: %q", i, strings.Count(l, "家"), l)
		}
	}
	if strings.Contains(strings.SplitN(pdf, "\f", 2)[0], "—") {
		t.Error("the cover page has a page number")
	}
}

func TestBuildIsReproducible(t *testing.T) {
	if !bytes.Equal(sample(t), sample(t)) {
		t.Error("two builds differ")
	}
}
