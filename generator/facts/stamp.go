package facts

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
	"jixiao/generator/yamlsrc"
)

// PackKey is the top-level key naming the template pack a facts file is
// scored with (`init --pack` writes it).
const PackKey = "模板包"

// StampedPack returns the 模板包 a facts file names, and where, without
// loading the file: a command needs the pack (and its rubric's schema)
// before it can load the facts. A file that does not parse, or that is
// beyond the limits of a facts file, names none.
func StampedPack(file string, src []byte) (string, diag.Pos) {
	if checkLimits(file, src).HasErrors() {
		return "", diag.Pos{}
	}
	n, _ := yamlsrc.Parse(file, src)
	if n == nil || n.Kind != yaml.MappingNode {
		return "", diag.Pos{}
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == PackKey && v.Kind == yaml.ScalarNode && !isNull(v) {
			return v.Value, yamlsrc.Pos(file, v)
		}
	}
	return "", diag.Pos{}
}
