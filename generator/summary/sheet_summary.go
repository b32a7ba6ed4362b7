package summary

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"jixiao/generator/num"
	"jixiao/generator/xlsx"
)

// summary writes the 汇总 sheet: one row per unit, in rank order.
func (w *writer) summary() error {
	const sh = sheetSummary
	head := []string{"序号", "单位", "总分", "等级", "排名"}
	for _, g := range w.b.Rubric.Level1 {
		head = append(head, groupTitle(g.Name, g.Points))
	}
	head = append(head, "完整", "待评指标", "待补", "数据错误", "提示", "模板包", "版本", "备注")
	if err := w.header(sh, 1, head); err != nil {
		return err
	}
	for i, u := range w.units {
		row := w.summaryRow(i, u)
		if err := w.row(sh, i+2, row...); err != nil {
			return err
		}
		if err := w.fitHeight(sh, i+2, row[len(row)-1].v.(string), notesWidth); err != nil {
			return err
		}
	}
	last := len(w.units) + 1
	widths := []float64{6, 30, 9, 6, 6}
	for range w.b.Rubric.Level1 {
		widths = append(widths, 11)
	}
	widths = append(widths, 6, 9, 6, 9, 6, 28, 9, notesWidth)
	if err := w.widths(sh, widths...); err != nil {
		return err
	}
	return w.tableSetup(sh, 1, 3, len(head), last)
}

// notesWidth is the width of the 备注 column.
const notesWidth = 60

// summaryRow is the row of the i-th unit in rank order.
func (w *writer) summaryRow(i int, u *Unit) []cell {
	st := w.styles
	row := []cell{{i + 1, st.count}, {u.Name, st.text}}
	if !u.Scored {
		row = append(row, cell{nil, st.score}, cell{"", st.text}, cell{nil, st.count})
		for range w.b.Rubric.Level1 {
			row = append(row, cell{nil, st.score})
		}
		row = append(row, cell{"否", st.text}, cell{nil, st.count}, cell{nil, st.count})
	} else {
		row = append(row, cell{u.Total, st.score}, cell{u.Grade, st.text}, cell{rankValue(w.ranks[i]), st.count})
		for _, l := range u.Levels {
			row = append(row, cell{l, st.score})
		}
		row = append(row, cell{yesNo(u.Complete), st.text}, cell{u.Pending, st.count}, cell{u.ToFix, st.count})
	}
	packStyle, packName := st.text, u.Pack.Name
	if w.otherPack(u) {
		packStyle = st.flag
	}
	if u.Pack == (PackStamp{}) && u.Scored {
		packName = "（事实文件未写明）"
	}
	return append(row, cell{u.Errors(), st.count}, cell{u.Warnings(), st.count},
		cell{packName, packStyle}, cell{u.Pack.Version, packStyle}, cell{w.notes(u), st.wrap})
}

// rankValue leaves the rank of an unranked unit empty.
func rankValue(r int) any {
	if r == 0 {
		return nil
	}
	return r
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// otherPack reports whether the unit's facts name another pack, or
// another version of it, than the one the bureau scored the batch with,
// or a pack that could not be read.
func (w *writer) otherPack(u *Unit) bool {
	return u.Scored && (u.PackNote != "" || u.Pack != (PackStamp{}) && u.Pack != w.b.Pack)
}

// notes are what the bureau must know about a unit beyond its figures.
func (w *writer) notes(u *Unit) string {
	var notes []string
	if u.Failure != "" {
		notes = append(notes, "材料未生成："+u.Failure)
	}
	switch {
	case u.PackNote != "":
		notes = append(notes, u.PackNote+"，得分按本次汇总的模板包计算")
	case w.otherPack(u):
		notes = append(notes, fmt.Sprintf("事实文件所用的模板包为“%s”，与本次汇总所用的“%s”不同，得分按本次汇总的模板包计算",
			packText(u.Pack), packText(w.b.Pack)))
	}
	if u.Scored && u.Year != w.b.Year {
		notes = append(notes, fmt.Sprintf("年度为 %s，与汇总年度 %s 不同", u.Year, w.b.Year))
	}
	if u.Scored && !u.Complete {
		notes = append(notes, "评分不完整，不排名（见“未完成”）")
	} else if u.Scored && u.ToFix > 0 {
		notes = append(notes, fmt.Sprintf("草稿：%d 处待补（见“未完成”）", u.ToFix))
	}
	return strings.Join(notes, "；")
}

func packText(p PackStamp) string {
	return strings.TrimSpace(p.Name + " " + p.Version)
}

// groupTitle is a header with the points: “投入（15分）”.
func groupTitle(name string, points *num.Dec) string {
	if points == nil {
		return name
	}
	return fmt.Sprintf("%s（%s分）", name, num.Plain(*points))
}

// header writes a header row.
func (w *writer) header(sheet string, r int, titles []string) error {
	cells := make([]cell, len(titles))
	for i, t := range titles {
		cells[i] = cell{t, w.styles.head}
	}
	return w.row(sheet, r, cells...)
}

// tableSetup freezes the header rows (and the columns before freezeCol),
// puts a filter on the header row headRow over the table up to lastRow,
// and sets up printing: A4 landscape, as wide as the page, the header
// rows repeated on every page.
func (w *writer) tableSetup(sheet string, headRow, freezeCol, cols, lastRow int) error {
	if err := w.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: freezeCol - 1, YSplit: headRow,
		TopLeftCell: ref(freezeCol, headRow+1), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := w.f.AutoFilter(sheet, ref(1, headRow)+":"+ref(cols, max(lastRow, headRow+1)), nil); err != nil {
		return err
	}
	return w.landscape(sheet, fmt.Sprintf("1:%d", headRow))
}

// landscape sets A4 landscape printing, fitted to the page width, with
// titleRows repeated ("" for none) and page numbers at the foot.
func (w *writer) landscape(sheet, titleRows string) error {
	if err := xlsx.SetPrintDefaults(w.f, sheet, titleRows); err != nil {
		return err
	}
	orient := "landscape"
	if err := w.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &orient}); err != nil {
		return err
	}
	return w.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&C" + w.b.Year + "年度部门整体支出绩效自评汇总 — &A",
		OddFooter: "&C第 &P 页 共 &N 页"})
}
