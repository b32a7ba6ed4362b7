package yamlsrc

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
)

// Parse parses src (named file in messages) into its document node. A file
// with several documents is an error; an empty file gives an empty mapping.
func Parse(file string, src []byte) (*yaml.Node, diag.List) {
	var diags diag.List
	if !utf8Valid(src) {
		diags.Errorf(diag.Pos{File: file}, "文件不是 UTF-8 编码，请用 UTF-8 保存（WPS/记事本“另存为”时可选择编码）")
		return nil, diags
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1}, nil
		}
		diags.Append(syntaxError(file, src, err))
		return nil, diags
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		diags.Errorf(Pos(file, &extra), "文件中有多个 YAML 文档（---），只能有一个")
	}
	if len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: 1, Column: 1}, diags
	}
	duplicateKeys(file, doc.Content[0], &diags)
	controlChars(file, doc.Content[0], &diags)
	return doc.Content[0], diags
}

// duplicateKeys reports every key given twice in one mapping: the yaml
// library accepts them when decoding into nodes, and the later one would
// silently win.
func duplicateKeys(file string, n *yaml.Node, diags *diag.List) {
	if n.Kind == yaml.MappingNode {
		seen := map[string]*yaml.Node{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if first, ok := seen[k.Value]; ok {
				diags.Errorf(Pos(file, k), "键“%s”重复定义（第一次在第 %d 行）", k.Value, first.Line)
			} else {
				seen[k.Value] = k
			}
		}
	}
	for _, c := range n.Content {
		duplicateKeys(file, c, diags)
	}
}

// Pos returns the position of n in file.
func Pos(file string, n *yaml.Node) diag.Pos {
	return diag.Pos{File: file, Line: n.Line, Col: n.Column}
}

func utf8Valid(b []byte) bool { return strings.ToValidUTF8(string(b), "\uFFFD") == string(b) }
