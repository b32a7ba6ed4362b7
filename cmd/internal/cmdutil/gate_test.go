package cmdutil

import (
	"strings"
	"testing"

	"jixiao/generator/gate"
)

// TestPrintGateNamesUnreadableDocuments: a document whose text could not
// be read keeps the package from being ready and is named, with why.
func TestPrintGateNamesUnreadableDocuments(t *testing.T) {
	r := &gate.Report{Placeholders: []gate.Placeholders{
		{Document: "附件1-1.docx"},
		{Document: "附件1-3 自评报告.docx", Unreadable: "XML 格式错误：第 2 行"},
	}}
	var b strings.Builder
	PrintGate(&b, r)
	out := b.String()
	for _, want := range []string{"离可上报的材料还差", "无法读取文字的文档：附件1-3 自评报告.docx（XML 格式错误：第 2 行），不能确认其中没有【待补】"} {
		if !strings.Contains(out, want) {
			t.Errorf("PrintGate:\n%s\nwant %q", out, want)
		}
	}
	if strings.Contains(out, "附件1-1.docx") {
		t.Errorf("a readable document without 【待补】 is listed:\n%s", out)
	}
}
