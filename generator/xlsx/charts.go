package xlsx

import (
	"bytes"
	"encoding/xml"
	"html"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// Charts read their data through references in their own parts
// (<c:f>Sheet1!$B$3:$B$7</c:f>), which excelize's InsertRows and RemoveRow
// leave alone: a chart below a loop would plot the cells that moved away.
// The applier therefore records every change it makes to the rows of a
// sheet, as the same rewriters it applies to formulas, and replays them on
// the references of every chart before the workbook is written.

// chartRef is the text of one reference element of a chart.
var chartRef = lazyre.New(`(<(?:\w+:)?f>)([^<]*)(</(?:\w+:)?f>)`)

// shiftRows returns the rewriter of a row insertion (k > 0, rows at and
// below at move down) or removal (k < 0, rows below at-1 move up) in
// sheet, as excelize moves cells: every endpoint at or below at moves.
func shiftRows(sheet string, at, k int) refRewriter {
	return func(r *ref) (string, bool) {
		if r.sheet != sheet {
			return "", false
		}
		changed := false
		for _, e := range []*endpoint{&r.p1, &r.p2} {
			if e.row >= at && (e == &r.p1 || r.isRange) {
				e.row += k
				changed = true
			}
		}
		return r.String(), changed
	}
}

// record keeps a change to the rows of the workbook for the charts.
func (a *applier) record(fn refRewriter) { a.rowChanges = append(a.rowChanges, fn) }

// moveChartRefs replays the recorded row changes on the references of
// every chart part of the workbook.
func (a *applier) moveChartRefs() {
	if len(a.rowChanges) == 0 {
		return
	}
	a.f.Pkg.Range(func(key, value any) bool {
		name, ok := key.(string)
		data, isBytes := value.([]byte)
		if ok && isBytes && strings.HasPrefix(name, "xl/charts/chart") && strings.HasSuffix(name, ".xml") {
			a.f.Pkg.Store(name, a.movedChart(data))
		}
		return true
	})
}

// movedChart is one chart part with its references moved.
func (a *applier) movedChart(data []byte) []byte {
	return chartRef.Regexp().ReplaceAllFunc(data, func(m []byte) []byte {
		sub := chartRef.Regexp().FindSubmatch(m)
		text := html.UnescapeString(string(sub[2]))
		moved := text
		for _, fn := range a.rowChanges {
			moved, _ = rewriteFormula(moved, "", fn)
		}
		if moved == text {
			return m
		}
		var esc bytes.Buffer
		xml.EscapeText(&esc, []byte(moved))
		return bytes.Join([][]byte{sub[1], esc.Bytes(), sub[3]}, nil)
	})
}
