package cmdutil

import (
	"errors"
	"fmt"

	"jixiao/generator/pdf"
)

// StartPDF prepares --pdf: a LibreOffice converter with workers parallel
// runs, after a warning when the system lacks fonts of the official
// layout. Without LibreOffice it says what to install and returns nil:
// the Word and Excel files are written all the same.
func StartPDF(io *IO, workers int) (*pdf.Converter, error) {
	office, err := pdf.Find()
	if errors.Is(err, pdf.ErrNoOffice) {
		fmt.Fprintf(io.Err, "提示：%s。Word/Excel 文件照常生成。\n", err)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if missing, ok := pdf.MissingFonts(); ok && len(missing) > 0 {
		fmt.Fprintf(io.Err, "提示：本机缺少公文用的字体：%s；PDF 中这些文字将用其他字体代替，字形和版式与公文要求不同。"+
			"请安装这些字体后再生成要上报的 PDF（见 README“PDF 与字体”）。\n", pdf.Describe(missing))
	}
	return pdf.New(office, workers)
}
