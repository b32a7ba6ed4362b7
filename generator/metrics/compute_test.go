package metrics_test

import (
	"os"
	"testing"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/rubric"
)

// loadExample computes the example unit with the shipped rubric's schema
// and metrics.
func loadExample(t *testing.T) *metrics.Set {
	t.Helper()
	r, _, diags := rubric.LoadFile("../../templates/changsha-2022/rubric.yaml")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	path := "../../data/长沙县机关事务中心-2022.yaml"
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, diags := facts.Load(path, src, r.FactsSchema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return metrics.Compute(f, r.MetricDefs())
}

func TestExampleMetrics(t *testing.T) {
	s := loadExample(t)
	want := map[string]string{
		"在职人员控制率": "92.16",
		"三公经费变动率": "149.58",
		"预算执行率":   "77.04",
		"预算调整率":   "21.26",
		"三公经费控制率": "34.06",
		"政府采购执行率": "183.03",
		"公用经费控制率": "91.41",
		"绩效目标个数":  "5.00",
	}
	for name, v := range want {
		m := s.Get(name)
		if m == nil || !m.OK || m.Fixed2() != v {
			t.Errorf("%s = %+v; want %s", name, m, v)
		}
	}
	for _, name := range []string{"聘用人员控制率", "一季度支付序时进度", "实际完成率", "满意度", "结转结余率", "楼堂馆所规模控制率"} {
		if m := s.Get(name); m.OK || len(m.Missing) == 0 {
			t.Errorf("%s should be missing, got %+v", name, m)
		}
	}
}

func TestExampleCalcTexts(t *testing.T) {
	s := loadExample(t)
	tests := map[string]string{
		"在职人员控制率": "47÷51×100%=92.16%",
		"三公经费变动率": "（1802−722）÷722×100%=149.58%",
		"预算调整率":   "3537.37÷16640.91×100%=21.26%",
		"三公经费控制率": "613.76÷1802×100%=34.06%",
	}
	for name, want := range tests {
		if got := s.Get(name).Calc(); got != want {
			t.Errorf("%s.Calc() = %q; want %q", name, got, want)
		}
	}
	if got := s.Get("三公经费变动率").Formula(); got != "“三公经费”变动率=（1802−722）÷722×100%=149.58%" {
		t.Errorf("Formula = %q", got)
	}
	if got := s.Get("聘用人员控制率").Why(); got != "缺少附件1-1 人员控制率② 聘用人员 实际使用数、附件1-1 人员控制率② 聘用人员 批复数" {
		t.Errorf("Why = %q", got)
	}
}

// TestTotalsAreWhatTheUnitStated: a total is the figure the unit stated,
// even where its parts contradict it (consistency reports that); only a
// total the unit left blank is the sum of its parts, and only when every
// part is given.
func TestTotalsAreWhatTheUnitStated(t *testing.T) {
	s := loadExample(t)
	tests := []struct {
		name, want string
		fromSum    bool
	}{
		{"公务用车购置和运行维护费.本年决算", "613.76", false}, // its parts add up to 612.54: check's error
		{"公务用车购置和运行维护费.本年预算", "1800", false},
		{"三公经费.本年预算", "1802", false},
		{"三公经费.本年决算", "613.76", false},
		{"三公经费.上年预算", "722", false},
		{"基本支出.本年决算", "2415.52", false},
	}
	for _, tt := range tests {
		tot := s.Totals[tt.name]
		if !tot.OK || tot.Value.String() != tt.want || tot.FromSum != tt.fromSum {
			t.Errorf("%s = %+v; want %s (fromSum %v)", tt.name, tot, tt.want, tt.fromSum)
		}
	}
}

func TestBlankTotalIsTheSumOfItsParts(t *testing.T) {
	r, _, diags := rubric.LoadFile("../../templates/changsha-2022/rubric.yaml")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	src := "单位: 甲\n年度: 2023\n三公经费:\n  公车购置: {本年预算: 0}\n  公车运行维护: {本年预算: 17}\n" +
		"  因公出国: {本年预算: 0}\n  公务接待: {本年预算: 3.5, 本年决算: 2.96}\n"
	f, diags := facts.Load("t.yaml", []byte(src), r.FactsSchema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s := metrics.Compute(f, r.MetricDefs())
	for _, tt := range []struct {
		name, want string
		ok         bool
	}{
		{"公务用车购置和运行维护费.本年预算", "17", true},
		{"三公经费.本年预算", "20.5", true},
		{"三公经费.本年决算", "", false}, // 公车运行维护 本年决算 not given
	} {
		tot := s.Totals[tt.name]
		if tot.OK != tt.ok || (tt.ok && (tot.Value.String() != tt.want || !tot.FromSum)) {
			t.Errorf("%s = %+v; want %s (ok %v, from its parts)", tt.name, tot, tt.want, tt.ok)
		}
	}
}
