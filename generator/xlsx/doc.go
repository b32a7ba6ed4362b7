// Package xlsx fills an Excel (.xlsx) template with data: the Excel half of
// `jixiao render`. Templates are ordinary workbooks, made in Excel, WPS or
// LibreOffice, whose cells hold text/template tags ({{.单位}}) with the
// functions of package tmpl.
//
// # Cells
//
// A cell whose whole text is one tag, such as {{.预算}} or {{.项目.分数}},
// receives the value itself, typed, in the cell's own style:
//
//   - numbers (exact decimals, integers, floats) become number cells,
//     written with the decimal's own digits (12819.6, never
//     12819.599999999999), so they can be summed;
//   - percentages: jixiao keeps percentages in percent units (92.16 means
//     92.16%, as 比率 returns them). In a cell whose number format is a
//     percent format (0%, 0.00%, or any custom format with %) the number is
//     divided by 100, so the cell shows 92.16%; elsewhere it is written as is;
//   - dates: a time.Time, or a "2023-04-13" string in a cell formatted as a
//     date, becomes an Excel date;
//   - true/false become logical cells; a missing fact (tmpl.Pending) its
//     【待补：…】 marker; nil and "" an empty cell; anything else text.
//
// A cell mixing text and tags ("单位名称：{{.单位}}", {{万元 .x}}) becomes
// text. Formulas in the template are kept, never templated: a tag written
// inside a formula is an error.
//
// # Rows
//
// A row whose first template cell starts with {{range …}} and whose last
// template cell ends with {{end}} is repeated once per item, or removed for
// an empty list; {{if …}}/{{with …}} the same way keep or remove the row.
// (The first and last template cell may be the same cell: a cell holding
// exactly {{range .x}}{{.}}{{end}} repeats its row. To list items inside
// one cell, put text around the loop or use join.) Between the two, every
// cell is rendered once per item with the item as dot; variables declared
// in the range ($i, $p) and $ work as usual. Block tags other than these
// must open and close within one cell.
//
// The loop row is rendered in place and the rows for the other items are
// made with one excelize InsertRows call, which moves everything below —
// cells, merged ranges, formulas in every sheet, data validations,
// conditional formats, defined names and print areas, drawings — and so
// keeps the work linear in the number of rows. The new rows get the loop
// row's height, cell styles, constants, merged ranges and formulas (whose
// references to the loop row move to the item's row, as filling down in
// Excel does; references to other rows stay). excelize does not grow a
// range that ends at the loop row, so the engine does (fixup.go):
// SUM(B5:B5) under a loop of 20 items becomes SUM(B5:B24), and so do a
// validation on B5, a conditional format, a defined name or a print area
// ending at row 5. When a loop is empty, references to nothing but its row
// become 0 (SUM over no projects is 0; COUNT/COUNTA over it then give 1, so
// count with {{len .项目}} instead). Notes on cells move with their cells.
//
// # Merging equal values down a loop
//
// A loop cell that is one {{纵向合并 …}} tag (tmpl.MergeDown) writes its
// value like any whole-cell tag; once the loop is expanded, each run of two
// or more consecutive rows with the same value in that column becomes one
// merged cell, as the official forms merge 一级指标 down their rows. The
// value stays in the top cell (the covered cells are emptied, so sums do not
// count it twice) and every cell keeps the template cell's style, so a cell
// centred vertically in the template shows its value in the middle of the
// range. Extra arguments are group values the rows must share too:
// {{纵向合并 .二级指标 .一级指标}} merges equal 二级指标 only while 一级指标
// stays the same, so no 二级 range crosses a 一级 boundary. Blank values
// never merge, and neither do rows whose group value is blank. A template
// cell merged across columns (B5:C5) is merged down over the same columns.
// Outside row loops 纵向合并 just writes its value.
//
// # Row heights
//
// Excel, WPS and LibreOffice do not fit a row's height to wrapped text when
// they open a file, so long text in a row of default height is cut off.
// A template row without a height of its own (a loop row, typically) is
// therefore fitted: each row it renders to gets the height its wrapped
// cells need, estimated from their text, column widths (merged columns
// added up), font size and indent (fit.go, textheight.go); it never gets
// lower than the sheet's default height. Cells merged over several rows,
// in the template or by 纵向合并, do not count. Rows whose height the
// template sets keep it.
//
// # Reading templates
//
// Parse reads a template's parts directly with the engine's own XML
// scanner (readfast.go): the workbook's sheets and date system, the shared
// strings, the cell formats of the styles (number format, wrapping, font
// size, indent), and each worksheet's cells, formulas, column widths, row
// heights and merged ranges. Every answer is the one excelize gives
// (TestFastReaderMatchesExcelize compares them on every workbook of the
// repository). A template it does not fully model — Strict Open XML, a
// missing or damaged part, XML that encoding/xml refuses (xmlcheck.go),
// rows or cells without canonical references, overlapping merged ranges —
// is read through excelize instead, with excelize's errors. The numeric
// and boolean attributes xmlcheck.go checks are the ones excelize's
// structs decode (xmlattrs.go), generated from excelize's source by
// internal/attrgen: run go generate ./generator/xlsx/ after upgrading
// excelize; TestXMLAttrsUpToDate fails until then.
//
// # Errors
//
// Parse checks what needs no data: the syntax of every tag, the functions
// called, and where row loops and conditions open and close; Execute checks
// every field against the data before running (tmpl.CheckFields, so every
// missing field is reported, not just the first) and then runs every cell
// on its own, so one failing cell does not hide the next. Each diagnostic
// names the template file, the sheet (Pos.Part), the cell (Pos.Place) and
// the tag as typed: "标签 {{.项目.分数}}：数据中没有字段“分数”", with the
// item number for errors inside a loop. Nothing is written when there is an
// error. Loops, text and nesting are bounded by the run's tmpl.Budget, a
// row loop by tmpl.MaxItems items, a cell by Excel's 32,767 characters
// (control characters other than tab and line breaks are refused, not
// replaced), a sheet by its 1,048,576 rows.
//
// # Output
//
// When no row moves (no loop, or loops of exactly one item, and no
// condition that removes its row), the template's XML is patched
// (patch.go): each template cell's <c> element is replaced by one holding
// its value (a number, an inline string, a boolean), keeping the cell's
// reference and style; a row fitted to its wrapped text gets its height;
// every other byte of every part is copied as it was. Tags in
// inline-string cells (t="inlineStr") render like those in shared-string
// cells. When rows move, the workbook is rebuilt through excelize as
// described above, shared formulas expanded by the engine (shared.go),
// a Strict Open XML workbook converted to transitional first (strict.go);
// then every part excelize wrote as it writes the unchanged template is
// replaced by the template's own (rebuild.go). excelize opens a stored copy
// of the template without its theme, which it would only parse and write
// back (opening.go; the template's theme is kept), and writes its parts
// into memory (captured.go), so that only the parts the output takes from
// excelize are compressed, once.
//
// Formulas carry their computed values (calc.go, calcops.go, calcfuncs.go):
// the engine computes, with exact decimals rounded to the 15 significant
// digits Excel keeps, the arithmetic, comparison and & operators and SUM,
// AVERAGE, MIN, MAX, COUNT, COUNTA, ROUND, ROUNDUP, ROUNDDOWN, ABS, INT, IF,
// AND, OR, NOT, TEXT (plain number formats) and CONCATENATE over cells and
// ranges. A patched workbook recomputes the formulas that depend on a
// changed cell (or had no value) and keeps the cached values of the others
// (cache.go); a rebuilt one computes all (calcfile.go). A formula the
// engine cannot compute is left without a value and the workbook is
// marked for recalculation on opening (fullCalcOnLoad). Output is
// deterministic: parts in the template's order, written parts dated
// 1980-01-01.
//
// Known limits of rebuilt workbooks: array (CSE) formulas become ordinary formulas; tables
// (ListObjects), autofilters and manual page breaks ending at a loop row do
// not grow; row styles beyond the last used column are not copied; the
// template's text remains in the workbook's shared-string table, unused.
package xlsx
