package evaluate

import (
	"strings"
	"testing"

	"jixiao/generator/diag"

	"jixiao/data"
	"jixiao/generator/pack"
)

func example(t *testing.T) *Result {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	name, src, ok := p.Example()
	if !ok {
		t.Fatal("no example")
	}
	res, diags := Run(p, name, src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res
}

func TestExampleFindings(t *testing.T) {
	res := example(t)
	got := res.Findings.Error()
	for _, want := range []string{
		"预算调整数两处不一致：附件1-2为3537.37万元，报告正文为3821.31万元；报告数恰好等于预算数16640.91万元−预算完成数12819.6万元=3821.31万元",
		"公务用车购置和维护经费2021年决算数列报719.55万元，由分项计算为717.8万元",
		"公务用车购置和维护经费2022年决算数列报613.76万元，由分项计算为612.54万元",
		"公用经费其中“办公经费”2022年决算数25.88万元，超过2022年预算数25万元",
		"政府采购执行率=439.27÷240×100%=183.03%，超过100%",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
	if !res.Findings.HasErrors() {
		t.Error("the example should have errors")
	}
}

func TestExampleScores(t *testing.T) {
	res := example(t)
	byName := map[string]string{}
	for _, r := range res.Report.Results {
		s := string(r.Status)
		if r.Status != "待评" {
			s = r.Score.String()
		}
		byName[r.Indicator.Name] = s
	}
	for name, want := range map[string]string{
		"“三公经费”变动率": "0", "预算调整率": "0", "“三公经费”控制率": "2",
		"人员控制率": "待评", "结转结余": "待评", "实际完成率": "待评", "社会公众或服务对象满意度": "待评",
	} {
		if byName[name] != want {
			t.Errorf("%s = %s; want %s", name, byName[name], want)
		}
	}
	if n := len(res.Facts.Get("公共项目").Items); n != 16 {
		t.Errorf("公共项目 has %d items; want 16", n)
	}
	if res.Report.Complete || res.Report.GradeText() != "待评" {
		t.Errorf("complete = %v, grade %q", res.Report.Complete, res.Report.GradeText())
	}
}

// TestJudgedScoreBeyondPrecisionIsAnError: a 评定 得分 of 4.995 is not
// rounded silently; the file is refused at that line.
func TestJudgedScoreBeyondPrecisionIsAnError(t *testing.T) {
	p, _ := pack.Default()
	src := strings.Replace(string(data.Complete), "经济效益: {得分: 5,", "经济效益: {得分: 4.995,", 1)
	_, diags := Run(p, "f.yaml", []byte(src))
	if !diags.HasErrors() || !strings.Contains(diags.Error(), "f.yaml:319:14: 错误: “评定.经济效益.得分”最多保留 2 位小数（评分规则的精度），实际为 4.995") {
		t.Errorf("diags = %v", diags)
	}
}

// TestLastYearDisagreementIsAHint: a total that disagrees with its parts is
// an error in the year's own columns (the seed's 2022 公务用车 613.76) and a
// hint in the 上年 columns (its 2021 719.55, last year's reported figure).
func TestLastYearDisagreementIsAHint(t *testing.T) {
	res := example(t)
	for want, severity := range map[string]diag.Severity{
		"公务用车购置和维护经费2022年决算数列报613.76万元": diag.Error,
		"公务用车购置和维护经费2021年决算数列报719.55万元": diag.Warning,
	} {
		var found bool
		for _, d := range res.Findings {
			if strings.Contains(d.Msg, want) {
				found = true
				if d.Severity != severity {
					t.Errorf("%s: %s, want %s", want, d.Severity, severity)
				}
			}
		}
		if !found {
			t.Errorf("no finding %q", want)
		}
	}
}
