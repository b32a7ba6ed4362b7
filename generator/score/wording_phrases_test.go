package score_test

import (
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/score"
)

// TestWordingReadsNaturally pins the sentences a QA reader found awkward:
// a distance from a target of 0, a deduction that rounds to nothing, a
// report sentence that said the score twice, a draft's “待评：待评”.
func TestWordingReadsNaturally(t *testing.T) {
	seed := seedReport(t)
	full := complete(t)
	barelyOver := complete(t, "  编制数: 60\n", "  编制数: 20000\n", "  在职人数: 56\n", "  在职人数: 20001\n")
	tests := []struct {
		name      string
		got       string
		want, not []string
	}{
		{"target 0: the rate is above 0, not 超出0共…", result(t, seed, "“三公经费”变动率").Reason,
			[]string{"=149.58%，高于0，每超出1个百分点扣0.5分，扣完为止，得0分"}, []string{"超出0", "共149.58"}},
		{"a deduction that rounds to 0 says so", result(t, barelyOver, "人员控制率").Parts[0].Reason,
			[]string{"=100.01%，比100%高0.01个百分点", "折合不足0.01分，不扣分，计2分"}, []string{"共扣0分", "超出100%共"}},
		{"its brief", result(t, barelyOver, "人员控制率").Parts[0].Brief,
			[]string{"在职人员控制率100.01%，比100%高0.01个百分点，不足扣分，计2分"}, []string{"扣0分"}},
		{"a judgement's line quotes the unit's grounds once", result(t, full, "经济效益").Line,
			[]string{"经济效益：粮食播种面积和总产量均完成目标，农民人均可支配收入增长7.9%，评定得5分"}, []string{"得5分，评定5分"}},
		{"a line does not repeat the name", result(t, full, "实际完成率").Line,
			[]string{"实际完成率97.5%，未达到目标值100%，得6.83分"}, []string{"实际完成率：", "计6.83分"}},
		{"a verdict says the score once", result(t, full, "人员控制率").Verdict,
			[]string{"各项均达到评分标准，本项得4分"}, []string{"计4分", "按评分标准，各项"}},
		{"a pending draft says what waits", result(t, seed, "绩效目标合理性").Verdict,
			[]string{"所需数据尚未填写，本项待评"}, []string{"待评：待评", "待评，待评"}},
		{"a pending line", result(t, seed, "资产管理制度健全性").Line,
			[]string{"资产管理制度健全性：所需数据尚未填写，待评"}, []string{"待评，待评"}},
		{"what was scored and what waits", result(t, seed, "预算执行率").Verdict,
			[]string{"按评分标准，①全年预算执行率：预算执行率77.04%，低于80%，计0分；②支付序时进度所需数据尚未填写；本项待评"}, nil},
	}
	for _, tc := range tests {
		for _, w := range tc.want {
			if !strings.Contains(tc.got, w) {
				t.Errorf("%s: %q lacks %q", tc.name, tc.got, w)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(tc.got, n) {
				t.Errorf("%s: %q holds %q", tc.name, tc.got, n)
			}
		}
	}
}

// TestVerdictSaysTheScoreOnce: in every case of the golden file, the
// report's sentence and list line on a scored indicator end with its
// score (and a one-part indicator names it only there), and a pending one never says 待评 twice in a row.
func TestVerdictSaysTheScoreOnce(t *testing.T) {
	reports := []*score.Report{seedReport(t), complete(t)}
	for _, c := range wordingCases {
		reports = append(reports, complete(t, c.edits...))
	}
	for _, r := range reports {
		for _, res := range r.Results {
			for _, s := range []string{res.Verdict, res.Line} {
				if res.Status == score.Pending {
					if !strings.HasSuffix(s, "待评") || strings.Contains(s, "待评，待评") || strings.Contains(s, "待评：待评") {
						t.Errorf("%s: %q", res.Indicator.Name, s)
					}
					continue
				}
				single := len(res.Indicator.Subs) == 0
				if n := scoreMentions(s, res.Score); single && n != 1 || !strings.HasSuffix(s, "得"+num.Plain(res.Score)+"分") {
					t.Errorf("%s: %q names its score %s %d times, or not at the end", res.Indicator.Name, s, res.Score, n)
				}
			}
		}
	}
}

// scoreMentions counts “得X分” and “计X分” of the score d, not counting
// longer numbers that end in it (“计10.5分” for 0.5).
func scoreMentions(s string, d num.Dec) int {
	n := 0
	for _, verb := range []string{"得", "计"} {
		n += strings.Count(s, verb+num.Plain(d)+"分")
	}
	return n
}

func seedReport(t *testing.T) *score.Report {
	t.Helper()
	p, _ := pack.Default()
	name, src, _ := p.Example()
	res, err := evaluate.Run(p, name, src)
	if err != nil {
		t.Fatal(err)
	}
	return res.Report
}
