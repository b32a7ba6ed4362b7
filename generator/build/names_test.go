package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/diag"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
)

// packWith returns a pack whose documents are the given template → output
// pairs.
func packWith(pairs ...string) *pack.Pack {
	p := &pack.Pack{}
	for i := 0; i+1 < len(pairs); i += 2 {
		p.Meta.Documents = append(p.Meta.Documents, pack.Document{Template: pairs[i], Output: pairs[i+1],
			Pos: diag.Pos{File: "pack.yaml", Line: i + 1}, OutputPos: diag.Pos{File: "pack.yaml", Line: i + 2, Col: 5}})
	}
	return p
}

func TestNamesRefuseWhatWouldLoseADocument(t *testing.T) {
	data := map[string]any{"单位": "某局", "年度": "2023"}
	for _, tt := range []struct {
		name  string
		pairs []string
		want  string
	}{
		{"same name", []string{"a.docx", "报告.docx", "b.docx", "报告.docx"}, "与第 1 个文档（a.docx）的“报告.docx”相同"},
		{"names differing in case", []string{"a.xlsx", "Table.xlsx", "b.xlsx", "TABLE.XLSX"}, "不区分大小写时是同一个文件"},
		{"word template, excel name", []string{"a.docx", "报告.xlsx"}, "扩展名应为 .docx：模板 a.docx 是 Word 文档"},
		{"excel template, word name", []string{"a.xlsx", "{{.单位}}.docx"}, "扩展名应为 .xlsx"},
		{"reserved name", []string{"a.xlsx", "CON.xlsx"}, "Windows 的保留名称"},
		{"reserved name, lower case", []string{"a.docx", "nul.docx"}, "Windows 的保留名称"},
		{"reserved name COM1", []string{"a.docx", "com1 .docx"}, "Windows 的保留名称"},
		{"no extension", []string{"a.docx", "NUL"}, "Windows 的保留名称"},
		{"trailing dot", []string{"a.docx", "报告.docx."}, "以点或空格结尾"},
		{"trailing space", []string{"a.docx", "报告.docx "}, "以点或空格结尾"},
		{"empty", []string{"a.docx", "{{if false}}x{{end}}"}, "文件名为空"},
		{"pattern error", []string{"a.docx", "{{.无此字段}}.docx"}, "数据中没有字段“无此字段”"},
		{"runaway pattern", []string{"a.docx", `{{range until 100000}}{{range until 100000}}{{end}}{{end}}.docx`}, "循环、序列和列表共超过"},
		{"huge pattern", []string{"a.docx", `{{indent 100000000000 "x"}}.docx`}, "生成的文字共超过"},
		{"too long without a unit", []string{"a.docx", strings.Repeat("表", 90) + ".docx"}, "过长"},
		{"parent folder", []string{"a.xlsx", "../../escape.xlsx"}, "含有“/”"},
		{"backslash", []string{"a.docx", `..\逃逸.docx`}, "含有“\\”"},
		{"folder in a quoted string", []string{"a.docx", `{{"子目录/"}}报告.docx`}, "含有“/”"},
		{"folder in a branch", []string{"a.docx", `{{if .单位}}子目录/{{end}}报告.docx`}, "含有“/”"},
		{"hidden name", []string{"a.docx", ".报告.docx"}, "以点开头"},
		{"dot made by a function", []string{"a.docx", `{{printf "%c" 46}}报告.docx`}, "以点开头"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Names(packWith(tt.pairs...), data, tmpl.NewBudget())
			if !diags.HasErrors() || !strings.Contains(diags.Error(), tt.want) {
				t.Errorf("diags = %v; want %q", diags, tt.want)
			}
		})
	}
}

func TestNamesShortenALongUnitName(t *testing.T) {
	unit := strings.Repeat("某", 70) + "局"
	p := packWith("a.docx", "附件1-3 2023年度{{.单位}}整体支出绩效自评报告.docx",
		"b.xlsx", "附件1-1 {{.单位}}部门整体支出绩效自评指标表.xlsx")
	names, diags := Names(p, map[string]any{"单位": unit}, tmpl.NewBudget())
	if diags.HasErrors() || len(diags) != 2 || !strings.Contains(diags[0].Msg, "单位名称缩短为") {
		t.Fatalf("diags = %v", diags)
	}
	for _, n := range names {
		if len(n) > MaxNameBytes || !strings.HasPrefix(n, "附件1-") || !strings.Contains(n, "…") {
			t.Errorf("name %q (%d bytes)", n, len(n))
		}
	}
	other, _ := Names(p, map[string]any{"单位": strings.Repeat("某", 70) + "办"}, tmpl.NewBudget())
	if other[0] == names[0] {
		t.Errorf("two units with the same long prefix get the same name %q", names[0])
	}
	dir := t.TempDir()
	if _, err := Write(dir, []Output{{Name: names[0], Data: []byte("x")}, {Name: names[1], Data: []byte("y")}}); err != nil {
		t.Fatalf("writing the shortened names: %v", err)
	}
}

func TestWriteRemovesStaleTempFilesOnly(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".jixiao-4242.tmp")
	keep := filepath.Join(dir, ".附件1-1.xlsx.123.tmp")
	for _, f := range []string{stale, keep} {
		os.WriteFile(f, []byte("x"), 0o644)
		os.Chtimes(f, started.Add(-60e9), started.Add(-60e9))
	}
	if _, err := Write(dir, []Output{{Name: "a.docx", Data: []byte("new")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("a file that is not jixiao's was removed")
	}
}

func TestProtectRefusesToOverwriteInputs(t *testing.T) {
	dir := t.TempDir()
	facts := filepath.Join(dir, "某局.yaml")
	os.WriteFile(facts, []byte("单位: 某局\n"), 0o644)
	err := Protect(dir, []Output{{Name: "某局.yaml"}}, facts)
	if err == nil || !strings.Contains(err.Error(), "不会覆盖") {
		t.Errorf("err = %v", err)
	}
}

// TestNamesReportAnExhaustedBudgetOnce: a name that exhausts the run's
// budget is reported at its 输出 pattern, once; the names after it, which
// did nothing wrong, are not blamed for it.
func TestNamesReportAnExhaustedBudgetOnce(t *testing.T) {
	p := packWith("a.xlsx", `{{repeat 100000 (repeat 100000 "x")}}.xlsx`,
		"b.docx", "{{.单位}}报告.docx", "c.docx", "{{.单位}}说明.docx")
	b := tmpl.NewBudget()
	_, diags := Names(p, map[string]any{"单位": "某局"}, b)
	if len(diags) != 1 || diags[0].Pos.Line != 2 || !strings.Contains(diags[0].Msg, "生成的文字共超过") {
		t.Errorf("diags = %v; want one error at line 2, the first 输出", diags)
	}
	if b.Err() == nil {
		t.Error("the budget is not marked exhausted")
	}
}

// TestNamesMakeAUnitNameSafe: a “/” or “:” in the unit's name (the facts,
// not the pack) is a name, not a path: it becomes “_”, as in the unit's
// folder (batch.FolderName).
func TestNamesMakeAUnitNameSafe(t *testing.T) {
	names, diags := Names(packWith("a.docx", "{{.单位}}报告.docx"), map[string]any{"单位": "某局/办公室:一科"}, tmpl.NewBudget())
	if diags.HasErrors() || names[0] != "某局_办公室_一科报告.docx" {
		t.Errorf("names %q, diags %v", names, diags)
	}
}
