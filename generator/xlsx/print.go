package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/internal/lazyre"
)

// a4 is the paper size code of A4 in SpreadsheetML.
const a4 = 9

// rowSpan matches "1:3" or "$1:$3".
var rowSpan = lazyre.New(`^\$?(\d+):\$?(\d+)$`)

// SetPrintDefaults gives a sheet the print setup of jixiao's tables: A4
// paper, scaled to fit the page width (as many pages tall as needed), and,
// when headerRows is not "", those rows ("1:3") repeated at the top of every
// printed page. It is meant for building templates; rendering keeps
// whatever print setup a template has.
func SetPrintDefaults(f *excelize.File, sheet string, headerRows string) error {
	size, wide, tall, fit := a4, 1, 0, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if headerRows == "" {
		return nil
	}
	m := rowSpan.FindStringSubmatch(headerRows)
	if m == nil {
		return fmt.Errorf("标题行应写成“1:3”的形式，实际为“%s”", headerRows)
	}
	_ = f.DeleteDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet})
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%s:$%s", strings.ReplaceAll(sheet, "'", "''"), m[1], m[2]),
		Scope:    sheet,
	})
}
