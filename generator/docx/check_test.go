package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/generator/tmpl"
)

// partTags finds the tags of one part as Parse does before checking them.
func partTags(t *testing.T, raw []byte) []*tag {
	t.Helper()
	tr, err := parseTree(raw)
	if err != nil {
		return nil
	}
	p := &part{tree: tr}
	(&Template{}).findAll(p, scanParagraphs(tr))
	return p.tags
}

// TestCheckTogetherAgreesWithCheckEach: for the tags of every Word
// template in the repository (fixtures, golden inputs, the packs), and
// every error case of errors_test, checking the tags in one parse succeeds
// only when each tag parses alone, and then gives every tag the kind the
// tag-by-tag check gives it.
func TestCheckTogetherAgreesWithCheckEach(t *testing.T) {
	var files []string
	for _, glob := range []string{"testdata/*.docx", "../../templates/*/*.docx", "../../templates/*/*/*.docx"} {
		m, _ := filepath.Glob(glob)
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("only %d templates found", len(files))
	}
	sources := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := openArchive(src)
		if err != nil {
			continue
		}
		for _, zf := range a.files {
			if raw, err := readPart(zf); err == nil && bytes.Contains(raw, []byte("{{")) {
				sources[f+":"+zf.Name] = raw
			}
		}
	}
	for _, action := range []string{".a", "$x := .b", "if .c", "else", "end", "range $i, $r := .d", "break", "/* 注释 */", ".e | printf", "$y", "if", ".f)", "define \"x\""} {
		sources["action "+action] = []byte(wordDocXML("<w:p><w:r><w:t>{{" + action + "}}{{.g}}</w:t></w:r></w:p>"))
	}
	var agreed, refused int
	for name, raw := range sources {
		together, each := partTags(t, raw), partTags(t, raw)
		if len(together) == 0 {
			continue
		}
		funcs := tmpl.ParseNames()
		prefix, declared := declareAll(together)
		ok := checkTogether(together, prefix, declared, funcs)
		probs := checkEach(each, prefix, funcs)
		if ok && len(probs) > 0 {
			t.Errorf("%s: one parse succeeded, but alone: %v", name, probs[0].msg)
		}
		if !ok {
			refused++
			continue
		}
		agreed++
		for i := range together {
			if together[i].kind != each[i].kind {
				t.Errorf("%s: tag %q: kind %v together, %v alone", name, each[i].action, together[i].kind, each[i].kind)
			}
		}
	}
	if agreed < len(files) || refused < 3 {
		t.Errorf("%d parts checked in one parse, %d left to the tag-by-tag check: the cases do not cover both", agreed, refused)
	}
	t.Logf("%d parts checked in one parse, %d tag by tag", agreed, refused)
}

// wordDocXML is a document part with body xml.
func wordDocXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.TrimSpace(body) + `</w:body></w:document>`
}
