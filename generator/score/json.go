package score

import (
	"encoding/json"

	"jixiao/generator/num"
)

// JSONReport is the machine form of a report (`jixiao score --json`): keys in
// Chinese as users know them, scores as exact JSON numbers, metric values as
// strings with two decimals, and null for what is 待评 or missing.
type JSONReport struct {
	Pack     *JSONPack          `json:"模板包,omitempty"`
	Unit     string             `json:"单位"`
	Year     string             `json:"年度"`
	Total    json.Number        `json:"总分"`
	Grade    string             `json:"等级"`
	Complete bool               `json:"完整"`
	Pending  json.Number        `json:"待评分值"`
	MaxTotal json.Number        `json:"最高可得"`
	Metrics  map[string]*string `json:"指标值"`
	Results  []JSONResult       `json:"指标"`
	Levels   []JSONGroup        `json:"一级指标"`
	Missing  []string           `json:"缺少"` // Report.Gaps: empty only when complete
}

// JSONPack names the template pack that scored the unit.
type JSONPack struct {
	Name    string `json:"名称"`
	Version string `json:"版本"`
}

// JSONResult is one scored indicator.
type JSONResult struct {
	Level1 string       `json:"一级指标"`
	Level2 string       `json:"二级指标"`
	Name   string       `json:"三级指标"`
	Points json.Number  `json:"分值"`
	Score  *json.Number `json:"得分"`
	Status string       `json:"状态"`
	Reason string       `json:"说明"`
	Parts  []JSONPart   `json:"细项,omitempty"`
}

// JSONPart is one sub-item.
type JSONPart struct {
	Name   string       `json:"名称"`
	Points json.Number  `json:"分值"`
	Score  *json.Number `json:"得分"`
	Status string       `json:"状态"`
	Reason string       `json:"说明"`
}

// JSONGroup is a 一级 or 二级 subtotal.
type JSONGroup struct {
	Name    string      `json:"名称"`
	Points  json.Number `json:"分值"`
	Score   json.Number `json:"得分"`
	Pending json.Number `json:"待评分值"`
	Groups  []JSONGroup `json:"二级指标,omitempty"`
}

func number(d num.Dec) json.Number { return json.Number(d.String()) }

// JSON returns the report in its machine form.
func (r *Report) JSON() JSONReport {
	out := JSONReport{Unit: r.Unit, Year: r.Year, Total: number(r.Total), Grade: r.GradeText(),
		Complete: r.Complete, Pending: number(r.Pending), MaxTotal: number(r.MaxPossible()),
		Metrics: map[string]*string{}, Missing: r.Gaps()}
	for _, name := range r.Metrics.Order {
		m := r.Metrics.Metrics[name]
		var v *string
		if m.OK {
			s := m.Fixed2()
			v = &s
		}
		out.Metrics[name] = v
	}
	for _, res := range r.Results {
		out.Results = append(out.Results, jsonResult(res))
	}
	for _, g := range r.Level1 {
		out.Levels = append(out.Levels, jsonGroup(g))
	}
	return out
}

func jsonResult(res *Result) JSONResult {
	ind := res.Indicator
	jr := JSONResult{Level1: ind.Level1, Level2: ind.Level2, Name: ind.Name, Points: number(res.Points),
		Status: string(res.Status), Reason: res.Reason, Score: scoreOf(res.Status, res.Score)}
	if len(ind.Subs) > 0 {
		for _, p := range res.Parts {
			jr.Parts = append(jr.Parts, JSONPart{Name: p.Name, Points: number(p.Points),
				Score: scoreOf(p.Status, p.Score), Status: string(p.Status), Reason: p.Reason})
		}
	}
	return jr
}

func scoreOf(s Status, d num.Dec) *json.Number {
	if s == Pending {
		return nil
	}
	n := number(d)
	return &n
}

func jsonGroup(g *Group) JSONGroup {
	jg := JSONGroup{Name: g.Name, Points: number(g.Points), Score: number(g.Score), Pending: number(g.Pending)}
	for _, c := range g.Groups {
		jg.Groups = append(jg.Groups, jsonGroup(c))
	}
	return jg
}
