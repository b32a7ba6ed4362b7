package xlsx

import (
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/tmpl"
)

// TestEdges renders small templates at the edges of what the engine does
// and reads the results back with excelize.
func TestEdges(t *testing.T) {
	tests := []struct {
		name  string
		spec  string
		data  map[string]any
		check func(t *testing.T, f *excelize.File)
	}{
		{
			name: "loop at the last row",
			spec: "A1: 名称\nA2: {{range .项目}}{{.名称}}\nB2: {{.分数}}{{end}}\nname 全部 Sheet1!$A$2:$B$2\nvalid B2 decimal 0 100",
			data: map[string]any{"项目": projects(3)},
			check: func(t *testing.T, f *excelize.File) {
				cellIs(t, f, "Sheet1", "A4", "项目3", false)
				cellIs(t, f, "Sheet1", "B4", "62.5", true)
				cellIs(t, f, "Sheet1", "A5", "", false)
				if got := definedName(f, "全部", "Workbook"); got != "Sheet1!$A$2:$B$4" {
					t.Errorf("全部 = %q", got)
				}
			},
		},
		{
			name: "two loops in one sheet",
			spec: "A1: {{range .甲}}{{.名称}}\nB1: {{.分数}}{{end}}\nB2= SUM(B1:B1)\n" +
				"A3: {{range .乙}}{{.名称}}\nB3: {{.分数}}{{end}}\nB4= SUM(B3:B3)\nB5= B2+B4\nmerge C1:C4",
			data: map[string]any{"甲": projects(2), "乙": projects(3)},
			check: func(t *testing.T, f *excelize.File) {
				formulaIs(t, f, "Sheet1", "B3", "SUM(B1:B2)")
				cellIs(t, f, "Sheet1", "A4", "项目1", false)
				cellIs(t, f, "Sheet1", "A6", "项目3", false)
				formulaIs(t, f, "Sheet1", "B7", "SUM(B4:B6)")
				formulaIs(t, f, "Sheet1", "B8", "B3+B7")
				if got := merges(t, f, "Sheet1"); got != "C1:C7" {
					t.Errorf("merges = %q; want C1:C7", got)
				}
			},
		},
		{
			name: "loops on two sheets",
			spec: "sheet 一\nA1: {{range .甲}}{{.名称}}{{end}}\nB1: 分\nA2= COUNTA(A1:A1)\n" +
				"sheet 二\nA1: 标题\nA2: {{range .乙}}{{.名称}}\nB2: {{.负责人.姓名}}{{end}}\nA3= SUM(一!A2,COUNTA(A2:A2))",
			data: map[string]any{"甲": projects(4), "乙": projects(2)},
			check: func(t *testing.T, f *excelize.File) {
				cellIs(t, f, "一", "A4", "项目4", false)
				cellIs(t, f, "一", "B4", "分", false)
				formulaIs(t, f, "一", "A5", "COUNTA(A1:A4)")
				cellIs(t, f, "二", "B3", "负责人2", false)
				formulaIs(t, f, "二", "A4", "SUM(一!A5,COUNTA(A2:A3))")
			},
		},
		{
			name: "conditions keep or drop a row",
			spec: "A1: {{if .有}}有{{.x}}\nB1: 行{{end}}\nA2: {{if .无}}无\nB2: 行{{end}}\nA3: {{with .人}}{{.姓名}}\nB3: {{.年龄}}{{end}}\nA4: 尾",
			data: map[string]any{"有": true, "无": false, "x": 1, "人": map[string]any{"姓名": "张三", "年龄": 40}},
			check: func(t *testing.T, f *excelize.File) {
				cellIs(t, f, "Sheet1", "A1", "有1", false)
				cellIs(t, f, "Sheet1", "A2", "张三", false)
				cellIs(t, f, "Sheet1", "B2", "40", true)
				cellIs(t, f, "Sheet1", "A3", "尾", false)
			},
		},
		{
			name: "merged ranges in and beside the loop row",
			spec: "A1: 项目\nmerge A1:A2\nA2: x\nB2: {{range .项目}}{{.名称}}\nD2: {{.分数}}{{end}}\nmerge B2:C2\nA3: 尾\nmerge A3:D3",
			data: map[string]any{"项目": projects(3)},
			check: func(t *testing.T, f *excelize.File) {
				if got, want := merges(t, f, "Sheet1"), "A1:A4 A5:D5 B2:C2 B3:C3 B4:C4"; got != want {
					t.Errorf("merges = %q; want %q", got, want)
				}
				cellIs(t, f, "Sheet1", "B4", "项目3", false)
			},
		},
		{
			name: "notes move with their cells",
			spec: "A1: 表头\nnote A1 说明一\nA2: {{range .项目}}{{.名称}}\nB2: {{.分数}}{{end}}\nnote B2 模板行\nA3: {{range .空}}{{.}}\nB3: {{end}}\nnote B3 空行\nA4: 合计\nnote A4 合计说明\nnote B4 第二条",
			data: map[string]any{"项目": projects(3), "空": []any{}},
			check: func(t *testing.T, f *excelize.File) {
				comments, _ := f.GetComments("Sheet1")
				got := map[string]string{}
				for _, c := range comments {
					got[c.Cell] = c.Text
				}
				want := map[string]string{"A1": "说明一", "B2": "模板行", "A5": "合计说明", "B5": "第二条"}
				if len(got) != len(want) {
					t.Errorf("notes = %v; want %v", got, want)
				}
				for cell, text := range want {
					if got[cell] != text {
						t.Errorf("note at %s = %q; want %q (all: %v)", cell, got[cell], text, got)
					}
				}
			},
		},
		{
			name: "shared formulas below a loop keep every cell",
			spec: "A1: {{range .项目}}{{.名称}}\nB1: {{.分数}}{{end}}\nB2# 1\nB3# 2\nB4# 3\nshared C2:C4 B2*2\nC5= SUM(C2:C4)",
			data: map[string]any{"项目": projects(3)},
			check: func(t *testing.T, f *excelize.File) {
				formulaIs(t, f, "Sheet1", "C4", "B4*2")
				formulaIs(t, f, "Sheet1", "C5", "B5*2")
				formulaIs(t, f, "Sheet1", "C6", "B6*2")
				formulaIs(t, f, "Sheet1", "C7", "SUM(C4:C6)")
			},
		},
		{
			name: "validations keep their lists",
			spec: "A1: {{range .项目}}{{.名称}}\nB1: x{{end}}\nvalid B1 list 优&良,\"中\",<差>\nvalid A1 decimal 0 100",
			data: map[string]any{"项目": projects(3)},
			check: func(t *testing.T, f *excelize.File) {
				dvs, _ := f.GetDataValidations("Sheet1")
				got := map[string]string{}
				for _, dv := range dvs {
					got[dv.Sqref] = dv.Formula1
				}
				if got["B1:B3"] != `"优&良,"中",<差>"` || got["A1:A3"] != "0" || len(got) != 2 {
					t.Errorf("validations = %q", got)
				}
			},
		},
		{
			name: "empty loop at the last row",
			spec: "A1: 名称\nA2: {{range .项目}}{{.名称}}\nB2: {{.分数}}{{end}}\nB3= SUM(B2:B2)+1",
			data: map[string]any{"项目": []any{}},
			check: func(t *testing.T, f *excelize.File) {
				cellIs(t, f, "Sheet1", "A2", "", false)
				formulaIs(t, f, "Sheet1", "B2", "SUM(0)+1")
			},
		},
		{
			name: "nested data and inline loops",
			spec: "A1: {{.单位.名称}}\nA2: 科室：{{range .单位.科室}}{{.}}、{{end}}\nA3: {{range $i, $p := .项目}}{{$i}}\nB3: {{$p.负责人.姓名}}/{{$.单位.名称}}{{end}}",
			data: map[string]any{"单位": map[string]any{"名称": "某局", "科室": []any{"办公室", "财务股"}}, "项目": projects(2)},
			check: func(t *testing.T, f *excelize.File) {
				cellIs(t, f, "Sheet1", "A1", "某局", false)
				cellIs(t, f, "Sheet1", "A2", "科室：办公室、财务股、", false)
				cellIs(t, f, "Sheet1", "A4", "1", true)
				cellIs(t, f, "Sheet1", "B4", "负责人2/某局", false)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := render(t, tt.spec, tt.data)
			tt.check(t, f)
		})
	}
}

// TestTyping checks how whole-cell tags are typed and mixed cells become
// text.
func TestTyping(t *testing.T) {
	spec := `
A1: {{.金额}}
A2: {{.整数}}
A3: {{.率}}
style A3 numfmt=10
A4: {{.率}}
style A4 custom=0.0%
A5: {{.日期}}
style A5 numfmt=14
A6: {{.日期}}
A7: {{.是}}
A8: {{.待补}}
A9: 得分：{{.金额}}
A10: {{.编码}}
A11: {{.空}}
A12: {{float64 1.5}}
A13: {{比率 1 8}}
style A13 numfmt=10
A14:  {{- .金额 -}}  
A15: {{.时间}}
style A15 custom=yyyy"年"m"月"d"日"
A16: {{千分位 .金额 2}}
A17: {{.大数}}
`
	data := map[string]any{
		"金额": dec("12819.60"), "整数": 51, "率": dec("92.16"), "日期": "2023-04-13",
		"是": true, "待补": tmpl.Pending{Need: []string{"人员.编制数"}}, "编码": "001", "空": nil,
		"时间": time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), "大数": dec("123456789012.000000001"),
	}
	f, _ := render(t, spec, data)
	for _, c := range []struct {
		ref, want string
		number    bool
	}{
		{"A1", "12819.6", true},
		{"A2", "51", true},
		{"A3", "0.9216", true},
		{"A4", "0.9216", true},
		{"A5", "45029", true},
		{"A6", "2023-04-13", false},
		{"A8", "【待补：人员.编制数】", false},
		{"A9", "得分：12819.6", false},
		{"A10", "001", false},
		{"A11", "", false},
		{"A12", "1.5", true},
		{"A13", "0.125", true},
		{"A14", "12819.6", true},
		{"A15", "45293", true},
		{"A16", "12,819.60", false},
		{"A17", "123456789012.000000001", true},
	} {
		cellIs(t, f, "Sheet1", c.ref, c.want, c.number)
	}
	if typ, _ := f.GetCellType("Sheet1", "A7"); typ != excelize.CellTypeBool {
		t.Errorf("A7 type = %v; want bool", typ)
	}
}
