package view

import (
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
)

// completeData evaluates the complete example after replacing old by new.
func completeData(t *testing.T, old, new string) map[string]any {
	t.Helper()
	p, _ := pack.Default()
	src := strings.Replace(string(data.Complete), old, new, 1)
	res, diags := evaluate.Run(p, "f.yaml", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return Data(res)
}

// TestScoresGiveReasonsAndBriefs: every row, part and indicator key has a
// full reason (说明) and a brief (简述) for the report's narrative.
func TestScoresGiveReasonsAndBriefs(t *testing.T) {
	s := completeData(t, "", "")["评分"].(map[string]any)
	if got := s["简述"].(map[string]any)["三公经费变动率"]; got != "“三公经费”变动率−6.82%，不超过0，计3分" {
		t.Errorf("简述 = %v", got)
	}
	if got := s["说明"].(map[string]any)["三公经费变动率"]; got != "“三公经费”变动率=（20.5−22）÷22×100%=−6.82%，不超过0，计3分" {
		t.Errorf("说明 = %v", got)
	}
	for _, r := range s["指标"].([]any) {
		row := r.(map[string]any)
		if row["说明"] == "" || row["简述"] == "" {
			t.Errorf("row %s lacks a reason: %v", row["三级指标"], row)
		}
		for _, p := range row["细项"].([]any) {
			if p.(map[string]any)["简述"] == "" {
				t.Errorf("a part of %s lacks its brief", row["三级指标"])
			}
		}
	}
}

// TestRowsCarryTheUnitsDistribution: the 分值 of a row whose points the unit
// distributes is the unit's own.
func TestRowsCarryTheUnitsDistribution(t *testing.T) {
	d := completeData(t, "满意度:\n", "分值分配:\n  实际完成率: 8\n  完成及时性: 5\n满意度:\n")
	for _, r := range d["评分"].(map[string]any)["指标"].([]any) {
		row := r.(map[string]any)
		want, ok := map[string]string{"实际完成率": "8", "完成及时性": "5", "质量达标率": "6"}[row["三级指标"].(string)]
		if ok && !row["分值"].(num.Dec).Equal(num.MustParse(want)) {
			t.Errorf("%s 分值 = %v; want %s", row["三级指标"], row["分值"], want)
		}
	}
}

// TestZeroDenominatorIsNotApplicable: with no 政府采购 at all, its rate is
// not a 【待补】 but not applicable: 可用 is false and it prints “不适用”.
func TestZeroDenominatorIsNotApplicable(t *testing.T) {
	d := completeData(t, "政府采购:\n  上年预算: 300\n  上年决算: 288.4\n  本年预算: 320\n  本年决算: 316.8\n", "政府采购:\n  上年预算: 0\n  上年决算: 0\n  本年预算: 0\n  本年决算: 0\n")
	v := d["指标值"].(map[string]any)["政府采购执行率"]
	na, ok := v.(tmpl.NotApplicable)
	if !ok || na.String() != "不适用" || na.Why != "政府采购金额2023年预算数为0，无法计算政府采购执行率" {
		t.Errorf("政府采购执行率 = %#v", v)
	}
}
