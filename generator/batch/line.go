package batch

import (
	"fmt"

	"jixiao/generator/num"
)

// Line is the one-line account of a unit: its score and folder, or why it
// failed.
func (r *Result) Line() string {
	name := r.Record.Name
	if r.Failed() {
		if name == "" || name == r.File {
			return fmt.Sprintf("[失败] %s：%s", r.File, r.Failure)
		}
		return fmt.Sprintf("[失败] %s（%s）：%s", name, r.File, r.Failure)
	}
	u := r.Record
	score := fmt.Sprintf("总分 %s 分，%s", num.Fixed(u.Total, 2), u.Grade)
	if !u.Complete {
		score = fmt.Sprintf("已评部分得 %s 分，%d 个指标待评", num.Fixed(u.Total, 2), u.Pending)
	}
	line := fmt.Sprintf("[完成] %s：%s → %s（%d 个文件", name, score, r.Dir, len(r.Paths))
	if len(r.PDFs) > 0 {
		line += fmt.Sprintf("，%d 个 PDF", len(r.PDFs))
	}
	line += "）"
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
