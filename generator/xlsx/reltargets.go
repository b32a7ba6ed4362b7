package xlsx

import (
	"path"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// A relationship names its target relative to the part that holds it
// (“../comments/comment1.xml”) or, as openpyxl writes them, absolutely
// from the package root (“/xl/comments/comment1.xml”). Both are valid;
// excelize resolves only the relative form and, given the other, loses a
// sheet's notes when it moves them. Before a rebuild the engine therefore
// writes absolute internal targets relative to their part.

// relTarget is the Target attribute of a relationship.
var relTarget = lazyre.New(`(<Relationship\b[^>]*?\sTarget=")(/[^"]*)(")`)

// relativeTargets returns the relationships part rels (named relsName,
// e.g. “xl/worksheets/_rels/sheet1.xml.rels”) with every absolute internal
// target made relative, and whether it changed one.
func relativeTargets(relsName string, rels []byte) ([]byte, bool) {
	dir := path.Dir(path.Dir(relsName)) // the folder of the part the rels belong to
	changed := false
	out := relTarget.Regexp().ReplaceAllFunc(rels, func(m []byte) []byte {
		if strings.Contains(string(m), `TargetMode="External"`) {
			return m
		}
		sub := relTarget.Regexp().FindSubmatch(m)
		changed = true
		return append(append(append([]byte{}, sub[1]...), relativePath(dir, string(sub[2][1:]))...), sub[3]...)
	})
	return out, changed
}

// relativePath writes the package path target as seen from folder dir
// (both without a leading “/”; dir “.” is the root).
func relativePath(dir, target string) string {
	if dir == "." || dir == "" {
		return target
	}
	from := strings.Split(dir, "/")
	to := strings.Split(target, "/")
	i := 0
	for i < len(from) && i < len(to)-1 && from[i] == to[i] {
		i++
	}
	return strings.Repeat("../", len(from)-i) + strings.Join(to[i:], "/")
}
