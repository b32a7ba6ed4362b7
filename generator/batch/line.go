package batch

import (
	"fmt"

	"jixiao/generator/num"
)

// Line is the one-line account of a unit: its score and folder, or why it
// failed.
func (r *Result) Line() string { return r.line(true) }

// Brief is Line without the unit's folder, for a page that offers the
// documents for download instead.
func (r *Result) Brief() string { return r.line(false) }

func (r *Result) line(folder bool) string {
	name := r.Record.Name
	if r.Failed() {
		if name == "" || name == r.Name {
			return fmt.Sprintf("[失败] %s：%s", r.Name, r.Failure)
		}
		return fmt.Sprintf("[失败] %s（%s）：%s", name, r.Name, r.Failure)
	}
	u := r.Record
	score := fmt.Sprintf("总分 %s 分，%s", num.Fixed(u.Total, 2), u.Grade)
	if !u.Complete {
		score = fmt.Sprintf("已评部分得 %s 分，%d 个指标待评", num.Fixed(u.Total, 2), u.Pending)
	}
	line := fmt.Sprintf("[完成] %s：%s", name, score)
	if folder {
		line += fmt.Sprintf(" → %s（%d 个文件", r.Dir, len(r.Paths))
		if len(r.PDFs) > 0 {
			line += fmt.Sprintf("，%d 个 PDF", len(r.PDFs))
		}
		line += "）"
	}
	if n := u.Errors(); n > 0 {
		line += fmt.Sprintf("；数据检查有 %d 个错误", n)
	}
	if u.ToFix > 0 {
		line += fmt.Sprintf("；草稿：%d 处待补，不能上报", u.ToFix)
	}
	if r.PDFError != "" {
		line += "；PDF 没有全部生成：" + r.PDFError
	}
	return line
}
