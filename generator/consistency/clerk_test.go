package consistency_test

import (
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// edit is a replacement in the complete example: old must occur in it.
type edit struct{ old, new string }

// findings runs check on the complete example changed by edits and returns
// the findings with the source, so that positions can be verified.
func findings(t *testing.T, edits ...edit) (diag.List, string) {
	t.Helper()
	p, d := pack.Default()
	if d.HasErrors() {
		t.Fatal(d)
	}
	src := string(data.Complete)
	for _, e := range edits {
		if !strings.Contains(src, e.old) {
			t.Fatalf("the complete example lacks %q", e.old)
		}
		src = strings.Replace(src, e.old, e.new, 1)
	}
	res, diags := evaluate.Run(p, "f.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("load: %v", diags)
	}
	return res.Findings, src
}

// lineOf is the line number of the first line of src containing s.
func lineOf(src, s string) int {
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	return 0
}

// TestCompleteExampleIsClean: the passing case of every check below.
func TestCompleteExampleIsClean(t *testing.T) {
	if got, _ := findings(t); len(got) != 0 {
		t.Errorf("the complete example has findings:\n%v", got)
	}
}

// TestClerkChecks: each check fails on a changed figure, at the line of the
// fact, with the severity and message a clerk acts on; and passes at the
// boundary next to it.
func TestClerkChecks(t *testing.T) {
	tests := []struct {
		name  string
		edits []edit
		at    string // text on the line the finding points at
		sev   diag.Severity
		want  string // "" = no finding expected from this check
		check string // a word of the check's messages, to look for when want is ""
	}{
		{name: "部门整体 with the project budget", edits: []edit{{"预算数: 6550", "预算数: 4350"}}, at: "预算数: 4350", sev: diag.Error,
			want: "预算数4350万元与部门整体口径的本年预算（基本支出2023年预算数2200万元+项目支出2023年预算数4350万元=6550万元）不符：预算数恰好等于项目支出本年预算"},
		{name: "部门整体 with another budget", edits: []edit{{"预算数: 6550", "预算数: 6600"}}, at: "预算数: 6600", sev: diag.Error,
			want: "预算数6600万元与部门整体口径的本年预算"},
		{name: "部门整体, columns hold the initial budget", edits: []edit{{"预算数: 6550", "预算数: 6700"}, {"年初预算数: 6400", "年初预算数: 6550"}},
			at: "预算数: 6700", sev: diag.Warning, want: "该合计等于年初预算数6550万元"},
		{name: "blank 口径 is read as 部门整体", edits: []edit{{"  口径: 部门整体\n", ""}, {"预算数: 6550", "预算数: 4350"}}, at: "预算数: 4350", sev: diag.Error,
			want: "与部门整体口径的本年预算"},
		{name: "项目支出 口径 with the whole budget", edits: []edit{{"口径: 部门整体", "口径: 项目支出"}}, at: "预算数: 6550", sev: diag.Error,
			want: "预算数6550万元与项目支出口径的本年预算（项目支出2023年预算数4350万元）不符"},
		{name: "项目支出 口径, figures of its basis", edits: []edit{{"口径: 部门整体", "口径: 项目支出"}, {"预算数: 6550", "预算数: 4350"}, {"预算完成数: 6347.92", "预算完成数: 4174.68"}},
			check: "口径的本年"},
		{name: "完成数 other than the 决算 totals", edits: []edit{{"预算完成数: 6347.92", "预算完成数: 6347.9"}}, at: "预算完成数: 6347.9", sev: diag.Error,
			want: "预算完成数6347.9万元与部门整体口径的本年决算（基本支出2023年决算数2173.24万元+项目支出2023年决算数4174.68万元=6347.92万元）不符"},
		{name: "项目支出 完成数 other than its 决算", edits: []edit{{"口径: 部门整体", "口径: 项目支出"}, {"预算数: 6550", "预算数: 4350"}}, at: "预算完成数: 6347.92", sev: diag.Error,
			want: "预算完成数6347.92万元与项目支出口径的本年决算（项目支出2023年决算数4174.68万元）不符"},
		{name: "三公 in 元: larger than everything", edits: []edit{{"    本年预算: 20.5\n", "    本年预算: 205000\n"}}, at: "本年预算: 205000", sev: diag.Error,
			want: "“三公经费”2023年预算数205000万元大于本单位同期的全部支出（基本支出2023年预算数2200万元+项目支出2023年预算数4350万元=6550万元）；金额一律以万元为单位，若205000是按元填写的，应写成20.5"},
		{name: "政府采购 in 元: 10000 times its row", edits: []edit{{"  本年决算: 316.8", "  本年决算: 2884000"}}, at: "本年决算: 2884000", sev: diag.Error,
			want: "政府采购金额2023年决算数2884000万元是政府采购金额2022年决算数288.4万元的10000倍：同一行的金额相差一万倍以上"},
		{name: "政府采购 just under 10000 times", edits: []edit{{"  本年决算: 316.8", "  本年决算: 2883999.99"}}, check: "一万倍"},
		{name: "序时执行数 in 元", edits: []edit{{"序时执行数: 2050", "序时执行数: 20500000"}}, at: "序时执行数: 20500000", sev: diag.Error,
			want: "二季度末序时执行数20500000万元大于全年的预算数6550万元：截至季度末的累计数不会超过全年预算；金额一律以万元为单位，若20500000是按元填写的，应写成2050"},
		{name: "a small first quarter is no jump", edits: []edit{{"序时执行数: 820", "序时执行数: 0.01"}}, check: "倍"},
		{name: "预算数 in 元", edits: []edit{{"预算数: 6550", "预算数: 65500000"}}, at: "预算数: 65500000", sev: diag.Error,
			want: "预算数65500000万元是预算完成数6347.92万元的10318倍：年初预算数、预算数和预算完成数相差一万倍以上"},
		{name: "Q2 below Q1", edits: []edit{{"序时执行数: 2050", "序时执行数: 800"}}, at: "序时执行数: 800", sev: diag.Error,
			want: "二季度末序时执行数800万元小于一季度末的820万元：序时执行数是截至季度末的累计数"},
		{name: "Q2 equal to Q1", edits: []edit{{"序时执行数: 2050", "序时执行数: 820"}}, check: "累计数"},
		{name: "Q3 下达数 below Q2", edits: []edit{{"序时指标下达数: 4100", "序时指标下达数: 3899.99"}}, at: "序时指标下达数: 3899.99", sev: diag.Error,
			want: "三季度末序时指标下达数3899.99万元小于二季度末的3900万元"},
		{name: "duplicate project", edits: []edit{{"名称: 耕地地力保护补贴项目", "名称: 高标准农田建设项目"}}, at: "名称: 高标准农田建设项目\n    自评分数: 96", sev: diag.Error,
			want: "附件2-4 的公共项目“高标准农田建设项目”重复：第 216 行已有同名的一项"},
		{name: "duplicate 其中 row", edits: []edit{{"名称: 会议费、培训费", "名称: 办公经费"}}, at: "- 名称: 办公经费\n      上年预算: 12", sev: diag.Error,
			want: "公用经费的“其中”行“办公经费”重复"},
		{name: "duplicate rule", edits: []edit{{"《示例县农业农村局内部控制制度》", "《示例县农业农村局财务管理制度》"}}, at: "- 《示例县农业农村局财务管理制度》\n  - 《示例县农业农村局预算", sev: diag.Warning,
			want: "管理制度中这一项与第 194 行重复"},
		{name: "report date inside the evaluated year", edits: []edit{{"报告日期: 2024-03-20", "报告日期: 2023/12/31"}}, at: "报告日期: 2023/12/31", sev: diag.Warning,
			want: "成文日期2023年12月31日不在2023年度结束之后：自评报告在年度结束后成文，请核实报告日期"},
		{name: "report date the day after the year", edits: []edit{{"报告日期: 2024-03-20", "报告日期: 2024年1月1日"}}, check: "成文日期"},
		{name: "project without a score", edits: []edit{{"    自评分数: 96\n", ""}}, at: "名称: 耕地地力保护补贴项目", sev: diag.Warning,
			want: "公共项目“耕地地力保护补贴项目”没有填写自评分数（附件2-4 自评分数）"},
	}
	for _, tt := range tests {
		got, src := findings(t, tt.edits...)
		if tt.want == "" {
			for _, d := range got {
				if strings.Contains(d.Msg, tt.check) {
					t.Errorf("%s: unexpected finding %s", tt.name, d)
				}
			}
			continue
		}
		var hit *diag.Diagnostic
		for i, d := range got {
			if strings.Contains(d.Msg, tt.want) {
				hit = &got[i]
			}
		}
		if hit == nil {
			t.Errorf("%s: no finding with %q in\n%v", tt.name, tt.want, got)
			continue
		}
		if line := lineOfBlock(src, tt.at); hit.Pos.Line != line || hit.Pos.Col == 0 || hit.Severity != tt.sev {
			t.Errorf("%s: %s; want %s at line %d", tt.name, hit, tt.sev, line)
		}
	}
}

// lineOfBlock is the line where the text s (possibly several lines) starts.
func lineOfBlock(src, s string) int {
	i := strings.Index(src, s)
	if i < 0 {
		return 0
	}
	first := strings.SplitN(s, "\n", 2)[0]
	return lineOf(src[i:], first) + strings.Count(src[:i], "\n")
}
