package rubric

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// Outcome is what a zero denominator means for a rule: full points, none,
// the part (or one check of a deduction) is not assessed, or it stays 待评
// until the figure is corrected.
type Outcome string

const (
	Full          Outcome = "满分"
	None          Outcome = "0分"
	NotApplicable Outcome = "不适用" // scored as full points; see score
	// Pending keeps the part 待评: a zero there is a figure to correct
	// (编制数 0), not a situation to score.
	Pending Outcome = "待评"
)

// Outcomes lists every outcome, as the rubric writes them.
var Outcomes = []Outcome{Full, None, NotApplicable, Pending}

// ZeroKey is the rule key declaring what a zero denominator means.
const ZeroKey = "分母为0"

// ZeroPolicy says what a rate with a zero denominator scores: ZeroNum when
// the numerator is 0 too (no 政府采购 budget and none bought), Other when it
// is not (bought without a budget). An empty Outcome is undeclared: the part
// stays 待评 and says the rubric does not decide.
type ZeroPolicy struct {
	ZeroNum, Other Outcome
	Pos            diag.Pos
}

// For returns the outcome for a numerator that is zero or not.
func (z *ZeroPolicy) For(numZero bool) Outcome {
	if z == nil {
		return ""
	}
	if numZero {
		return z.ZeroNum
	}
	return z.Other
}

// loadZero reads `分母为0: 满分` or `分母为0: {分子为0: 满分, 分子不为0: 0分}`.
func loadZero(m *yamlsrc.Map) *ZeroPolicy {
	n := m.Value(ZeroKey)
	if n == nil {
		return nil
	}
	z := &ZeroPolicy{Pos: m.KeyPos(ZeroKey)}
	if n.Kind == yaml.ScalarNode {
		o := outcome(m, n)
		z.ZeroNum, z.Other = o, o
		return z
	}
	zm := yamlsrc.NewMap(m.File, n, m.Diags, ZeroKey)
	zm.Known("分子为0", "分子不为0")
	if v := zm.Value("分子为0"); v != nil {
		z.ZeroNum = outcome(m, v)
	}
	if v := zm.Value("分子不为0"); v != nil {
		z.Other = outcome(m, v)
	}
	return z
}

func outcome(m *yamlsrc.Map, n *yaml.Node) Outcome {
	for _, o := range Outcomes {
		if n.Value == string(o) {
			return o
		}
	}
	m.Diags.Errorf(yamlsrc.Pos(m.File, n), "“%s”应为 满分、0分、不适用 或 待评（或写成 {分子为0: …, 分子不为0: …}），实际为“%s”", ZeroKey, n.Value)
	return ""
}
