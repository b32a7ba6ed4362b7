package build

import (
	"crypto/sha256"
	"fmt"
	"io"
	"path"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode/utf8"

	"jixiao/generator/diag"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
)

// MaxNameBytes bounds an output file name in UTF-8 bytes: Linux allows
// 255 bytes in a name (a Chinese character takes three), Windows 255
// UTF-16 units; the rest is a margin. A longer name is shortened in the
// unit's name, with a note, before anything is written.
const MaxNameBytes = 240

// Names renders the output name of every document of p with data and
// checks them all together, before anything is rendered or written:
//   - each name ends with the extension of its template's kind (.docx for
//     a Word template, .xlsx for an Excel one);
//   - no two names are the same when case is ignored (they would be one
//     file on Windows and macOS, and one document would be lost);
//   - no name is a path: the pattern writes no “/” or “\” (OutputNameBudget),
//     and no name starts with a dot (a hidden file, or “..”);
//   - no name is reserved on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9,
//     with any extension) or ends with a dot or a space;
//   - no name is longer than MaxNameBytes: a longer one keeps its text
//     but the unit's name in it is shortened (its first characters, “…”
//     and four hexadecimal digits that tell units apart), with a note.
//
// The names are returned in the order of p's documents ("" where a name
// failed); every problem is reported at its document in pack.yaml. Once
// the budget b is exhausted, the names after the one that exhausted it are
// left unrendered: the budget's error is reported once, where it happened.
func Names(p *pack.Pack, data map[string]any, b *tmpl.Budget) ([]string, diag.List) {
	var diags diag.List
	names := make([]string, len(p.Meta.Documents))
	for i, doc := range p.Meta.Documents {
		if b.Err() != nil {
			break // reported once, at the name that exhausted the budget
		}
		name, err := OutputNameBudget(doc.Output, data, b)
		if err != nil {
			diags.Errorf(doc.OutputPos, "输出文件名“%s”有误：%v", doc.Output, err)
			continue
		}
		name, note := shorten(name, unitOf(data))
		if note != "" {
			diags.Warnf(doc.OutputPos, "%s", note)
		}
		if msg := badName(name, doc.Template); msg != "" {
			diags.Errorf(doc.OutputPos, "输出文件名“%s”%s", name, msg)
			continue
		}
		names[i] = name
	}
	diags.Append(duplicates(p.Meta.Documents, names))
	return names, diags
}

// OutputNameBudget renders a file name pattern within budget b and makes
// it safe as one name. A separator the pattern writes itself (“/”, “\”) is
// refused: the pack asked for a path. In what the unit's values bring (a
// unit named “某局/办公室”), separators and the characters Windows forbids
// become “_”.
func OutputNameBudget(pattern string, data map[string]any, b *tmpl.Budget) (string, error) {
	t, err := parseName(pattern)
	if err != nil {
		return "", fmt.Errorf("%s", tmpl.Explain(err))
	}
	if sep := writtenSeparator(t.Tree.Root); sep != "" {
		return "", fmt.Errorf("含有“%s”：输出文件名只能是一个文件名，不能带文件夹（文档都写在 -o 指定的文件夹里），请去掉“%s”", sep, sep)
	}
	tmpl.Prepare(t.Tree)
	t.Funcs(b.Funcs(tmpl.UsedFuncs(treesOf(t)...)))
	var w nameWriter
	if err := t.Execute(b.Writer(&w), data); err != nil {
		return "", fmt.Errorf("%s", tmpl.Explain(err))
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 32 || r == 0x7f {
			return '_'
		}
		return r
	}, w.String())
	if strings.Trim(name, ". ") == "" {
		return "", fmt.Errorf("文件名为空")
	}
	return name, nil
}

// parseName parses a name pattern as text/template does, without binding
// the whole allow-list: only the functions the pattern calls are bound to
// the run's budget, after parsing.
func parseName(pattern string) (*template.Template, error) {
	trees, err := parse.Parse("输出", pattern, "", "", tmpl.ParseNames())
	if err != nil {
		return nil, err
	}
	t := template.New("输出").Option("missingkey=error")
	for name, tree := range trees {
		if _, err := t.AddParseTree(name, tree); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// treesOf returns the parse trees of t and the templates it defines.
func treesOf(t *template.Template) []*parse.Tree {
	var trees []*parse.Tree
	for _, x := range t.Templates() {
		trees = append(trees, x.Tree)
	}
	return trees
}

// maxRendered bounds what a name pattern may print before it is refused.
const maxRendered = 4096

// nameWriter collects a rendered name, refusing one far too long.
type nameWriter struct{ strings.Builder }

// Write implements io.Writer.
func (w *nameWriter) Write(p []byte) (int, error) {
	if w.Len()+len(p) > maxRendered {
		return 0, fmt.Errorf("文件名超过 %d 字节", maxRendered)
	}
	return w.Builder.Write(p)
}

var _ io.Writer = (*nameWriter)(nil)

// unitOf returns the unit's name in the data, or "".
func unitOf(data map[string]any) string {
	s, _ := data["单位"].(string)
	return s
}

// shorten returns name within MaxNameBytes, shortening the unit's name in
// it, and a note when it did.
func shorten(name, unit string) (string, string) {
	if len(name) <= MaxNameBytes || unit == "" || !strings.Contains(name, unit) {
		return name, ""
	}
	over := len(name) - MaxNameBytes
	tag := fmt.Sprintf("…%x", sha256.Sum256([]byte(unit)))[:len("…")+4]
	keep := len(unit) - over - len(tag)
	for keep > 0 && !utf8.RuneStart(unit[keep]) {
		keep--
	}
	if keep <= 0 {
		return name, ""
	}
	short := unit[:keep] + tag
	out := strings.Replace(name, unit, short, 1)
	return out, fmt.Sprintf("输出文件名超过 %d 字节，文件名中的单位名称缩短为“%s”（文档内容不变）", MaxNameBytes, short)
}

// badName explains what is wrong with an output name for template tpl,
// or returns "".
func badName(name, tpl string) string {
	want := strings.ToLower(path.Ext(tpl))
	switch {
	case len(name) > MaxNameBytes:
		return fmt.Sprintf("过长：有 %d 字节，超过 %d 字节（文件系统的上限），请缩短 pack.yaml 中的输出文件名", len(name), MaxNameBytes)
	case strings.HasPrefix(name, "."):
		return "以点开头：这样的文件在 Linux、macOS 上是隐藏文件（“..”还表示上一级文件夹），请去掉开头的点"
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " "):
		return "以点或空格结尾：Windows 会去掉它们，文件名就变了"
	case reserved(name):
		return "是 Windows 的保留名称（CON、PRN、AUX、NUL、COM1–9、LPT1–9），不能用作文件名"
	case !strings.EqualFold(path.Ext(name), want):
		return fmt.Sprintf("的扩展名应为 %s：模板 %s 是%s", want, tpl, kindName(want))
	}
	return ""
}

// kindName names a template kind by its extension.
func kindName(ext string) string {
	if ext == ".xlsx" {
		return " Excel 工作簿"
	}
	return " Word 文档"
}

// reserved reports whether name is a Windows device name, with or
// without an extension.
func reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if !strings.HasPrefix(stem, "COM") && !strings.HasPrefix(stem, "LPT") {
		return false
	}
	switch stem[3:] {
	case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
		return true
	}
	return false
}

// duplicates reports names that are one file where case does not count.
func duplicates(docs []pack.Document, names []string) diag.List {
	var diags diag.List
	first := map[string]int{}
	for i, n := range names {
		if n == "" {
			continue
		}
		key := strings.ToUpper(n)
		if j, ok := first[key]; ok {
			diags.Errorf(docs[i].OutputPos, "输出文件名“%s”与第 %d 个文档（%s）的“%s”相同（不区分大小写时是同一个文件），会有一个文档丢失",
				n, j+1, docs[j].Template, names[j])
			continue
		}
		first[key] = i
	}
	return diags
}
