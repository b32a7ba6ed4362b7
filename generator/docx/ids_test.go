package docx

import (
	"bytes"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
)

func TestIDFixer(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unique ids stay",
			`<wp:docPr id="1" name="a"/><wp:docPr id="2"/>`,
			`<wp:docPr id="1" name="a"/><wp:docPr id="2"/>`},
		{"repeated drawing ids are renumbered",
			`<wp:docPr id="1" name="a"/><wp:docPr id="1" name="a"><a:hlinkClick r:id="rId3"/></wp:docPr>`,
			`<wp:docPr id="1" name="a"/><wp:docPr id="10" name="a"><a:hlinkClick r:id="rId3"/></wp:docPr>`},
		{"repeated bookmarks get new ids and names",
			`<w:bookmarkStart w:id="0" w:name="甲"/>x<w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="0" w:name="甲"/>y<w:bookmarkEnd w:id="0"/>`,
			`<w:bookmarkStart w:id="0" w:name="甲"/>x<w:bookmarkEnd w:id="0"/><w:bookmarkStart w:id="10" w:name="甲_2"/>y<w:bookmarkEnd w:id="10"/>`},
		{"an end without its start goes",
			`a<w:bookmarkEnd w:id="5"/>b<w:bookmarkStart w:id="6" w:name="x"/><w:bookmarkEnd w:id="6"/>`,
			`ab<w:bookmarkStart w:id="6" w:name="x"/><w:bookmarkEnd w:id="6"/>`},
		{"a start without its end goes",
			`<w:bookmarkStart w:id="7" w:name="x"></w:bookmarkStart>a`,
			`a`},
		{"ends pair with the earliest open start",
			`<w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkEnd w:id="1"/><w:bookmarkEnd w:id="1"/>`,
			`<w:bookmarkStart w:id="1" w:name="b"/><w:bookmarkStart w:id="10" w:name="b_2"/><w:bookmarkEnd w:id="1"/><w:bookmarkEnd w:id="10"/>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(newIDFixer(9).fix([]byte(tt.in), "wp", "w"))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestRepeatedContentGetsUniqueIDs(t *testing.T) {
	out := partOf(t, render(t, wordStyle(t), wordStyleData(3)), "word/document.xml")
	for _, attr := range []string{`<wp:docPr id="`, `<w:bookmarkStart w:id="`, `w:name="`, `w14:paraId="`} {
		seen := map[string]bool{}
		for _, part := range strings.Split(out, attr)[1:] {
			v := part[:strings.IndexByte(part, '"')]
			if seen[v] {
				t.Errorf("%s%s\" repeats", attr, v)
			}
			seen[v] = true
		}
	}
	if n := strings.Count(out, "<wp:docPr "); n != 3 {
		t.Errorf("%d drawings; want 3", n)
	}
	if strings.Count(out, "<w:bookmarkStart ") != strings.Count(out, "<w:bookmarkEnd ") {
		t.Errorf("unbalanced bookmarks")
	}
}

func TestSameInputSameBytes(t *testing.T) {
	src := wordStyle(t)
	a := render(t, src, wordStyleData(3))
	b := render(t, src, wordStyleData(3))
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same template and data differ")
	}
	tpl := mustParse(t, src)
	var c, d bytes.Buffer
	tpl.Execute(&c, wordStyleData(3))
	tpl.Execute(&d, wordStyleData(3))
	if !bytes.Equal(a, c.Bytes()) || !bytes.Equal(c.Bytes(), d.Bytes()) {
		t.Error("rendering one parsed template twice differs")
	}
}

func TestUnchangedPartsAreCopiedRaw(t *testing.T) {
	src := docxtest.Package{Body: docxtest.P("{{.a}}"), Footer: docxtest.P("无标签")}.Bytes()
	out := render(t, src, map[string]any{"a": 1})
	in, got := entries(t, src), entries(t, out)
	if len(in) != len(got) {
		t.Fatalf("%d entries; want %d", len(got), len(in))
	}
	for i := range in {
		if in[i].name != got[i].name {
			t.Errorf("entry %d is %s; want %s (same order as the template)", i, got[i].name, in[i].name)
		}
		changed := in[i].name == "word/document.xml"
		if same := bytes.Equal(in[i].raw, got[i].raw); same == changed {
			t.Errorf("%s: raw bytes equal = %v", in[i].name, same)
		}
	}
}
