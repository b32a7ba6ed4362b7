package webui

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/internal/lazyre"
)

// labeler names facts as the forms do, with the years of the file being
// edited, so that the page shows no fact path: a message of `check` that
// quotes one (“人员.在职人数”应为…) is shown with the fact's name on the
// forms (“2022年实际在职人数”应为…) beside its field.
type labeler struct {
	schema *facts.Field
	namer  facts.Namer
}

// newLabeler names the facts of schema for a file whose values are vals.
func newLabeler(schema *facts.Field, vals any) *labeler {
	year := ""
	if m, ok := vals.(map[string]any); ok {
		year, _ = m["年度"].(string)
	}
	return &labeler{schema: schema, namer: facts.NamerFor(year)}
}

var quotedRe = lazyre.New(`“([^“”]+)”`)

// message replaces each fact path quoted in msg by the fact's name.
func (l *labeler) message(msg string) string {
	if l == nil {
		return msg
	}
	return quotedRe.ReplaceAllStringFunc(msg, func(q string) string {
		path := strings.TrimSuffix(strings.TrimPrefix(q, "“"), "”")
		if !strings.Contains(path, ".") || l.schema.Find(path) == nil {
			return q
		}
		return "“" + l.namer.Name(l.schema, path) + "”"
	})
}
