package metrics

import (
	_ "embed"
	"sync"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// baseYAML declares the common metrics.
//
//go:embed base.yaml
var baseYAML []byte

// BaseFile names base.yaml in messages.
const BaseFile = "共性指标（base.yaml）"

var base = sync.OnceValue(func() []*Def {
	var diags diag.List
	n, d := yamlsrc.Parse(BaseFile, baseYAML)
	diags.Append(d)
	if n == nil || len(diags) > 0 {
		panic(diags.Error()) // base.yaml is part of the build; every test loads it
	}
	defs := LoadDefs(BaseFile, n.Content, &diags)
	if len(diags) > 0 {
		panic(diags.Error())
	}
	for _, d := range defs {
		d.Common = true
	}
	return defs
})

// Base returns the common metrics, which every pack may use, in the order
// reports list them. Callers must not change them.
func Base() []*Def { return base() }
