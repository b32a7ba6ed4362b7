package score_test

import (
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

// complete scores the complete example with the default pack after
// replacing old by new in its text (each must occur once).
func complete(t *testing.T, edits ...string) *score.Report {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	src := string(data.Complete)
	for i := 0; i+1 < len(edits); i += 2 {
		if strings.Count(src, edits[i]) != 1 {
			t.Fatalf("the complete example does not hold %q once", edits[i])
		}
		src = strings.Replace(src, edits[i], edits[i+1], 1)
	}
	res, diags := evaluate.Run(p, "完整.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res.Report
}

func result(t *testing.T, r *score.Report, name string) *score.Result {
	t.Helper()
	for _, res := range r.Results {
		if res.Indicator.Name == name {
			return res
		}
	}
	t.Fatalf("no indicator %s", name)
	return nil
}

const procurement = `政府采购:
  上年预算: 300
  上年决算: 288.4
  本年预算: 320
  本年决算: 316.8
  说明: 全部采购项目均按《政府采购法》依法采购并履行了验收手续。
`

const threePublicHead = "三公经费:\n  合计:\n"

// The complete example scores 98.00: ① of 政府采购 is 0.9 (99%), ② of
// 预算执行率 is 1.22 (三季度 76.1%, 3.9 points short, 0.78 deducted).

// TestNoProcurementAtAll: no budget and none bought (政府采购: 无) → ① full
// marks: 98.00 − 0.9 + 1 = 98.10, complete, 优.
func TestNoProcurementAtAll(t *testing.T) {
	r := complete(t, procurement, "政府采购: 无\n")
	res := result(t, r, "政府采购执行率和规范性")
	p := res.Parts[0]
	if p.Status != score.Computed || p.Score.String() != "1" ||
		p.Reason != "政府采购金额2023年预算数为0，政府采购金额2023年决算数也为0，按评分规则计满分1分" {
		t.Errorf("①: %s %s %q", p.Status, p.Score, p.Reason)
	}
	if !r.Complete || r.Total.String() != "98.1" || r.Grade != "优" || len(r.Gaps()) != 0 {
		t.Errorf("total %s complete %v grade %s gaps %v", r.Total, r.Complete, r.Grade, r.Gaps())
	}
}

// TestProcurementWithoutBudget: 30 bought without a budget → ① 0 with the
// reason: 98.00 − 0.9 = 97.10.
func TestProcurementWithoutBudget(t *testing.T) {
	r := complete(t, procurement, "政府采购:\n  上年预算: 0\n  上年决算: 0\n  本年预算: 0\n  本年决算: 30\n")
	p := result(t, r, "政府采购执行率和规范性").Parts[0]
	if p.Score.String() != "0" || p.Reason != "政府采购金额2023年预算数为0，而政府采购金额2023年决算数为30万元，按评分规则计0分" {
		t.Errorf("①: %s %q", p.Score, p.Reason)
	}
	if !r.Complete || r.Total.String() != "97.1" {
		t.Errorf("total %s complete %v", r.Total, r.Complete)
	}
}

// TestNoThreePublicEitherYear: 三公经费: 无 → 变动率 0 ÷ 0 and 控制率 0 ÷ 0
// both full marks (3 and 2, as before): 98.00, complete.
func TestNoThreePublicEitherYear(t *testing.T) {
	src := string(data.Complete)
	start := strings.Index(src, threePublicHead)
	end := strings.Index(src, "\n基本支出:")
	r := complete(t, src[start:end+1], "三公经费: 无\n")
	change := result(t, r, "“三公经费”变动率")
	if change.Score.String() != "3" || change.Reason != "“三公经费”2022年预算数为0，“三公经费”2023年预算数也为0，按评分规则计满分3分" {
		t.Errorf("变动率: %s %q", change.Score, change.Reason)
	}
	if ctl := result(t, r, "“三公经费”控制率"); ctl.Score.String() != "2" {
		t.Errorf("控制率: %s %q", ctl.Score, ctl.Reason)
	}
	if !r.Complete || r.Total.String() != "98" || r.Grade != "优" {
		t.Errorf("total %s complete %v", r.Total, r.Complete)
	}
}

// TestThreePublicFromNothing: 上年 0, 本年 20.5 → an increase from nothing:
// 变动率 0分 (98.00 − 3 = 95.00).
func TestThreePublicFromNothing(t *testing.T) {
	r := complete(t, "    上年预算: 22\n    上年决算: 20.25\n", "    上年预算: 0\n    上年决算: 20.25\n",
		"    上年预算: 18\n    上年决算: 16.8\n    本年预算: 17\n    本年决算: 15.62\n  公车购置", "    上年预算: 0\n    上年决算: 16.8\n    本年预算: 17\n    本年决算: 15.62\n  公车购置",
		"    上年预算: 18\n    上年决算: 16.8\n    本年预算: 17\n    本年决算: 15.62\n    说明", "    上年预算: 0\n    上年决算: 16.8\n    本年预算: 17\n    本年决算: 15.62\n    说明",
		"    上年预算: 4\n", "    上年预算: 0\n")
	change := result(t, r, "“三公经费”变动率")
	if change.Score.String() != "0" || !strings.Contains(change.Reason, "为0，而“三公经费”2023年预算数为20.5万元，按评分规则计0分") {
		t.Errorf("变动率: %s %q", change.Score, change.Reason)
	}
	if r.Total.String() != "95" {
		t.Errorf("total %s", r.Total)
	}
}

// TestFirstQuarterNothingIssued: 一季度: 无 → the quarter is not assessed;
// 二季度 1800 ÷ 3900 = 46.15% (3.85 short) and 三季度 76.10% (3.9 short):
// 7.75 × 0.2 = 1.55 deducted, ② = 0.45; 98.00 − 1.22 + 0.45 = 97.23.
func TestFirstQuarterNothingIssued(t *testing.T) {
	r := complete(t, "    一季度:\n      序时执行数: 820\n      序时指标下达数: 3600\n", "    一季度: 无\n",
		"      序时执行数: 2050\n", "      序时执行数: 1800\n")
	res := result(t, r, "预算执行率")
	p := res.Parts[1]
	if p.Status != score.Computed || p.Score.String() != "0.45" {
		t.Fatalf("②: %s %s %q", p.Status, p.Score, p.Reason)
	}
	for _, want := range []string{"一季度支付序时进度不考核（一季度末序时指标下达数为0，一季度末序时执行数也为0）",
		"二季度支付序时进度=1800÷3900×100%=46.15%，比50%低3.85个百分点", "共扣1.55分，计0.45分"} {
		if !strings.Contains(p.Reason, want) {
			t.Errorf("② %q lacks %q", p.Reason, want)
		}
	}
	if !r.Complete || r.Total.String() != "97.23" {
		t.Errorf("total %s complete %v", r.Total, r.Complete)
	}
}

// TestNothingIssuedAllYear: three quarters 无 → ② not applicable, 2 points.
func TestNothingIssuedAllYear(t *testing.T) {
	src := string(data.Complete)
	start := strings.Index(src, "    一季度:\n")
	end := strings.Index(src, "\n预算调整:")
	r := complete(t, src[start:end+1], "    一季度: 无\n    二季度: 无\n    三季度: 无\n\n")
	p := result(t, r, "预算执行率").Parts[1]
	if p.Status != score.NotApplicable || p.Score.String() != "2" || !strings.HasSuffix(p.Reason, "本项不适用，按满分计2分") {
		t.Errorf("②: %s %s %q", p.Status, p.Score, p.Reason)
	}
}

// TestMissingQuarterKeepsTheAnnualRate: with 一季度 not filled in, ② waits
// but ① still counts: 预算执行率 has 4 points scored and 2 pending, and no
// message speaks of “0 项”.
func TestMissingQuarterKeepsTheAnnualRate(t *testing.T) {
	r := complete(t, "    一季度:\n      序时执行数: 820\n      序时指标下达数: 3600\n", "    一季度:\n")
	res := result(t, r, "预算执行率")
	if res.Status != score.Pending || res.Score.String() != "4" || res.Pending.String() != "2" {
		t.Errorf("预算执行率: %s score %s pending %s", res.Status, res.Score, res.Pending)
	}
	if r.Complete || r.Total.String() != "96.78" || r.Pending.String() != "2" {
		t.Errorf("total %s pending %s", r.Total, r.Pending)
	}
	if got := strings.Join(r.Gaps(), "、"); got != "预算执行.序时进度.一季度.序时执行数、预算执行.序时进度.一季度.序时指标下达数" {
		t.Errorf("gaps %q", got)
	}
}

// TestUndecidedIsAGapInWords: a zero denominator the rubric keeps 待评
// (编制数 0, a figure to correct) leaves a gap that names it; the JSON never
// says 完整 false with nothing missing.
func TestUndecidedIsAGapInWords(t *testing.T) {
	r := complete(t, "  编制数: 60\n", "  编制数: 0\n")
	j := r.JSON()
	want := "人员控制率①在职人员控制率：编制数为0，无法计算在职人员控制率，请核实，待评"
	if j.Complete || len(j.Missing) != 1 || j.Missing[0] != want {
		t.Errorf("complete %v missing %q", j.Complete, j.Missing)
	}
}
