package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/diag"
	"jixiao/generator/internal/lazyre"
	"jixiao/generator/internal/ooxml"
)

// checkArchive says what src is when it is not a workbook excelize can
// read (an encrypted workbook, an old .xls), and refuses an archive too
// large in total or carrying macros or ActiveX controls.
func checkArchive(src []byte) error {
	switch {
	case ooxml.IsEncrypted(src):
		return errors.New("这个工作簿设置了打开密码：请在 Excel 或 WPS 中取消密码（文件→信息→保护工作簿），另存为 .xlsx 后再用")
	case ooxml.IsOLE(src):
		return errors.New("这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中另存为 .xlsx 后再用")
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil // explained by explainOpen
	}
	if err := ooxml.CheckBudget(zr); err != nil {
		return fmt.Errorf("拒绝使用这个工作簿：%v", err)
	}
	if err := ooxml.CheckActive(zr); err != nil {
		return fmt.Errorf("这个工作簿%v", err)
	}
	return nil
}

// explainOpen turns an error of excelize.OpenReader into a Chinese message.
func explainOpen(err error) error {
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, zip.ErrChecksum):
		return errors.New("不是有效的 Excel 工作簿（.xlsx）：文件不是 zip 压缩包或已损坏；.xls 等旧格式请先在 Excel/WPS 中另存为 .xlsx")
	case errors.Is(err, excelize.ErrOptionsUnzipSizeLimit):
		return fmt.Errorf("工作簿解压后超过 %d MiB 的上限，不像是模板文件", maxUnzipped>>20)
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		return errors.New("工作簿已加密或格式不受支持，请取消密码保护并另存为 .xlsx")
	case strings.Contains(err.Error(), "have <document>"):
		return errors.New("这是 Word 文档，不是 Excel 工作簿：请使用 .docx 扩展名")
	case strings.Contains(err.Error(), "not a valid zip"), strings.Contains(err.Error(), "zip:"):
		return fmt.Errorf("不是有效的 Excel 工作簿（.xlsx）：%v", err)
	}
	return fmt.Errorf("无法打开 Excel 工作簿（文件已损坏或不完整）：%v", err)
}

// badCellName finds the reference in excelize's error for a cell
// reference it cannot read (a damaged merged range, formula or other range).
var badCellName = lazyre.New(`cannot convert cell ("[^"]*") to coordinates`)

// explainRender words in Chinese what went wrong while the workbook was
// rebuilt, for the failures a damaged template causes.
func explainRender(err error) string {
	var noSheet excelize.ErrSheetNotExist
	var syntax *xml.SyntaxError
	switch {
	case errors.As(err, &noSheet):
		return fmt.Sprintf("工作簿引用了不存在的工作表“%s”（定义的名称、图表或公式指向的工作表已被删除或改名？）："+
			"请在 Excel 或 WPS 中检查后另存为 .xlsx", noSheet.SheetName)
	case errors.As(err, &syntax) && strings.Contains(syntax.Msg, "UTF-8"):
		return fmt.Sprintf("工作簿的 XML 第 %d 行含有不是 UTF-8 编码的文字：请在 Excel 或 WPS 中打开后另存为 .xlsx", syntax.Line)
	case errors.As(err, &syntax):
		return fmt.Sprintf("工作簿的 XML 格式错误（第 %d 行）：%s；请在 Excel 或 WPS 中打开后另存为 .xlsx", syntax.Line, syntax.Msg)
	}
	if s, ok := limitText(err); ok {
		return s
	}
	var num *strconv.NumError
	if errors.As(err, &num) {
		return fmt.Sprintf("工作簿的 XML 中有一个读不出的值“%s”（文件可能已损坏）：请在 Excel 或 WPS 中打开后另存为 .xlsx", num.Num)
	}
	if m := badCellName.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Sprintf("工作簿中有无效的单元格引用 %s（合并单元格、公式或其他范围已损坏）："+
			"请在 Excel 或 WPS 中检查合并单元格等范围后另存为 .xlsx", m[1])
	}
	return err.Error()
}

// limitText words excelize's errors for Excel's limits, which a template
// passes only when it is damaged or its loops make too many rows.
func limitText(err error) (string, bool) {
	switch {
	case errors.Is(err, excelize.ErrMaxRowHeight):
		return fmt.Sprintf("工作簿中有行高超过 Excel 允许的 %d 磅（文件可能已损坏）：请在 Excel 或 WPS 中改行高后另存为 .xlsx", excelize.MaxRowHeight), true
	case errors.Is(err, excelize.ErrColumnWidth):
		return fmt.Sprintf("工作簿中有列宽超过 Excel 允许的 %d 个字符（文件可能已损坏）：请在 Excel 或 WPS 中改列宽后另存为 .xlsx", excelize.MaxColumnWidth), true
	case errors.Is(err, excelize.ErrMaxRows):
		return fmt.Sprintf("工作表的行数超过 Excel 允许的 %d 行（列表的项太多，或模板中有行号超出范围）", excelize.TotalRows), true
	case errors.Is(err, excelize.ErrColumnNumber):
		return fmt.Sprintf("工作簿中有列号超出 Excel 允许的范围（1–%d，文件可能已损坏）：请在 Excel 或 WPS 中打开检查后另存为 .xlsx", excelize.MaxColumns), true
	}
	return "", false
}

// explainMerges words in Chinese why the merged ranges of a sheet cannot
// be read.
func explainMerges(err error) string {
	if m := badCellName.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Sprintf("工作表中有一个合并单元格的范围 %s 无效（文件可能已损坏）："+
			"请在 Excel 或 WPS 中取消合并后重新合并，再另存为 .xlsx", m[1])
	}
	return "工作表无法读取：" + explainRender(err)
}

// panicAsDiag turns a recovered panic inside excelize or the engine into
// an error diagnostic, so a malformed template never crashes the program.
// It reports whether there was a panic.
func panicAsDiag(r any, diags *diag.List, file string) bool {
	if r == nil {
		return false
	}
	diags.Errorf(diag.Pos{File: file}, "处理 Excel 文件时出现内部错误（文件可能已损坏）：%v", r)
	return true
}
