package xlsx

import "github.com/xuri/excelize/v2"

// sheetSource is one worksheet of a template as readSheet asks about it.
// Two readers answer: excelSource through excelize, and fastSheet from the
// worksheet's XML directly (readfast.go), which gives the same answers for
// every workbook it accepts. Each method answers as the excelize call
// named in its comment does.
type sheetSource interface {
	// values is GetRows with raw cell values.
	values() ([][]string, error)
	// dimension is GetSheetDimension.
	dimension() string
	// defaultHeight is the sheet's default row height (GetSheetProps), 15
	// when it sets none.
	defaultHeight() float64
	// merges is GetMergeCells, each range parsed; unparsable ones are left
	// out. The error is GetMergeCells's: a range it cannot read.
	merges() ([]rect, error)
	// formula is GetCellFormula.
	formula(p position) string
	// styleID is GetCellStyle.
	styleID(p position) (int, error)
	// style is GetStyle.
	style(id int) (*excelize.Style, error)
	// rowHeight is GetRowHeight.
	rowHeight(num int) (float64, error)
	// rowVisible is GetRowVisible.
	rowVisible(num int) (bool, error)
	// rawValue is GetCellValue with the raw cell value.
	rawValue(p position) string
	// cellType is GetCellType.
	cellType(p position) excelize.CellType
	// colWidth is GetColWidth.
	colWidth(col int) float64
}
