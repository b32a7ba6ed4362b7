package rubric

import (
	"os"
	"sort"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/fserr"
	"jixiao/generator/yamlsrc"
)

// LoadFile reads the rubric at path; it also returns the source for snippets.
func LoadFile(path string) (*Rubric, []byte, diag.List) {
	src, err := os.ReadFile(path)
	if err != nil {
		var d diag.List
		d.Errorf(diag.Pos{File: path}, "无法读取评分规则：%s", fserr.Explain(err))
		return nil, nil, d
	}
	r, d := Load(path, src)
	return r, src, d
}

// Load parses a rubric, reporting every problem of form at once. Semantic
// problems (sums, gaps) are Lint's job.
func Load(file string, src []byte) (*Rubric, diag.List) {
	n, diags := yamlsrc.Parse(file, src)
	if n == nil {
		return nil, diags
	}
	m := yamlsrc.NewMap(file, n, &diags, "评分规则文件")
	m.Known("名称", "附件", "总分", "等级", "一级指标")
	r := &Rubric{File: file, Name: m.Str("名称", false), Total: m.Dec("总分", false), Pos: m.Pos()}
	r.Grades = loadGrades(m, &diags)
	for _, g := range m.List("一级指标", true) {
		r.Level1 = append(r.Level1, loadLevel1(file, g, &diags))
	}
	fillTextColumns(r, src)
	diags.Sort()
	return r, diags
}

// defaultGrades are the bands of 财预〔2020〕10号: 90（含）优, 80（含）良,
// 60（含）中, below 60 差.
func defaultGrades() []Grade {
	return []Grade{{"优", mustDec("90")}, {"良", mustDec("80")}, {"中", mustDec("60")}, {"差", mustDec("0")}}
}

func loadGrades(m *yamlsrc.Map, diags *diag.List) []Grade {
	items := m.List("等级", false)
	if items == nil {
		return defaultGrades()
	}
	var gs []Grade
	for _, it := range items {
		gm := yamlsrc.NewMap(m.File, it, diags, "等级")
		gm.Known("名称", "下限")
		if min := gm.Dec("下限", true); min != nil {
			gs = append(gs, Grade{Name: gm.Str("名称", true), Min: *min})
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Min.GreaterThan(gs[j].Min) })
	return gs
}

func loadLevel1(file string, n *yaml.Node, diags *diag.List) *Group {
	m := yamlsrc.NewMap(file, n, diags, "一级指标")
	m.Known("名称", "分值", "二级指标")
	g := &Group{Name: m.Str("名称", true), Points: m.Dec("分值", false), Pos: m.Pos()}
	for _, c := range m.List("二级指标", true) {
		g.Groups = append(g.Groups, loadLevel2(file, c, g.Name, diags))
	}
	return g
}

func loadLevel2(file string, n *yaml.Node, l1 string, diags *diag.List) *Group {
	m := yamlsrc.NewMap(file, n, diags, "二级指标")
	m.Known("名称", "分值", "三级指标")
	g := &Group{Name: m.Str("名称", true), Points: m.Dec("分值", false), Pos: m.Pos()}
	for _, c := range m.List("三级指标", true) {
		ind := loadIndicator(file, c, diags)
		ind.Level1, ind.Level2 = l1, g.Name
		g.Indicators = append(g.Indicators, ind)
	}
	return g
}

func loadIndicator(file string, n *yaml.Node, diags *diag.List) *Indicator {
	m := yamlsrc.NewMap(file, n, diags, "三级指标")
	m.Known("名称", "分值", "评分要点", "评分标准", "评分标准差异", "调整说明", "规则", "细项", DistributedKey)
	ind := &Indicator{Name: m.Str("名称", true), Points: m.Dec("分值", false), Pos: m.Pos(),
		Criteria: m.Str("评分要点", false), Standard: m.Str("评分标准", false), Decision: m.Str("调整说明", false),
		StandardAt: textStart(file, m.Value("评分标准")), StandardDiffs: standardDiffs(m)}
	ind.Distributed = loadDistributed(m, ind)
	subs := m.List("细项", false)
	switch {
	case m.Has("规则") && subs != nil:
		diags.Errorf(m.Pos(), "三级指标“%s”不能同时有“规则”和“细项”", ind.Name)
	case m.Has("规则"):
		ind.Rule = loadRule(file, m.Value("规则"), "评定."+ind.Name, diags)
	case subs == nil:
		diags.Errorf(m.Pos(), "三级指标“%s”需要“规则”或“细项”", ind.Name)
	}
	for _, s := range subs {
		ind.Subs = append(ind.Subs, loadSub(file, s, ind.Name, diags))
	}
	return ind
}

func loadSub(file string, n *yaml.Node, indicator string, diags *diag.List) *Sub {
	m := yamlsrc.NewMap(file, n, diags, "细项")
	m.Known("名称", "分值", "规则")
	s := &Sub{Name: m.Str("名称", true), Points: m.Dec("分值", false), Pos: m.Pos()}
	if v := m.Value("规则"); v != nil {
		s.Rule = loadRule(file, v, "评定."+indicator+"."+s.Name, diags)
	} else {
		diags.Errorf(m.Pos(), "细项“%s”缺少“规则”", s.Name)
	}
	return s
}
