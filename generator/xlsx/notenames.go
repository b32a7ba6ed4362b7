package xlsx

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// excelize finds a sheet's notes by the names Excel gives their parts: the
// drawing xl/drawings/vmlDrawingN.vml and the notes xl/commentsN.xml, the
// same N. openpyxl names them xl/drawings/commentsDrawing1.vml and
// xl/comments/comment1.xml; excelize then writes the moved notes to a new,
// unreferenced part and the sheet loses them. Before a rebuild the engine
// therefore gives such parts Excel's names (renaming their entries, the
// sheets' relationships, the drawing's own relationships and the content
// types), with a number no other part uses.

var (
	excelVML      = lazyre.New(`^xl/drawings/vmlDrawing(\d+)\.vml$`)
	excelComments = lazyre.New(`^xl/comments(\d+)\.xml$`)
	relElement    = lazyre.New(`<Relationship\b[^>]*>`)
	relAttr       = lazyre.New(`\s(Type|Target)="([^"]*)"`)
)

// noteParts are the drawing and notes parts of one sheet.
type noteParts struct{ vml, comments string }

// noteRenames returns the new names of note parts that excelize would not
// find, old name → new name; nil when every sheet's are Excel's.
func noteRenames(a *archive) map[string]string {
	var odd []noteParts
	used := 0
	for _, sheetPart := range sortedValues(a.sheets) {
		np := a.notePartsOf(sheetPart)
		if np.vml == "" || np.comments == "" {
			continue
		}
		v, c := excelVML.FindStringSubmatch(np.vml), excelComments.FindStringSubmatch(np.comments)
		if v != nil && c != nil && v[1] == c[1] {
			n, _ := strconv.Atoi(v[1])
			used = max(used, n)
			continue
		}
		odd = append(odd, np)
	}
	for _, f := range a.files {
		for _, re := range []*lazyre.Regexp{excelVML, excelComments} {
			if m := re.FindStringSubmatch(f.Name); m != nil {
				n, _ := strconv.Atoi(m[1])
				used = max(used, n)
			}
		}
	}
	if len(odd) == 0 {
		return nil
	}
	renames := map[string]string{}
	for _, np := range odd {
		used++
		renames[np.vml] = fmt.Sprintf("xl/drawings/vmlDrawing%d.vml", used)
		renames[np.comments] = fmt.Sprintf("xl/comments%d.xml", used)
		renames[relsOf(np.vml)] = relsOf(renames[np.vml])
	}
	return renames
}

// notePartsOf reads the relationships of a sheet part for its notes.
func (a *archive) notePartsOf(sheetPart string) noteParts {
	var np noteParts
	rels, err := a.read(relsOf(sheetPart))
	if err != nil {
		return np
	}
	for _, el := range relElement.Regexp().FindAllString(string(rels), -1) {
		attrs := map[string]string{}
		for _, m := range relAttr.Regexp().FindAllStringSubmatch(el, -1) {
			attrs[m[1]] = m[2]
		}
		target := resolveTarget(path.Dir(sheetPart), attrs["Target"])
		switch {
		case strings.HasSuffix(attrs["Type"], "/vmlDrawing"):
			np.vml = target
		case strings.HasSuffix(attrs["Type"], "/comments"):
			np.comments = target
		}
	}
	return np
}

// relsOf is the relationships part of a part: xl/worksheets/_rels/sheet1.xml.rels.
func relsOf(part string) string { return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels") }

// resolveTarget is the package path of a relationship target written in
// folder dir: relative, or absolute from the root.
func resolveTarget(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return path.Join(dir, target)
}

// renameTargets rewrites the targets of a relationships part (named
// relsName) that point at renamed parts, relative to its part's folder.
func renameTargets(relsName string, rels []byte, renames map[string]string) ([]byte, bool) {
	dir := path.Dir(path.Dir(relsName))
	changed := false
	out := relElement.Regexp().ReplaceAllStringFunc(string(rels), func(el string) string {
		return relAttr.Regexp().ReplaceAllStringFunc(el, func(attr string) string {
			m := relAttr.Regexp().FindStringSubmatch(attr)
			if m[1] != "Target" {
				return attr
			}
			to, ok := renames[resolveTarget(dir, m[2])]
			if !ok {
				return attr
			}
			changed = true
			return ` Target="` + relativePath(dir, to) + `"`
		})
	})
	return []byte(out), changed
}

// renameContentTypes rewrites the PartName overrides of renamed parts.
func renameContentTypes(ct []byte, renames map[string]string) []byte {
	s := string(ct)
	for _, old := range sortedKeys(renames) {
		s = strings.ReplaceAll(s, `PartName="/`+old+`"`, `PartName="/`+renames[old]+`"`)
	}
	return []byte(s)
}

func sortedValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
