package pack

import (
	"io/fs"
	"path"

	"jixiao/data"
	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/metrics"
	"jixiao/generator/rubric"
	"jixiao/generator/yamlsrc"
	"jixiao/templates"
)

// Pack is a loaded template pack.
type Pack struct {
	Source string // "内置" or the folder/zip it was read from
	FS     fs.FS  // the pack's files
	Meta   Meta
	Rubric *rubric.Rubric
	// Sources holds the text of the pack's YAML files by their message
	// names, for diagnostics with snippets.
	Sources map[string][]byte
	// declared are pack.yaml's 事实 and 指标, handed to the rubric.
	declared rubric.Declarations
	builtin  bool // the embedded pack (Default), not one read from a path
}

// Meta is pack.yaml.
type Meta struct {
	Name, Version, Region, Year, Description string
	Basis                                    string // the published framework the pack follows (依据)
	RubricFile, ExampleFile                  string
	Documents                                []Document
}

// Document is one template of the pack and the name of its output, a
// template over the facts ("附件1-3 {{.年度}}年度{{.单位}}整体支出绩效自评报告.docx").
type Document struct {
	Template  string
	Output    string
	Pos       diag.Pos // the document's entry in pack.yaml
	OutputPos diag.Pos // its 输出 pattern, where problems of the file name are reported
}

// BuiltIn is the Source of the embedded default pack.
const BuiltIn = "内置"

// Default returns the pack embedded in the binary. Its example facts file is
// the data package's example.
func Default() (*Pack, diag.List) {
	sub, err := fs.Sub(templates.FS, templates.Default)
	if err != nil {
		panic(err) // the embedded folder is part of the build
	}
	p, diags := load(BuiltIn, overlay{FS: sub, name: "example.yaml", data: data.Example})
	if p != nil {
		p.builtin = true
	}
	return p, diags
}

// Name prefixes a file of the pack for messages: "内置模板包/rubric.yaml"
// in the built-in pack, "dir/rubric.yaml" elsewhere.
func (p *Pack) Name(file string) string {
	if p.Source == BuiltIn {
		return "内置模板包/" + file
	}
	return path.Join(p.Source, file)
}

func load(source string, fsys fs.FS) (*Pack, diag.List) {
	p := &Pack{Source: source, FS: fsys, Sources: map[string][]byte{}}
	diags := p.readMeta()
	if diags.HasErrors() {
		return nil, diags
	}
	diags.Append(p.readRubric())
	if diags.HasErrors() {
		return nil, diags
	}
	diags.Append(p.Rubric.Declare(p.declared))
	if diags.HasErrors() {
		return nil, diags
	}
	return p, diags
}

func (p *Pack) readMeta() diag.List {
	var diags diag.List
	file := p.Name("pack.yaml")
	src, err := fs.ReadFile(p.FS, "pack.yaml")
	if err != nil {
		diags.Errorf(diag.Pos{File: file}, "模板包缺少 pack.yaml")
		return diags
	}
	p.Sources[file] = src
	n, d := yamlsrc.Parse(file, src)
	diags.Append(d)
	if n == nil {
		return diags
	}
	m := yamlsrc.NewMap(file, n, &diags, "pack.yaml")
	m.Known("名称", "版本", "地区", "年度", "说明", "依据", "评分规则", "示例", "文档", "事实", "指标")
	p.Meta = Meta{Name: m.Str("名称", true), Version: m.Str("版本", false), Region: m.Str("地区", false),
		Year: m.Str("年度", false), Description: m.Str("说明", false),
		Basis: m.Str("依据", false), RubricFile: m.Str("评分规则", true), ExampleFile: m.Str("示例", false)}
	p.declared = rubric.Declarations{Facts: facts.LoadDecls(file, m.List("事实", false), &diags),
		Metrics: metrics.LoadDefs(file, m.List("指标", false), &diags)}
	for _, n := range m.List("文档", false) {
		dm := yamlsrc.NewMap(file, n, &diags, "文档")
		dm.Known("模板", "输出")
		p.Meta.Documents = append(p.Meta.Documents, Document{Template: dm.Str("模板", true), Output: dm.Str("输出", true),
			Pos: dm.Pos(), OutputPos: dm.KeyPos("输出")})
	}
	return diags
}

func (p *Pack) readRubric() diag.List {
	var diags diag.List
	file := p.Name(p.Meta.RubricFile)
	src, err := fs.ReadFile(p.FS, p.Meta.RubricFile)
	if err != nil {
		diags.Errorf(diag.Pos{File: file}, "模板包中找不到评分规则文件 %s", p.Meta.RubricFile)
		return diags
	}
	p.Sources[file] = src
	p.Rubric, diags = rubric.Load(file, src)
	return diags
}

// Example returns the pack's example facts file and its name for messages.
func (p *Pack) Example() (string, []byte, bool) {
	if p.Meta.ExampleFile == "" {
		return "", nil, false
	}
	src, err := fs.ReadFile(p.FS, p.Meta.ExampleFile)
	if err != nil {
		return "", nil, false
	}
	if p.Source == BuiltIn {
		return "内置示例/" + data.ExampleName, src, true
	}
	return p.Name(p.Meta.ExampleFile), src, true
}
