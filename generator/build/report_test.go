package build

import (
	"regexp"
	"strings"
	"testing"

	"jixiao/data"
)

// reportParagraphs renders facts and returns the report's paragraphs.
func reportParagraphs(t *testing.T, facts []byte, name string) []string {
	t.Helper()
	docs := renderUnit(t, facts)
	return strings.Split(documentText(t, name, docs[name]), "\n")
}

// paragraphWith returns the index of the first paragraph holding s, or -1.
func paragraphWith(paras []string, s string) int {
	for i, p := range paras {
		if strings.Contains(p, s) {
			return i
		}
	}
	return -1
}

// lastParagraphWith returns the index of the last paragraph holding s, or -1.
func lastParagraphWith(paras []string, s string) int {
	for i := len(paras) - 1; i >= 0; i-- {
		if strings.Contains(paras[i], s) {
			return i
		}
	}
	return -1
}

// TestMultiLineTextKeepsItsParagraphs: text written over several lines
// (a YAML | block) prints as as many paragraphs, wherever it goes.
func TestMultiLineTextKeepsItsParagraphs(t *testing.T) {
	facts := completeFacts(
		"    严格执行中央八项规定及其实施细则精神，从严控制“三公”经费支出。",
		"    严格执行中央八项规定及其实施细则精神。\n    三公第二段。",
		"  说明: 全部采购项目均按《政府采购法》依法采购并履行了验收手续。",
		"  说明: |-\n    全部采购项目均依法采购。\n    采购第二段。",
		"  调查说明: 2023年12月委托第三方机构",
		"  调查说明: |-\n    调查第二段在前。\n    2023年12月委托第三方机构",
		"    无其他需要说明的问题。",
		"    无其他需要说明的问题。\n    其他第二段。",
	)
	paras := reportParagraphs(t, facts, completeReport("示例县农业农村局"))
	for _, pair := range [][2]string{
		{"严格执行中央八项规定及其实施细则精神。", "三公第二段。"},
		{"全部采购项目均依法采购。", "采购第二段。"},
		{"调查第二段在前。", "2023年12月委托第三方机构"},
		{"无其他需要说明的问题。", "其他第二段。"},
	} {
		a, b := paragraphWith(paras, pair[0]), paragraphWith(paras, pair[1])
		if a < 0 || b != a+1 {
			t.Errorf("%q and %q are not two paragraphs in a row (paragraphs %d and %d)", pair[0], pair[1], a, b)
		}
	}
}

// TestOverBudgetItemIsExplained: a 公用经费 其中 row over its budget is
// stated in the report with the unit's 说明 right after its figures.
func TestOverBudgetItemIsExplained(t *testing.T) {
	facts := completeFacts("      本年决算: 40.16", "      本年决算: 45.5\n      说明: 主要是新增村级农技服务站的办公设备配置。")
	paras := reportParagraphs(t, facts, completeReport("示例县农业农村局"))
	want := "其中办公经费预算42万元，实际支出45.5万元，超出预算3.5万元，主要是新增村级农技服务站的办公设备配置。"
	if i := paragraphWith(paras, want); i < 0 || !strings.Contains(paras[i-1], "公用经费控制率为") {
		t.Errorf("the report does not explain 办公经费 after 公用经费控制率:\n%s", strings.Join(paras, "\n"))
	}
}

// connectives start a clause that continues another: a paragraph starting
// with one was cut from its sentence.
var connectives = regexp.MustCompile(`^(并且|并|特别是|以及|而且|及其|但是|从而)`)

// TestExampleReportReadsAsTheSeed: the built-in example's report reads as
// the seed's: no paragraph starts with a connective cut from its sentence,
// the seed's （1）–（4） lists survive, and the satisfaction survey and the
// scores of the four 履职效益 indicators stand under （八）履职效益评价.
func TestExampleReportReadsAsTheSeed(t *testing.T) {
	paras := reportParagraphs(t, data.Example, exampleReport)
	for _, p := range paras {
		if connectives.MatchString(p) {
			t.Errorf("a paragraph starts with a connective: %s", p)
		}
	}
	for _, want := range []string{"（1）资金的使用符合国家财经法规", "（2）资金的拨付有完整的审批程序和手续", "（3）经费支出符合部门预算批复的用途",
		"（4）单位不存在截留、挤占、挪用、虚列支出等情况", "（1）已按规定内容公开预决算信息", "（2）已按规定时限公开预决算信息",
		"4.对相关人员加强培训，特别是针对《预算法》"} {
		if paragraphWith(paras, want) < 0 {
			t.Errorf("the report lacks the seed's %q", want)
		}
	}
	if n := len(paras); paras[n-3] != "长沙县机关事务中心" || paras[n-2] != "【待补：成文日期】" {
		t.Errorf("the report does not end with the 署名 and the missing 成文日期 marked: %q", paras[n-4:])
	}
	nine := paragraphWith(paras, "（九）特色亮点工作")
	last := paragraphWith(paras, "3.规范机关事务保障")
	for _, line := range []string{"社会公众或服务对象满意度：", "经济效益：", "社会效益：", "生态效益："} {
		if i := lastParagraphWith(paras, line); i < last || i > nine {
			t.Errorf("%q is not under （八） after the sections that justify it (paragraph %d; last section %d, （九） %d)", line, i, last, nine)
		}
	}
}

// scoreSaid finds a score in a sentence: “得6.83分”, “计6.83分”, “评定5分”.
var scoreSaid = regexp.MustCompile(`(?:得|计|评定)(\d+(?:\.\d+)?)分`)

// TestReportSaysEachScoreOnce: no paragraph of the complete example's
// report says an indicator's score twice (“得5分，评定5分”, “得6.83分，
// …计6.83分”, “本项得4分：各项均达到评分标准，计4分”).
func TestReportSaysEachScoreOnce(t *testing.T) {
	paras := reportParagraphs(t, data.Complete, completeReport("示例县农业农村局"))
	for _, p := range paras {
		seen := map[string]bool{}
		for _, m := range scoreSaid.FindAllStringSubmatch(p, -1) {
			if seen[m[1]] {
				t.Errorf("the score %s分 is said twice: %s", m[1], p)
			}
			seen[m[1]] = true
		}
	}
}
