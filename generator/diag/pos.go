package diag

import (
	"fmt"
	"strings"
)

// Pos locates a problem. Line and Col are 1-based and set for text files
// (YAML facts, rubrics); Part and Place are set for templates inside .docx or
// .xlsx archives ("word/document.xml", "第12段" or "表1 第3行 第2列").
type Pos struct {
	File  string
	Line  int
	Col   int
	Part  string
	Place string
}

// String formats p as "file:line:col", "file:line", or
// "file [part] place", leaving out whatever is unknown. The zero Pos prints "".
func (p Pos) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	if p.Part != "" {
		fmt.Fprintf(&b, " [%s]", p.Part)
	}
	if p.Place != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.Place)
	}
	return b.String()
}

// IsZero reports whether p holds no location at all.
func (p Pos) IsZero() bool { return p == Pos{} }

// Less orders positions by file, line, column, part and place.
func (p Pos) Less(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	if p.Col != q.Col {
		return p.Col < q.Col
	}
	if p.Part != q.Part {
		return p.Part < q.Part
	}
	return p.Place < q.Place
}
