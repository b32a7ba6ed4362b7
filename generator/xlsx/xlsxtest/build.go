// Package xlsxtest builds small .xlsx workbooks from a readable text
// description and prints workbooks back as text, for tests of the Excel
// template engine and of the command line (the testscript command mkxlsx):
// Dump lists cells and ranges, Normalized the sheet XML for golden files.
//
// A description has one statement per line; blank lines and lines starting
// with "#" are ignored:
//
//	sheet 汇总                       select the sheet, creating it (the first renames Sheet1)
//	A1: 单位名称：{{.单位}}           a text cell (everything after ": ")
//	B2# 12.5                         a number cell
//	B6= SUM(B5:B5)                   a formula cell
//	shared E5:E8 C5*2                a shared formula (as Excel saves a filled-down one)
//	merge A1:C1                      merge a range
//	style B5:B9 numfmt=10 border bold wrap center vcenter custom=0.00"分"
//	height 5 30                      row height
//	width A 24                       column width
//	valid D5 list 是,否              a drop-down list validation
//	valid B5 decimal 0 100           a decimal-between validation
//	cond B5 >= 90                    a conditional format (cell value rule, red fill)
//	name 分数区 汇总!$B$5:$B$5        a workbook-scope defined name
//	printarea $A$1:$C$7              the sheet's print area
//	printtitles $1:$4                rows repeated on every printed page
//	header &C附件2-4                 the page header
//	note B7 填表说明                  a note (comment) on a cell
package xlsxtest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellLine matches "A1: text", "B2# 12.5" and "B6= SUM(...)".
var cellLine = regexp.MustCompile(`^([A-Z]+[0-9]+)([:#=]) ?(.*)$`)

// builder holds the workbook being built and the selected sheet.
type builder struct {
	f       *excelize.File
	sheet   string
	renamed bool
}

// Build returns the workbook the description spec describes.
func Build(spec string) ([]byte, error) {
	b := &builder{f: excelize.NewFile(), sheet: "Sheet1"}
	defer b.f.Close()
	sc := bufio.NewScanner(strings.NewReader(spec))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := b.statement(line); err != nil {
			return nil, fmt.Errorf("line %d: %q: %w", n, line, err)
		}
	}
	var buf bytes.Buffer
	err := b.f.Write(&buf)
	return buf.Bytes(), err
}

// WriteFile builds spec and writes the workbook to path.
func WriteFile(path, spec string) error {
	data, err := Build(spec)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func (b *builder) statement(line string) error {
	if m := cellLine.FindStringSubmatch(line); m != nil {
		return b.cell(m[1], m[2], m[3])
	}
	word, rest, _ := strings.Cut(line, " ")
	args := strings.Fields(rest)
	switch word {
	case "sheet":
		return b.selectSheet(strings.TrimSpace(rest))
	case "shared":
		typ, ref := excelize.STCellFormulaTypeShared, args[0]
		first, _, _ := strings.Cut(ref, ":")
		return b.f.SetCellFormula(b.sheet, first, strings.Join(args[1:], " "), excelize.FormulaOpts{Type: &typ, Ref: &ref})
	case "merge":
		tl, br, _ := strings.Cut(rest, ":")
		return b.f.MergeCell(b.sheet, tl, br)
	case "style":
		return b.style(args)
	case "height":
		return b.height(args)
	case "width":
		return b.width(args)
	case "valid":
		return b.valid(args)
	case "cond":
		return b.cond(args)
	}
	return b.workbookStatement(word, rest, args)
}

func (b *builder) workbookStatement(word, rest string, args []string) error {
	switch word {
	case "name":
		return b.f.SetDefinedName(&excelize.DefinedName{Name: args[0], RefersTo: args[1]})
	case "printarea":
		return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: b.qualified(args[0]), Scope: b.sheet})
	case "printtitles":
		return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: b.qualified(args[0]), Scope: b.sheet})
	case "header":
		return b.f.SetHeaderFooter(b.sheet, &excelize.HeaderFooterOptions{OddHeader: rest})
	case "note":
		cell, text, _ := strings.Cut(rest, " ")
		return b.f.AddComment(b.sheet, excelize.Comment{Cell: cell, Author: "jixiao", Text: text})
	}
	return fmt.Errorf("unknown statement %q", word)
}

func (b *builder) qualified(ref string) string {
	return "'" + strings.ReplaceAll(b.sheet, "'", "''") + "'!" + ref
}

func (b *builder) selectSheet(name string) error {
	if !b.renamed {
		b.renamed = true
		b.sheet = name
		return b.f.SetSheetName("Sheet1", name)
	}
	b.sheet = name
	if idx, _ := b.f.GetSheetIndex(name); idx >= 0 {
		return nil
	}
	_, err := b.f.NewSheet(name)
	return err
}

func (b *builder) cell(ref, kind, value string) error {
	switch kind {
	case "#":
		return b.f.SetCellDefault(b.sheet, ref, strings.TrimSpace(value))
	case "=":
		return b.f.SetCellFormula(b.sheet, ref, strings.TrimSpace(value))
	}
	return b.f.SetCellStr(b.sheet, ref, value)
}

func (b *builder) height(args []string) error {
	row, _ := strconv.Atoi(args[0])
	h, err := strconv.ParseFloat(args[1], 64)
	if err != nil {
		return err
	}
	return b.f.SetRowHeight(b.sheet, row, h)
}

func (b *builder) width(args []string) error {
	w, err := strconv.ParseFloat(args[1], 64)
	if err != nil {
		return err
	}
	return b.f.SetColWidth(b.sheet, args[0], args[0], w)
}

func (b *builder) style(args []string) error {
	s := &excelize.Style{}
	for _, opt := range args[1:] {
		if err := styleOption(s, opt); err != nil {
			return err
		}
	}
	id, err := b.f.NewStyle(s)
	if err != nil {
		return err
	}
	tl, br, ok := strings.Cut(args[0], ":")
	if !ok {
		br = tl
	}
	return b.f.SetCellStyle(b.sheet, tl, br, id)
}

func styleOption(s *excelize.Style, opt string) error {
	key, val, _ := strings.Cut(opt, "=")
	switch key {
	case "numfmt":
		n, err := strconv.Atoi(val)
		s.NumFmt = n
		return err
	case "custom":
		s.CustomNumFmt = &val
	case "border":
		for _, side := range []string{"left", "right", "top", "bottom"} {
			s.Border = append(s.Border, excelize.Border{Type: side, Color: "000000", Style: 1})
		}
	case "bold":
		s.Font = &excelize.Font{Bold: true}
	case "wrap":
		s.Alignment = alignment(s, func(a *excelize.Alignment) { a.WrapText = true })
	case "center":
		s.Alignment = alignment(s, func(a *excelize.Alignment) { a.Horizontal = "center" })
	case "vcenter":
		s.Alignment = alignment(s, func(a *excelize.Alignment) { a.Vertical = "center" })
	default:
		return fmt.Errorf("unknown style option %q", opt)
	}
	return nil
}

func alignment(s *excelize.Style, set func(*excelize.Alignment)) *excelize.Alignment {
	a := s.Alignment
	if a == nil {
		a = &excelize.Alignment{}
	}
	set(a)
	return a
}

func (b *builder) valid(args []string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = args[0]
	switch args[1] {
	case "list":
		if err := dv.SetDropList(strings.Split(args[2], ",")); err != nil {
			return err
		}
	case "decimal":
		lo, _ := strconv.ParseFloat(args[2], 64)
		hi, _ := strconv.ParseFloat(args[3], 64)
		if err := dv.SetRange(lo, hi, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
	default:
		return fmt.Errorf("unknown validation %q", args[1])
	}
	return b.f.AddDataValidation(b.sheet, dv)
}

func (b *builder) cond(args []string) error {
	red, err := b.f.NewConditionalStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Color: []string{"FFC7CE"}, Pattern: 1}})
	if err != nil {
		return err
	}
	return b.f.SetConditionalFormat(b.sheet, args[0], []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: args[1], Format: &red, Value: args[2]},
	})
}
