package webui

import (
	"slices"
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/generator/rubric"
)

// Form describes the page's form: groups (one per official form) of
// sections (one per top-level fact), generated from the pack's schema.
type Form struct {
	Pack   string   `json:"pack"`
	Groups []*Group `json:"groups"`
	schema *facts.Field
	// judged is the first 评定 entry of each judged indicator, for links.
	judged map[string][]string
}

// Group is the part of the form that one official form (附件) feeds.
type Group struct {
	Title    string   `json:"title"`
	Sections []*Field `json:"sections"`
}

// Field is one fact of the schema as the page shows it. Key is its key in
// the facts file (for the page's data, never shown); Label names it as the
// form prints it where the page shows it (in its section, row or table),
// Where says on which form, row and column to find it; both write the
// years as {本年} and {上年}, which the page fills in from the file's 年度.
type Field struct {
	Key      string   `json:"key"`
	Label    string   `json:"label"`
	Where    string   `json:"where,omitempty"`
	Kind     string   `json:"kind"`
	Desc     string   `json:"desc,omitempty"`
	Source   string   `json:"source,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Required bool     `json:"required,omitempty"`
	Min      string   `json:"min,omitempty"`
	Max      string   `json:"max,omitempty"`
	Enum     []string `json:"enum,omitempty"`
	// NoneOK: the unit may write “无” for this row or list (nothing of it
	// this year).
	NoneOK bool     `json:"noneOK,omitempty"`
	Fields []*Field `json:"fields,omitempty"`
	Elem   *Field   `json:"elem,omitempty"`
	// Layout is "periods" for an amount row of 附件1-2 (its four columns
	// side by side), "rows" for a list whose items are table rows, "lines"
	// for a list of texts.
	Layout string `json:"layout,omitempty"`
	// Metrics are the metrics computed from this fact; Indicators the 三级
	// indicators scored from it.
	Metrics    []string `json:"metrics,omitempty"`
	Indicators []string `json:"indicators,omitempty"`
	// Rubric quotes the indicator an 评定 entry judges.
	Rubric *Quote `json:"rubric,omitempty"`
	// Alloc is the 二级 group whose points a 分值分配 entry shares.
	Alloc *Alloc `json:"alloc,omitempty"`
}

// Alloc is a 二级 indicator whose points the unit distributes among its
// 三级 indicators (分值分配): the total they must keep and who shares it.
type Alloc struct {
	Group   string   `json:"group"`
	Points  string   `json:"points"`
	Members []string `json:"members"`
	Default string   `json:"default"` // the rubric's points of this one
}

// Quote is what the rubric says of an indicator: its place, points,
// 评分要点 and 评分标准, and the sub-item an 评定 entry judges.
type Quote struct {
	Indicator string `json:"indicator"`
	Part      string `json:"part,omitempty"`
	Points    string `json:"points,omitempty"`
	Criteria  string `json:"criteria,omitempty"`
	Standard  string `json:"standard,omitempty"`
	Decision  string `json:"decision,omitempty"`
	// Distributed: the unit sets the indicator's points (分值分配).
	Distributed bool `json:"distributed,omitempty"`
}

// kindNames are the kinds as the page's script knows them.
var kindNames = map[facts.Kind]string{
	facts.Object: "object", facts.List: "list", facts.Money: "money", facts.Count: "count",
	facts.Decimal: "decimal", facts.Text: "text", facts.Prose: "prose", facts.Bool: "bool",
	facts.Year: "year", facts.Date: "date", facts.Narrative: "narrative",
}

// groupOrder lists the groups in the order a clerk fills them; a section
// goes to the group of the first form its description names.
var groupOrder = []struct{ title, mark string }{
	{"基本情况", ""},
	{"附件1-2 基础数据表", "附件1-2"},
	{"附件1-1 指标表：计算用的数据和需要评定的指标", "附件1-1"},
	{"附件2-4 公共项目评分汇总表", "附件2-4"},
	{"附件1-3 自评报告的文字", "附件1-3"},
}

// NewForm describes the form of pack p.
func NewForm(p *pack.Pack) *Form {
	schema := p.Rubric.FactsSchema()
	ctx := &formContext{pack: p.Meta.Name, schema: schema, usage: p.Rubric.FactUsage(), metrics: metricsByFact(p.Rubric.MetricDefs()), allocs: allocs(p.Rubric)}
	ctx.quotes, ctx.judged = quotes(p.Rubric)
	groups := make([]*Group, len(groupOrder))
	for i, g := range groupOrder {
		groups[i] = &Group{Title: g.title}
	}
	basic := &Field{Key: "基本情况", Label: "基本情况", Kind: "object", Desc: "单位、年度和报告封面"}
	groups[0].Sections = append(groups[0].Sections, basic)
	for _, f := range schema.Fields {
		ff := ctx.field(f, f.Key, "")
		if f.Kind != facts.Object && f.Kind != facts.List && f.Kind != facts.Narrative && f.Kind != facts.Prose {
			basic.Fields = append(basic.Fields, ff)
			continue
		}
		g := groups[groupOf(f)]
		g.Sections = append(g.Sections, ff)
	}
	form := &Form{Pack: p.Meta.Name, schema: schema, judged: ctx.judged}
	for _, g := range groups {
		if len(g.Sections) > 0 {
			form.Groups = append(form.Groups, g)
		}
	}
	return form
}

// groupOf finds the group of a top-level fact: the form its own
// description names first (“报告” is 附件1-3), else the form its
// sub-facts name most often, else the report.
func groupOf(f *facts.Field) int {
	if i := firstMark(f.Desc + " " + f.Source); i > 0 {
		return i
	}
	count := make([]int, len(groupOrder))
	f.Walk(func(_ string, c *facts.Field) { count[firstMark(c.Desc+" "+c.Source)]++ })
	best := len(groupOrder) - 1
	for i := 1; i < len(count); i++ {
		if count[i] > count[best] {
			best = i
		}
	}
	return best
}

// firstMark returns the group whose form text names first, or 0.
func firstMark(text string) int {
	best, at := 0, len(text)+1
	for i, g := range groupOrder {
		if g.mark == "" {
			continue
		}
		if j := strings.Index(text, g.mark); j >= 0 && j < at {
			best, at = i, j
		}
	}
	if j := strings.Index(text, "报告"); j >= 0 && j < at {
		best = len(groupOrder) - 1
	}
	return best
}

type formContext struct {
	pack    string // the name of the pack the page scores with
	schema  *facts.Field
	usage   map[string][]string
	metrics map[string][]string
	quotes  map[string]*Quote
	judged  map[string][]string
	allocs  map[string]*Alloc
}

// field converts f at its dotted path (list items add no segment); parent
// is the label of the section, row or group it is shown in.
func (c *formContext) field(f *facts.Field, path, parent string) *Field {
	ff := &Field{Key: f.Key, Kind: kindNames[f.Kind], Desc: f.Desc, Source: f.Source, Unit: f.Unit,
		Required: f.Required, Min: f.Min, Max: f.Max, Enum: f.Enum, NoneOK: f.NoneOK,
		Metrics: c.metrics[path], Indicators: c.usage[path], Rubric: c.quotes[path], Alloc: c.allocs[path]}
	ff.Label, ff.Where = c.label(f, path, parent)
	if help, ok := pageHelp(path, c.pack); ok {
		ff.Desc = help
	}
	for _, sub := range f.Fields {
		ff.Fields = append(ff.Fields, c.field(sub, join(path, sub.Key), ff.Label))
	}
	if f.Elem != nil {
		ff.Elem = c.field(f.Elem, path, ff.Label)
		ff.Elem.Where, ff.Elem.NoneOK = ff.Where, false
		ff.Elem.Metrics, ff.Elem.Indicators = nil, nil
	}
	ff.Layout = layout(f)
	return ff
}

// placeholders names facts with the years left as {本年} and {上年}.
var placeholders = facts.Namer{This: "{本年}", Last: "{上年}"}

// label names the field at path as the form prints it, without the
// indicator its parent names (“①符合法规和规划” below “绩效目标合理性”), and
// says where on the forms it is (only for facts the forms show). A list's
// item is named as its list.
func (c *formContext) label(f *facts.Field, path, parent string) (label, where string) {
	row, column := placeholders.Row(c.schema, path)
	switch {
	case f.Key == "":
		label = parent
	case f.Row != "":
		label = row + column
	case parent == "":
		label = f.Key // a section is named by its key unless it is a row of a form
	case column != "":
		label = column
	default:
		label = f.Key
	}
	if rest, ok := strings.CutPrefix(label, parent); ok && parent != "" && startsWithOrdinal(rest) {
		label = rest
	}
	if w := placeholders.Where(c.schema, path); strings.Contains(w, "附件") {
		where = w
	}
	return label, where
}

// startsWithOrdinal reports whether s starts with a sub-item's number as
// the rubric writes it: ①…⑩, (11) ….
func startsWithOrdinal(s string) bool {
	return s != "" && strings.ContainsAny(s[:len(string([]rune(s)[0]))], "①②③④⑤⑥⑦⑧⑨⑩(")
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// layout picks how the page lays out f.
func layout(f *facts.Field) string {
	switch {
	case f.Kind == facts.Object && isPeriods(f):
		return "periods"
	case f.Kind == facts.List && f.Elem.Kind == facts.Object && allScalar(f.Elem):
		return "rows"
	case f.Kind == facts.List && f.Elem.Kind != facts.Object:
		return "lines"
	}
	return ""
}

// isPeriods reports whether f is an amount row: the four period columns,
// optionally a name and a note.
func isPeriods(f *facts.Field) bool {
	n := 0
	for _, c := range f.Fields {
		switch {
		case c.Kind == facts.Money && slices.Contains(facts.Periods, c.Key):
			n++
		case c.Key == "说明" || c.Key == "名称":
		default:
			return false
		}
	}
	return n == len(facts.Periods)
}

func allScalar(f *facts.Field) bool {
	for _, c := range f.Fields {
		if c.Kind == facts.Object || c.Kind == facts.List || c.Kind == facts.Narrative {
			return false
		}
	}
	return true
}

// quotes maps each 评定 entry to what the rubric says of it. An indicator
// with sub-items quotes its 评分要点 and 评分标准 on its own 评定 object and
// names the sub-item on each entry below it. judged gives the path of the
// first entry of each judged indicator.
func quotes(r *rubric.Rubric) (out map[string]*Quote, judged map[string][]string) {
	out, judged = map[string]*Quote{}, map[string][]string{}
	for _, ind := range r.Indicators() {
		whole := &Quote{Indicator: ind.Name, Points: points(ind.Points), Criteria: ind.Criteria,
			Standard: ind.Standard, Decision: ind.Decision, Distributed: ind.Distributed}
		for _, p := range ind.Parts() {
			ref := ""
			if p.Rule != nil && p.Rule.IsJudged() && strings.HasPrefix(p.Rule.Ref, rubric.JudgmentPrefix) {
				ref = p.Rule.Ref
				if judged[ind.Name] == nil {
					judged[ind.Name] = strings.Split(ref, ".")
				}
			}
			parent := ref[:max(0, strings.LastIndex(ref, "."))]
			switch {
			case ref == "":
			case len(ind.Subs) == 0 || parent+"." == rubric.JudgmentPrefix:
				out[ref] = whole
			default:
				out[parent] = whole
				out[ref] = &Quote{Indicator: ind.Name, Part: p.Name, Points: points(p.Points)}
			}
		}
	}
	return out, judged
}

// allocs maps each 分值分配 entry to its 二级 group.
func allocs(r *rubric.Rubric) map[string]*Alloc {
	out := map[string]*Alloc{}
	for _, l1 := range r.Level1 {
		for _, g := range l1.Groups {
			var members []string
			for _, ind := range g.Indicators {
				members = append(members, ind.Name)
			}
			for _, ind := range g.Indicators {
				if ind.Distributed {
					out[rubric.AllocationKey+"."+ind.Name] = &Alloc{Group: g.Name, Points: points(g.Points),
						Members: members, Default: points(ind.Points)}
				}
			}
		}
	}
	return out
}

func points(d *num.Dec) string {
	if d == nil {
		return ""
	}
	return num.Plain(*d)
}

// metricsByFact maps each fact path to the metrics of the pack computed
// from it.
func metricsByFact(defs []*metrics.Def) map[string][]string {
	out := map[string][]string{}
	for _, d := range defs {
		seen := map[string]bool{}
		for _, ref := range d.Refs() {
			for _, path := range expandRef(ref) {
				if !seen[path] {
					seen[path] = true
					out[path] = append(out[path], d.Name)
				}
			}
		}
	}
	return out
}

// expandRef turns a metric's operand into the fact paths it reads: a total
// (合计.…) reads its stated row and its parts.
func expandRef(ref string) []string {
	if !strings.HasPrefix(ref, metrics.Prefix) {
		return []string{strings.ReplaceAll(ref, "[].", ".")}
	}
	name := strings.TrimPrefix(ref, metrics.Prefix)
	for _, t := range metrics.TotalDefs() {
		if t.Name == name {
			out := []string{t.Stated}
			for _, p := range t.Parts {
				out = append(out, expandRef(p)...)
			}
			return out
		}
	}
	return nil
}

// pageHelp is the help of a field whose schema description speaks of the
// command line (--pack), said for a clerk on this page instead.
func pageHelp(path, pack string) (string, bool) {
	if path != "模板包" {
		return "", false
	}
	return "县财政局下发的模板包（一个文件夹或 .zip 文件）放在哪里：写它相对于本事实文件的位置，如 县2023模板包.zip；" +
		"没有下发模板包就留空。用这个文件生成材料时按它计分；本网页按启动时的模板包（" + pack + "）计分。不进入文档。", true
}
