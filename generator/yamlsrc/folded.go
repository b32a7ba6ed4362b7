package yamlsrc

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
)

// FoldedText reports every plain (unquoted, not “|”) text value of the
// document that is written over several lines: YAML joins such lines into
// one, with a space where each line break was, so paragraphs are lost and
// Chinese sentences get spaces between them. Each hint names the lines and
// shows the “|” form that keeps them.
func FoldedText(file string, src []byte, root *yaml.Node) diag.List {
	var diags diag.List
	lines := strings.Split(string(src), "\n")
	var walk func(key string, item bool, n *yaml.Node)
	walk = func(key string, item bool, n *yaml.Node) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i].Value, false, n.Content[i+1])
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				walk(key, true, c)
			}
		case yaml.ScalarNode:
			if last, ok := foldedEnd(lines, n); ok {
				diags.Warnf(Pos(file, n), "%s", foldedMsg(key, item, n.Line, last))
			}
		}
	}
	walk("", false, root)
	return diags
}

// foldedEnd returns the last line of a plain scalar written over several
// lines; ok is false for any other scalar.
func foldedEnd(lines []string, n *yaml.Node) (int, bool) {
	if n.Style != 0 || n.Line <= 0 || n.Line > len(lines) || n.ShortTag() != "!!str" || !strings.ContainsAny(n.Value, " \n") {
		return 0, false
	}
	first := strings.TrimSpace(stripComment(runesFrom(lines[n.Line-1], n.Column-1)))
	if first == n.Value || !strings.HasPrefix(n.Value, first) {
		return 0, false
	}
	got, last := first, n.Line
	for last < len(lines) && len(got) < len(n.Value) {
		next := strings.TrimSpace(stripComment(lines[last]))
		last++
		if next == "" {
			got += "\n"
		} else {
			got += " " + next
		}
	}
	return last, true
}

func foldedMsg(key string, item bool, first, last int) string {
	name, form, under := "这段文字", key+": |", "键"
	if key != "" {
		name = "“" + key + "”"
	}
	if item {
		name, form, under = name+"中的一项", "- |", "“-”"
	}
	span := strconv.Itoa(first) + "–" + strconv.Itoa(last)
	return name + "写在第 " + span + " 行，没有用“|”：YAML 会把这几行连成一行（换行处变成空格），分段和换行都会丢失。" +
		"要保留分行，请写成“" + form + "”，下一行起每行比" + under + "多缩进两格，一行写一段"
}

// runesFrom returns s from its n-th rune on (YAML columns count runes).
func runesFrom(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[i:]
		}
		n--
	}
	return ""
}

// stripComment removes a “ #” comment from a line of plain text.
func stripComment(s string) string {
	if i := strings.Index(s, " #"); i >= 0 {
		return s[:i]
	}
	return strings.TrimRight(s, "\r")
}
