package build

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"jixiao/generator/batch/batchtest"
	"jixiao/generator/pack"
)

// mapped copies a pack's files into a map the test can change.
func mapped(t *testing.T, p *pack.Pack) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(p.FS, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(p.FS, name)
		m[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRenderCachedRendersWhatRenderRenders: the seed example and the
// complete one, byte for byte, on the first render (parsing) and the next
// ones (from the cache), which parse nothing again.
func TestRenderCachedRendersWhatRenderRenders(t *testing.T) {
	p, _ := pack.Default()
	c := NewTemplates()
	_, seed, _ := p.Example()
	var first map[templateKey]*parsedTemplate
	for round := range 3 {
		for _, src := range [][]byte{seed, batchtest.Facts(round)} {
			res := evaluated(t, p, "unit.yaml", src)
			want, d1 := Render(res)
			got, d2 := RenderCached(res, c)
			if d1.HasErrors() || d2.HasErrors() || len(got) != len(want) {
				t.Fatalf("Render: %v; RenderCached: %v", d1, d2)
			}
			sameOutputs(t, "cached", want, got)
		}
		if first == nil {
			first = copyEntries(c)
			continue
		}
		for k, e := range c.entries {
			if first[k] == nil || first[k].tpl != e.tpl {
				t.Errorf("round %d: %s parsed again", round, k.name)
			}
		}
	}
	if c.Len() != len(p.Meta.Documents) {
		t.Errorf("%d templates kept for %d documents", c.Len(), len(p.Meta.Documents))
	}
}

func copyEntries(c *Templates) map[templateKey]*parsedTemplate {
	out := map[templateKey]*parsedTemplate{}
	for k, e := range c.entries {
		out[k] = &parsedTemplate{tpl: e.tpl}
	}
	return out
}

// TestRenderCachedFollowsEditedTemplates: a template changed between two
// renders is parsed again (its errors reported, every time), the old
// version is dropped, and the restored one renders as Render does.
func TestRenderCachedFollowsEditedTemplates(t *testing.T) {
	p, _ := pack.Default()
	m := mapped(t, p)
	p.FS = m
	name := p.Meta.Documents[0].Template
	good := m[name].Data
	c := NewTemplates()
	res := evaluated(t, p, "unit.yaml", batchtest.Facts(0))
	if _, d := RenderCached(res, c); d.HasErrors() {
		t.Fatal(d)
	}
	m[name] = &fstest.MapFile{Data: []byte("不是压缩包")}
	for range 2 {
		outs, d := RenderCached(res, c)
		if !d.HasErrors() || len(outs) != 0 || !strings.Contains(d.Error(), name) {
			t.Fatalf("broken template: %d outputs, %v", len(outs), d)
		}
		if c.Len() != len(p.Meta.Documents) {
			t.Errorf("%d templates kept for %d documents", c.Len(), len(p.Meta.Documents))
		}
	}
	m[name] = &fstest.MapFile{Data: good}
	want, _ := Render(res)
	got, d := RenderCached(res, c)
	if d.HasErrors() {
		t.Fatal(d)
	}
	sameOutputs(t, "restored", want, got)
}
