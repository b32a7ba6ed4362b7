package batch

import (
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/gate"
	"jixiao/generator/num"
)

// gateProblems words what keeps a unit's package from being final as
// diagnostics, each where it is to be fixed: the data errors, the missing
// facts (under the key they go), the 待评 indicators and the 【待补】 of
// each document.
func gateProblems(file string, rep *gate.Report) diag.List {
	problems := append(diag.List(nil), rep.Errors...)
	for _, m := range rep.Missing {
		problems.Errorf(m.Pos, "缺少 %s——%s", m.Where, m.Hint)
	}
	for _, p := range rep.Pending {
		problems.Errorf(diag.Pos{File: file}, "待评：%s（%s分）：%s", p.Name, num.Plain(p.Points), strings.Join(p.Reasons, "；"))
	}
	for _, d := range rep.Placeholders {
		if d.Count > 0 {
			problems.Errorf(diag.Pos{File: d.Document}, "%d 处【待补】", d.Count)
		}
	}
	if len(problems) == 0 {
		problems.Errorf(diag.Pos{File: file}, "材料还不完整")
	}
	return problems
}
