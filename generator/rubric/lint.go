package rubric

import (
	"sort"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/num"
)

// Lint checks a rubric's arithmetic and rules: points present and adding up
// at every level, the 一级 total equal to the declared total (100), band sets
// without gaps or overlaps, rule parameters that make sense, every 取值
// naming a metric, a numeric fact or a 评定 entry, every metric's formula
// reading facts that exist and suit it, and a 分母为0 wherever a rule reads
// a metric that divides. It does not repeat what Load reports.
func Lint(r *Rubric) diag.List {
	l := &linter{r: r, refs: newRefInfo(r)}
	l.formulas()
	l.total()
	for _, g1 := range r.Level1 {
		l.group(g1, "一级指标", g1.Groups)
		for _, g2 := range g1.Groups {
			l.group(g2, "二级指标", nil)
			l.level2(g2)
			for _, ind := range g2.Indicators {
				l.indicator(ind)
				l.standardText(ind)
			}
		}
	}
	return l.diags
}

type linter struct {
	r     *Rubric
	refs  *refInfo
	diags diag.List
}

func (l *linter) total() {
	want := mustDec("100")
	if l.r.Total != nil {
		want = *l.r.Total
	}
	var pts []*num.Dec
	for _, g := range l.r.Level1 {
		pts = append(pts, g.Points)
	}
	if sum, text, ok := sumOf(pts); ok && !sum.Equal(want) {
		l.diags.Errorf(l.r.Pos, "一级指标分值合计 %s = %s，不等于总分 %s", text, sum, want)
	}
}

// group checks a 一级 group against its 二级 children.
func (l *linter) group(g *Group, level string, children []*Group) {
	if g.Points == nil {
		l.diags.Errorf(g.Pos, "%s“%s”没有分值", level, g.Name)
		return
	}
	if children == nil {
		return
	}
	var pts []*num.Dec
	for _, c := range children {
		pts = append(pts, c.Points)
	}
	l.compare(g.Pos, level, g.Name, *g.Points, pts, "二级指标")
}

func (l *linter) level2(g *Group) {
	if g.Points == nil {
		return
	}
	var pts []*num.Dec
	for _, ind := range g.Indicators {
		pts = append(pts, ind.Points)
	}
	l.compare(g.Pos, "二级指标", g.Name, *g.Points, pts, "三级指标")
}

// compare reports when the children's points, all given, do not add up.
func (l *linter) compare(pos diag.Pos, level, name string, want num.Dec, pts []*num.Dec, childLevel string) {
	sum, text, ok := sumOf(pts)
	if ok && !sum.Equal(want) {
		l.diags.Errorf(pos, "%s“%s”分值 %s，但%s合计 %s = %s", level, name, want, childLevel, text, sum)
	}
}

// sumOf adds points; ok is false when any is missing (reported elsewhere).
func sumOf(pts []*num.Dec) (num.Dec, string, bool) {
	sum := num.Zero
	texts := make([]string, 0, len(pts))
	for _, p := range pts {
		if p == nil {
			return sum, "", false
		}
		sum = sum.Add(*p)
		texts = append(texts, p.String())
	}
	return sum, strings.Join(texts, " + "), len(pts) > 0
}

func sortStrings(s []string) []string {
	sort.Strings(s)
	return s
}
