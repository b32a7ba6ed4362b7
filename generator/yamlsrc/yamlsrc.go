package yamlsrc

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strconv"
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
		diags.Append(syntaxError(file, err))
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

var lineRe = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxMessages translates the yaml library's syntax messages.
var syntaxMessages = []struct{ en, zh string }{
	{"mapping values are not allowed in this context", "此处不能出现“键: 值”（常见原因：冒号后缺少空格、缩进不对，或值里有未加引号的冒号）"},
	{"did not find expected key", "缩进不对或缺少键"},
	{"found character that cannot start any token", "有不能出现在此处的字符（常见原因：用了 Tab 缩进，请改用空格）"},
	{"did not find expected '-' indicator", "列表项缺少“- ”或缩进不对"},
	{"could not find expected ':'", "缺少冒号“:”"},
	{"found unexpected end of stream", "文件意外结束（引号或括号没有闭合）"},
	{"did not find expected node content", "缺少值"},
	{"found a tab character", "用了 Tab 缩进，请改用空格"},
	{"already defined", "键重复定义"},
}

func syntaxError(file string, err error) diag.List {
	var diags diag.List
	for _, line := range strings.Split(err.Error(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := lineRe.FindStringSubmatch(line)
		pos, msg := diag.Pos{File: file}, line
		if m != nil {
			pos.Line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		diags.Errorf(pos, "YAML 语法错误：%s", translate(msg))
	}
	return diags
}

func translate(msg string) string {
	for _, t := range syntaxMessages {
		if strings.Contains(msg, t.en) {
			return t.zh + "（" + msg + "）"
		}
	}
	return msg
}

func utf8Valid(b []byte) bool { return strings.ToValidUTF8(string(b), "\uFFFD") == string(b) }
