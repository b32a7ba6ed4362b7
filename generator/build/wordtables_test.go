package build

import (
	"testing"

	"jixiao/generator/docx/docxtest"
)

// The Word tables of the default pack, by output name, and the golden
// file of each (its word/document.xml, one element per line).
const (
	word11      = "附件1-1 长沙县机关事务中心部门整体支出绩效自评指标表.docx"
	word11Notes = "附件1-1 长沙县机关事务中心部门整体支出绩效自评指标表评分说明.docx"
	word12      = "附件1-2 长沙县机关事务中心部门整体支出绩效自评基础数据表.docx"
	word24      = "附件2-4 长沙县机关事务中心公共项目资金绩效自评评分汇总表.docx"
)

var wordGoldens = map[string]string{word11: "word11.xml", word11Notes: "word11notes.xml", word12: "word12.xml", word24: "word24.xml"}

// TestExampleWordTablesGolden compares the document part of the example's
// three Word tables with testdata/golden; -update rewrites them.
func TestExampleWordTablesGolden(t *testing.T) {
	for name, data := range exampleDocs(t, "", wordGoldens) {
		got, err := docxtest.PrettyPart(data, "word/document.xml")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		golden(t, name, wordGoldens[name], got)
	}
}
