package pdf

import (
	"path/filepath"
	"strings"
)

// kinds name the application of a document kind, for PDF names that
// would otherwise collide.
var kinds = map[string]string{".docx": "Word", ".xlsx": "Excel", ".doc": "Word", ".xls": "Excel"}

// Names returns the PDF name of each document (base names, for the same
// folder): the name with “.pdf” in place of its extension, or, where two
// documents share a name without extension, the name followed by the
// kind of each — “附件1-1 …指标表（Excel）.pdf” and “…指标表（Word）.pdf”.
func Names(docs []string) []string {
	count := map[string]int{}
	for _, d := range docs {
		count[stem(d)]++
	}
	out := make([]string, len(docs))
	for i, d := range docs {
		s := stem(d)
		if count[s] > 1 {
			s += "（" + kindOf(d) + "）"
		}
		out[i] = s + ".pdf"
	}
	return out
}

func stem(doc string) string {
	base := filepath.Base(doc)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func kindOf(doc string) string {
	ext := strings.ToLower(filepath.Ext(doc))
	if k, ok := kinds[ext]; ok {
		return k
	}
	return strings.ToUpper(strings.TrimPrefix(ext, "."))
}
