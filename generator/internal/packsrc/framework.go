package packsrc

import (
	b "jixiao/generator/internal/docxbuild"
)

// FrameworkDir is the second pack, the 部门整体支出 common framework of
// 财预〔2013〕53号 附件2, relative to the repository.
const FrameworkDir = "templates/framework-2013"

// framework are its forms: its own title for 附件1-1 and 附件1-2 with the
// rows of its declared facts.
var framework = forms{table11: "部门整体支出绩效评价指标表", table12: "部门整体支出绩效评价基础数据表", rows12: true}

// FrameworkTemplates maps each template file of the framework pack to its
// builder. Its forms follow its own rubric and facts through the template
// data alone; no Go code here names its indicators or metrics.
func FrameworkTemplates() map[string]func() ([]byte, error) {
	return map[string]func() ([]byte, error){
		Table11File:     func() ([]byte, error) { return table11For(framework) },
		Word11File:      func() ([]byte, error) { return word11For(framework) },
		Word11NotesFile: func() ([]byte, error) { return word11NotesFor(framework) },
		Table12File:     func() ([]byte, error) { return table12For(framework) },
		Word12File:      func() ([]byte, error) { return word12For(framework) },
		ReportFile:      rubricReport,
		Table24File:     table24,
		Word24File:      word24,
	}
}

// rubricReport writes a 附件1-3 that follows whatever rubric the pack has:
// the unit's background and spending as the default report has them, then
// one part per 一级指标 with each 三级指标's points and brief reason, the
// pack's 预决算信息公开 facts, and the unit's own sections.
func rubricReport() ([]byte, error) {
	d := b.New("部门整体支出绩效自评报告")
	cover(d)
	d.P(b.Title, "部门整体支出绩效自评报告")
	d.Blank(1)
	basics(d)
	spending(d)
	d.P(b.Heading1, "三、部门整体支出绩效情况")
	result(d, framework.table11)
	rubricGroups(d)
	disclosure(d)
	others(d)
	d.P(b.BodyKeep, "")
	d.P(b.Signature, "{{.单位}}")
	d.P(b.DateLine, "{{日期 .报告日期}}")
	return d.Bytes(b.Portrait, true, true)
}

// rubricGroups is a part per 一级指标, numbered after （一）自评结果: its
// points and score, then each of its 三级指标 with the brief reason.
func rubricGroups(d *b.Doc) {
	ctl(d, "{{range $i, $g := .评分.一级指标}}")
	d.P(b.Heading2, "{{二级序号 (add $i 2)}}{{$g.名称}}指标")
	d.P(b.Body, "{{$g.名称}}指标共{{数 $g.分值}}分，自评得{{数 $g.得分}}分{{if 大于 $g.待评分值 0}}，另有{{数 $g.待评分值}}分待评{{end}}。")
	ctl(d, "{{range $r := $.评分.指标}}")
	ctl(d, "{{if eq $r.一级指标 $g.名称}}")
	d.P(b.Body, "{{三级序号 $r.组内序号}}{{$r.三级指标}}（{{数 $r.分值}}分）：{{$r.简述}}。")
	ctl(d, "{{end}}")
	ctl(d, "{{end}}")
	ctl(d, "{{end}}")
}

// disclosure is the part on 预决算信息公开 with the facts the framework
// pack declares for it (信息公开.公开日期, .公开网址), and 特色亮点.
func disclosure(d *b.Doc) {
	d.P(b.Heading2, "{{二级序号 (add (len .评分.一级指标) 2)}}预决算信息公开情况")
	d.P(b.Body, "{{.本年}}年度部门决算于{{日期 .信息公开.公开日期}}在{{.信息公开.公开网址}}公开。")
	narrative(d, "信息公开", "三级序号", b.Body)
	d.P(b.Heading2, "{{二级序号 (add (len .评分.一级指标) 3)}}特色亮点工作")
	narrative(d, "特色亮点", "三级序号", b.Body)
}
