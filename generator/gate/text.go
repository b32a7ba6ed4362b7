package gate

import (
	"strings"

	"jixiao/generator/build"
	"jixiao/generator/internal/doctext"
)

// Marker starts every placeholder a document prints for a value still to
// be given (tmpl.Pending and the templates' own 【待补：…】).
const Marker = "【待补"

// count finds the placeholders of one rendered document by reading its text
// as a reader sees it: the paragraphs of a Word file, the cells of an Excel
// file (shared strings that no cell uses do not count).
func count(o build.Output) Placeholders {
	texts, err := doctext.Archive(o.Name, o.Data)
	return countTexts(build.Texts{Name: o.Name, Texts: texts, Err: err})
}

// countTexts finds the placeholders of one document in its texts (see
// build.Texts); a document whose text could not be read is Unreadable,
// which keeps the package from being ready, rather than counting none.
func countTexts(d build.Texts) Placeholders {
	p := Placeholders{Document: d.Name}
	if d.Err != nil {
		p.Unreadable = d.Err.Error()
		return p
	}
	texts := d.Texts
	seen := map[string]bool{}
	for _, t := range texts {
		for _, marker := range markers(t) {
			p.Count++
			for _, item := range Items(marker) {
				if !seen[item] {
					seen[item] = true
					p.Items = append(p.Items, item)
				}
			}
		}
	}
	return p
}

// markers returns what each 【待补…】 in text asks for: “负责人”, or “” for a
// bare 【待补】. Several items in one marker (“a、b”) count once.
func markers(text string) []string {
	var out []string
	for {
		i := strings.Index(text, Marker)
		if i < 0 {
			return out
		}
		text = text[i+len(Marker):]
		end := strings.Index(text, "】")
		if end < 0 {
			return append(out, "")
		}
		out = append(out, strings.TrimPrefix(text[:end], "："))
		text = text[end:]
	}
}

// Items splits what a marker asks for into the facts it names.
func Items(item string) []string {
	return strings.Split(item, "、")
}
