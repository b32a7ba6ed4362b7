package docx

import (
	"archive/zip"
	"bytes"
	"strconv"
	"text/template"
	"text/template/parse"

	"jixiao/generator/diag"
	"jixiao/generator/tmpl"
)

// part is one templated part of the archive: its tree, tags, generated
// source and parsed template. tpl is nil for a part without tags, which is
// copied raw.
type part struct {
	name   string
	tree   *tree
	tags   []*tag
	src    *source
	tpl    *template.Template
	fixIDs bool // rendering may repeat or remove ids (blocks around drawings or bookmarks)
	merges bool // cells of looped rows may merge down (纵向合并)

	fieldsOnly *template.Template // a broken part's sound tags, for field lookup
}

// parsePart reads, scans and checks one part, reporting its problems, and
// builds its template when it has none.
func (t *Template) parsePart(f *zip.File, funcs map[string]any) {
	raw, err := t.arch.readPart(f)
	if err != nil {
		t.diags.Errorf(diag.Pos{File: t.name, Part: f.Name}, "%v", err)
		return
	}
	t.maxID = max(t.maxID, maxID(raw))
	if bytes.IndexByte(raw, '{') < 0 {
		t.checkXML(f.Name, raw)
		return
	}
	if _, err := utf8Part(raw, true); err != nil {
		t.brokenPart(f.Name, err)
		return
	}
	tr, err := parseTree(raw)
	if err != nil {
		t.brokenPart(f.Name, err)
		return
	}
	p := &part{name: f.Name, tree: tr}
	probs, blocks := t.analyze(p, funcs)
	if len(probs) == 0 && len(p.tags) == 0 {
		return // braces but no tags: copied raw
	}
	t.parts = append(t.parts, p)
	if len(probs) == 0 {
		probs = t.build(p)
	}
	t.reportAll(p, probs)
	if len(probs) > 0 {
		t.prepareFieldCheck(p, probs)
	}
	p.fixIDs = blocks > 0 && (bytes.Contains(raw, []byte("docPr")) || bytes.Contains(raw, []byte("bookmarkStart")))
}

// analyze finds the tags of p and checks them: syntax and functions, scope
// of variables, block balance and placement. It returns every problem and
// the number of complete blocks.
func (t *Template) analyze(p *part, funcs map[string]any) ([]problem, int) {
	paras := scanParagraphs(p.tree)
	probs := t.findAll(p, paras)
	probs = append(probs, checkTags(p.tags)...)
	probs = append(probs, checkScopes(p.tags)...)
	blocks, bp := matchBlocks(p.tags)
	probs = append(probs, bp...)
	probs = append(probs, placeTags(paras, blocks)...)
	if len(probs) == 0 {
		p.merges = markMergeCells(paras, blocks)
		probs = applyTags(paras)
	}
	if len(probs) == 0 {
		guards := 0
		guardContainers(p.tree.root, &guards)
	}
	return probs, len(blocks)
}

// findAll tokenizes every paragraph of p. A “{{” that does not make a tag
// becomes a problem attached to a stand-in tag for its location.
func (t *Template) findAll(p *part, paras []*para) []problem {
	var probs []problem
	for _, pa := range paras {
		pa.joined, pa.starts = joinAtoms(pa.atoms)
		spans, errs := findTagsIn(pa.joined, pa.starts)
		for _, e := range errs {
			probs = append(probs, problem{t: &tag{part: p.name, para: pa, span: tagSpan{text: e.text}}, msg: e.msg})
		}
		for _, s := range spans {
			tg := &tag{idx: len(p.tags), part: p.name, para: pa, span: s, action: tmpl.NormalizeAction(s.inner)}
			tg.kind, tg.word = classify(tg.action)
			pa.tags = append(pa.tags, tg)
			p.tags = append(p.tags, tg)
		}
	}
	return probs
}

// build generates p's template source, checks that lifting kept the blocks
// nested, and parses it into t's template set with the escapers appended.
func (t *Template) build(p *part) []problem {
	p.src = generate(p.tree, &t.ctxs)
	if probs := checkOrder(p.src.control); len(probs) > 0 {
		return probs
	}
	tpl, err := t.parse(p.name, p.src.text)
	if err != nil {
		return []problem{{t: nil, msg: "模板无法解析：" + tmpl.Explain(err)}}
	}
	t.injectEscapers(tpl.Tree, p.src)
	tmpl.Prepare(tpl.Tree)
	p.tpl = tpl
	return nil
}

// maxID returns the largest drawing or bookmark id in a raw part.
func maxID(raw []byte) int {
	m := 0
	for _, name := range []string{"wp:docPr", "w:bookmarkStart"} {
		for _, el := range elements(raw, name) {
			if from, to, ok := attrValue(raw[el.from:el.tagEnd], "id"); ok {
				if n, err := strconv.Atoi(string(raw[el.from+from : el.from+to])); err == nil {
					m = max(m, n)
				}
			}
		}
	}
	return m
}

// parse parses a part's template source into t's set, as text/template
// would with the allow-list, but without making the set's function map:
// executors bind only the functions the parts call (executors.go).
func (t *Template) parse(name, src string) (*template.Template, error) {
	trees, err := parse.Parse(name, src, lDelim, rDelim, tmpl.ParseNames(), escFuncs)
	if err != nil {
		return nil, err
	}
	for n, tree := range trees {
		if _, err := t.set.AddParseTree(n, tree); err != nil {
			return nil, err
		}
	}
	return t.set.Lookup(name), nil
}

// escFuncs names the default escaper for parsing.
var escFuncs = map[string]any{escFunc: true}
