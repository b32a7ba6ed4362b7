package xlsx

import (
	"github.com/xuri/excelize/v2"

	"jixiao/generator/tmpl"
)

// mergeDown merges, in every column of a loop row whose cell is one
// {{纵向合并 …}} tag, each run of two or more consecutive items that belong
// together (tmpl.MergeDown.Continues: same text, same group values, not
// blank). The value stays in the top cell: excelize empties the covered
// cells, keeping their styles, so borders stay and a SUM does not count
// the value twice. A cell the template merges across columns is merged
// down over the same columns; excelize folds the row-by-row ranges copied
// from the template into the new one.
func (a *applier) mergeDown(sheet string, o *output) error {
	if o.row.dir == nil || o.row.dir.keyword != "range" || o.n < 2 {
		return nil
	}
	for k, c := range o.row.cells {
		c1, c2 := o.row.proto.extent(c.pos.col)
		for _, run := range mergeRuns(o.cells[k]) {
			tl, _ := excelize.CoordinatesToCellName(c1, o.row.num+run[0])
			br, _ := excelize.CoordinatesToCellName(c2, o.row.num+run[1])
			if err := a.f.MergeCell(sheet, tl, br); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeRuns returns the first and last item of every run of two or more
// items that continue one another.
func mergeRuns(items []item) [][2]int {
	var runs [][2]int
	start := 0
	for i := 1; i <= len(items); i++ {
		if i < len(items) && continues(items[i-1], items[i]) {
			continue
		}
		if i-1 > start {
			runs = append(runs, [2]int{start, i - 1})
		}
		start = i
	}
	return runs
}

// continues reports whether cur, in the row below prev, merges with it.
func continues(prev, cur item) bool {
	p, ok := prev.value.(tmpl.MergeDown)
	if !ok || !prev.typed || !cur.typed {
		return false
	}
	c, ok := cur.value.(tmpl.MergeDown)
	return ok && c.Continues(p)
}

// extent returns the columns a cell of the loop row covers: those of the
// template's merged range holding column col, or col alone.
func (p *rowProto) extent(col int) (int, int) {
	for _, m := range p.merges {
		if m.c1 <= col && col <= m.c2 {
			return m.c1, m.c2
		}
	}
	return col, col
}
