package xlsx

import (
	"strconv"
	"strings"

	"github.com/xuri/efp"
	"github.com/xuri/excelize/v2"
)

// endpoint is one corner of a cell reference as written: column letters and
// row number, each possibly absolute ($). Whole-row references have no
// column, whole-column references no row (row 0).
type endpoint struct {
	colAbs, rowAbs bool
	col            string
	row            int
}

// String writes e back in A1 notation.
func (e endpoint) String() string {
	var b strings.Builder
	if e.col != "" {
		if e.colAbs {
			b.WriteByte('$')
		}
		b.WriteString(e.col)
	}
	if e.row > 0 {
		if e.rowAbs {
			b.WriteByte('$')
		}
		b.WriteString(strconv.Itoa(e.row))
	}
	return b.String()
}

// ref is a reference to a cell or a range, optionally on a named sheet.
type ref struct {
	prefix  string // the sheet part as written, with its "!", or ""
	sheet   string // the sheet it refers to (unquoted); set by the caller when prefix is ""
	p1, p2  endpoint
	isRange bool
}

// String writes r back as it would appear in a formula.
func (r ref) String() string {
	if !r.isRange {
		return r.prefix + r.p1.String()
	}
	return r.prefix + r.p1.String() + ":" + r.p2.String()
}

// rows returns the first and last row r covers (0, 0 for whole columns).
func (r ref) rows() (int, int) {
	if !r.isRange {
		return r.p1.row, r.p1.row
	}
	return r.p1.row, r.p2.row
}

// parseRef reads a reference such as B5, $B$5:$B$20, 5:5, A:C or
// 'My Sheet'!B5. Names, 3-D and external references are not references
// here (ok is false), so they are left as they are.
func parseRef(s string) (r ref, ok bool) {
	body := s
	if r.prefix, r.sheet, body, ok = splitSheet(s); !ok {
		return r, false
	}
	parts := strings.Split(body, ":")
	switch len(parts) {
	case 1:
		r.p1, ok = parseEndpoint(parts[0])
		return r, ok && r.p1.col != "" && r.p1.row > 0
	case 2:
		var ok2 bool
		r.p1, ok = parseEndpoint(parts[0])
		r.p2, ok2 = parseEndpoint(parts[1])
		r.isRange = true
		same := (r.p1.col == "") == (r.p2.col == "") && (r.p1.row == 0) == (r.p2.row == 0)
		return r, ok && ok2 && same
	}
	return r, false
}

// splitSheet separates "Sheet1!A1" or "'a b'!A1" into prefix, sheet name
// and the rest. ok is false for 3-D and external references.
func splitSheet(s string) (prefix, sheet, rest string, ok bool) {
	if strings.HasPrefix(s, "'") {
		for i := 1; i < len(s); i++ {
			if s[i] != '\'' {
				continue
			}
			if i+1 < len(s) && s[i+1] == '\'' {
				i++
				continue
			}
			if i+1 >= len(s) || s[i+1] != '!' {
				return "", "", "", false
			}
			return s[:i+2], strings.ReplaceAll(s[1:i], "''", "'"), s[i+2:], true
		}
		return "", "", "", false
	}
	i := strings.LastIndex(s, "!")
	if i < 0 {
		return "", "", s, true
	}
	if strings.ContainsAny(s[:i], "[]:") {
		return "", "", "", false
	}
	return s[:i+1], s[:i], s[i+1:], true
}

// parseEndpoint reads [$]letters[$]digits, either part optional.
func parseEndpoint(s string) (e endpoint, ok bool) {
	i := 0
	if i < len(s) && s[i] == '$' {
		e.colAbs, i = true, i+1
	}
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	e.col = s[i:j]
	if e.col == "" && e.colAbs {
		e.colAbs, e.rowAbs = false, true // "$5" is an absolute row
	}
	if j < len(s) && s[j] == '$' {
		e.rowAbs, j = true, j+1
	}
	if j < len(s) {
		n, err := strconv.Atoi(s[j:])
		if err != nil || n < 1 || n > excelize.TotalRows || strings.HasPrefix(s[j:], "+") {
			return e, false
		}
		e.row = n
	}
	if e.col != "" {
		if c, err := excelize.ColumnNameToNumber(e.col); err != nil || c > excelize.MaxColumns {
			return e, false
		}
	}
	return e, e.col != "" || e.row > 0
}

func isLetter(b byte) bool { return ('A' <= b && b <= 'Z') || ('a' <= b && b <= 'z') }

// rect is a rectangular area by its corners, 1-based.
type rect struct{ c1, r1, c2, r2 int }

// parseArea reads "B5" or "B5:D9" as a rectangle.
func parseArea(s string) (rect, bool) {
	r, ok := parseRef(s)
	if !ok || r.prefix != "" || r.p1.col == "" || r.p1.row == 0 {
		return rect{}, false
	}
	if !r.isRange {
		r.p2 = r.p1
	}
	c1, _ := excelize.ColumnNameToNumber(r.p1.col)
	c2, _ := excelize.ColumnNameToNumber(r.p2.col)
	return rect{min(c1, c2), min(r.p1.row, r.p2.row), max(c1, c2), max(r.p1.row, r.p2.row)}, true
}

// String writes a back as "B5" or "B5:D9".
func (a rect) String() string {
	tl, _ := excelize.CoordinatesToCellName(a.c1, a.r1)
	if a.c1 == a.c2 && a.r1 == a.r2 {
		return tl
	}
	br, _ := excelize.CoordinatesToCellName(a.c2, a.r2)
	return tl + ":" + br
}

// refRewriter decides the new text of one reference; changed is false to
// keep it as written. ref.sheet is already resolved.
type refRewriter func(r *ref) (text string, changed bool)

// rewriteFormula applies fn to every cell or range reference of formula,
// whose own cell is on host (used for references without a sheet). Only the
// references that fn changes are replaced; the rest of the text, spacing
// included, stays as written. The formula is kept whole when it cannot be
// tokenized reliably.
func rewriteFormula(formula, host string, fn refRewriter) (string, bool) {
	var b strings.Builder
	cursor, last, changed := 0, 0, false
	ps := efp.ExcelParser()
	for _, tok := range ps.Parse(formula) {
		if tok.TType != efp.TokenTypeOperand {
			continue
		}
		start, text := locate(formula[cursor:], tok)
		if start < 0 {
			return formula, false
		}
		start += cursor
		cursor = start + len(text)
		if tok.TSubType != efp.TokenSubTypeRange {
			continue
		}
		core := strings.TrimSpace(text) // efp keeps line breaks next to an operand
		at := start + strings.Index(text, core)
		if repl, ok := rewriteRef(core, host, fn); ok {
			b.WriteString(formula[last:at])
			b.WriteString(repl)
			last, changed = at+len(core), true
		}
	}
	if !changed {
		return formula, false
	}
	b.WriteString(formula[last:])
	return b.String(), true
}

// locate finds an operand token in s as it is written there: efp unquotes
// text ("a""b") and sheet names ('My Sheet'!A1). It returns -1 when the
// token cannot be found.
func locate(s string, tok efp.Token) (int, string) {
	candidates := []string{tok.TValue}
	switch {
	case tok.TSubType == efp.TokenSubTypeText:
		candidates = []string{`"` + strings.ReplaceAll(tok.TValue, `"`, `""`) + `"`}
	case tok.TSubType == efp.TokenSubTypeRange && strings.Contains(tok.TValue, "!"):
		i := strings.LastIndex(tok.TValue, "!")
		quoted := "'" + strings.ReplaceAll(tok.TValue[:i], "'", "''") + "'" + tok.TValue[i:]
		candidates = append(candidates, quoted)
	}
	best, text := -1, ""
	for _, c := range candidates {
		if k := strings.Index(s, c); c != "" && k >= 0 && (best < 0 || k < best) {
			best, text = k, c
		}
	}
	return best, text
}

// rewriteRef parses one range operand and applies fn to it.
func rewriteRef(text, host string, fn refRewriter) (string, bool) {
	r, ok := parseRef(text)
	if !ok {
		return "", false
	}
	if r.prefix == "" {
		r.sheet = host
	}
	return fn(&r)
}
