package build

import (
	"crypto/sha256"
	"slices"
	"sync"

	"jixiao/generator/diag"
	"jixiao/generator/document"
)

// Templates keeps parsed templates between renders, for programs that
// render the same pack again and again: the web page after every change
// and `build --watch` after every save. A template is parsed again only
// when its name or content changes, and what an engine keeps with a parsed
// template (the Excel engine's baseline of the workbook) is kept with it,
// so a render after the first pays only for executing. Entries the latest
// render did not use are dropped, so an edited template does not pile up
// old versions. A Templates is safe for concurrent use; the zero value is
// not usable, use NewTemplates.
type Templates struct {
	mu      sync.Mutex
	entries map[templateKey]*parsedTemplate
}

// templateKey identifies a template by its name in messages and a digest
// of its bytes.
type templateKey struct {
	name string
	sum  [sha256.Size]byte
}

// parsedTemplate is a template as document.Parse returned it, and whether
// the current render used it.
type parsedTemplate struct {
	tpl   document.Template
	diags diag.List
	used  bool
}

// NewTemplates returns an empty cache.
func NewTemplates() *Templates {
	return &Templates{entries: map[templateKey]*parsedTemplate{}}
}

// parse returns the template src named name, parsed now or by an earlier
// render, with the problems its parse found.
func (c *Templates) parse(name string, src []byte) (document.Template, diag.List) {
	key := templateKey{name: name, sum: sha256.Sum256(src)}
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok {
		e.used = true
	}
	c.mu.Unlock()
	if ok {
		return e.tpl, slices.Clip(e.diags)
	}
	tpl, diags := document.Parse(name, src)
	c.mu.Lock()
	c.entries[key] = &parsedTemplate{tpl: tpl, diags: diags, used: true}
	c.mu.Unlock()
	return tpl, slices.Clip(diags)
}

// sweep drops the entries no render used since the previous sweep.
func (c *Templates) sweep() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if !e.used {
			delete(c.entries, k)
		}
		e.used = false
	}
}

// Len is the number of templates kept.
func (c *Templates) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
