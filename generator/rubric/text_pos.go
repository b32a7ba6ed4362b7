package rubric

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// textStart is where the text of scalar n begins: the line after “|” for a
// block scalar (its column is found by fillTextColumns), after the quote for
// a quoted one.
func textStart(file string, n *yaml.Node) diag.Pos {
	if n == nil {
		return diag.Pos{}
	}
	p := yamlsrc.Pos(file, n)
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		p.Line, p.Col = p.Line+1, 0
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		p.Col++
	}
	return p
}

// fillTextColumns sets the column of the 评分标准 texts written as block
// scalars: the indentation of their first line in src.
func fillTextColumns(r *Rubric, src []byte) {
	lines := strings.Split(string(src), "\n")
	for _, ind := range r.Indicators() {
		p := &ind.StandardAt
		if p.Line > 0 && p.Col == 0 && p.Line <= len(lines) {
			p.Col = len(lines[p.Line-1]) - len(strings.TrimLeft(lines[p.Line-1], " ")) + 1
		}
	}
}

// standardDiffs reads 评分标准差异: the numbers of the 评分标准 text that
// differ from the rule on purpose.
func standardDiffs(m *yamlsrc.Map) []string {
	var out []string
	for _, n := range m.List("评分标准差异", false) {
		if n.Kind != yaml.ScalarNode {
			m.Diags.Errorf(yamlsrc.Pos(m.File, n), "“评分标准差异”的每一项应为评分标准中的一个数，如 “①1.5分”")
			continue
		}
		out = append(out, strings.ReplaceAll(n.Value, "％", "%"))
	}
	return out
}
