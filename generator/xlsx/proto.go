package xlsx

import (
	"math"

	"github.com/xuri/excelize/v2"
)

// rowProto is how a loop row looks in the template, kept so that every copy
// the loop makes looks the same: height, visibility, every cell's style,
// the constant cells, and the merged ranges inside the row.
type rowProto struct {
	height float64 // 0 keeps the sheet's default height
	hidden bool
	cells  []protoCell
	merges []rect
}

type protoKind int

const (
	protoEmpty    protoKind = iota // style only
	protoStatic                    // a constant, copied into every item's row
	protoFormula                   // copied with its references moved to the item's row
	protoTemplate                  // filled from the data
)

// protoCell is one cell of a loop row.
type protoCell struct {
	col   int
	style int
	kind  protoKind
	value string // raw value of a constant
	ctype excelize.CellType
}

// readProto records the look of row num of s.
func readProto(src sheetSource, s *sheet, r *row, covered map[position]bool, merges []rect) *rowProto {
	p := &rowProto{}
	if h, err := src.rowHeight(r.num); err == nil && math.Abs(h-s.defaultHeight) > 0.01 {
		p.height = h
	}
	if visible, err := src.rowVisible(r.num); err == nil {
		p.hidden = !visible
	}
	kinds := map[int]protoKind{}
	for _, c := range r.cells {
		kinds[c.pos.col] = protoTemplate
	}
	for _, fp := range s.formulas {
		if fp.row == r.num {
			kinds[fp.col] = protoFormula
		}
	}
	for col := 1; col <= s.maxCol; col++ {
		if pc, ok := readProtoCell(src, position{r.num, col}, kinds[col], covered); ok {
			p.cells = append(p.cells, pc)
		}
	}
	p.merges = rowMerges(merges, r.num)
	return p
}

// readProtoCell reads one cell of a loop row; ok is false for a cell with
// neither style nor content.
func readProtoCell(src sheetSource, at position, kind protoKind, covered map[position]bool) (protoCell, bool) {
	style, _ := src.styleID(at)
	pc := protoCell{col: at.col, style: style, kind: kind}
	if kind == protoEmpty && !covered[at] {
		pc.value = src.rawValue(at)
		pc.ctype = src.cellType(at)
		if pc.value != "" {
			pc.kind = protoStatic
		}
	}
	return pc, pc.style != 0 || pc.kind != protoEmpty
}

// rowMerges returns the merged ranges that lie within one row.
func rowMerges(merges []rect, num int) []rect {
	var out []rect
	for _, a := range merges {
		if a.r1 == num && a.r2 == num {
			out = append(out, a)
		}
	}
	return out
}
