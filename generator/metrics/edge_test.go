package metrics

import (
	"testing"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

func compute(t *testing.T, src string) *Set {
	t.Helper()
	f, diags := facts.Load("f.yaml", []byte("单位: 某局\n年度: 2022\n"+src), facts.Schema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return Compute(f, Base())
}

func TestZeroDenominatorIsAFindingNotInf(t *testing.T) {
	m := compute(t, "人员:\n  编制数: 0\n  在职人数: 3\n").Get("在职人员控制率")
	if m.OK || !m.ZeroDen || m.Why() != "编制数为0，无法计算在职人员控制率" || m.NumZero {
		t.Errorf("metric = %+v, why %q", m, m.Why())
	}
}

func TestBoundaryRoundingIsHalfUpOnExactQuotient(t *testing.T) {
	tests := []struct{ done, budget, want string }{
		{"9499.5", "10000", "95.00"},  // 94.995 → 95.00
		{"9499.49", "10000", "94.99"}, // 94.9949 → 94.99
		{"9500", "10000", "95.00"},
		{"1", "3", "33.33"},
	}
	for _, tt := range tests {
		s := compute(t, "预算执行:\n  预算数: "+tt.budget+"\n  预算完成数: "+tt.done+"\n")
		if got := s.Get("预算执行率").Fixed2(); got != tt.want {
			t.Errorf("%s/%s = %s; want %s", tt.done, tt.budget, got, tt.want)
		}
	}
}

func TestExcludedAdjustmentsAreSubtracted(t *testing.T) {
	s := compute(t, `预算执行:
  预算数: 1000
预算调整:
  调整数: 150
  不计入:
    - 事由: 县委交办
      金额: 60
`)
	if m := s.Get("预算调整率"); m.Fixed2() != "9.00" || m.Calc() != "（150−60）÷1000×100%=9%" {
		t.Errorf("预算调整率 = %s, %s", m.Fixed2(), m.Calc())
	}
}

func TestEmptyBuildingListIsNotApplicable(t *testing.T) {
	s := compute(t, "楼堂馆所: []\n")
	if m := s.Get("楼堂馆所规模控制率"); !m.NotApplicable || m.OK {
		t.Errorf("metric = %+v", m)
	}
}

func TestSatisfactionAddsTwoCounts(t *testing.T) {
	s := compute(t, "满意度:\n  有效样本数: 200\n  满意数: 150\n  基本满意数: 38\n")
	if m := s.Get("满意度"); m.Fixed2() != "94.00" {
		t.Errorf("满意度 = %s", m.Fixed2())
	}
}

// TestAmountProse: amounts in prose carry their unit: 万元 written by the
// amount (“50万元”, “0元”), others after the number (“56人”).
func TestAmountProse(t *testing.T) {
	for _, tt := range []struct {
		a    Amount
		want string
	}{
		{Amount{Value: num.MustParse("50"), OK: true, Kind: facts.Money}, "50万元"},
		{Amount{Value: num.MustParse("0"), OK: true, Kind: facts.Money}, "0元"},
		{Amount{Value: num.MustParse("56"), OK: true, Kind: facts.Count, Unit: "人"}, "56人"},
		{Amount{Value: num.MustParse("-3.5"), OK: true, Kind: facts.Money}, "−3.5万元"},
	} {
		if got := tt.a.Prose(); got != tt.want {
			t.Errorf("Prose(%v) = %q; want %q", tt.a.Value, got, tt.want)
		}
	}
}
