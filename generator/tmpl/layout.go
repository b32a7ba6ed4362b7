package tmpl

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/generator/internal/lazyre"
)

// layoutFuncs arrange text into paragraphs: the lines of a title, and a
// numbered heading run into its first paragraph.
func layoutFuncs() []Func {
	return []Func{
		{Name: "分行", Fn: breakLines, Doc: "把几段文字依次排成若干行，每行不超过 n 个字宽（汉字算 1，数字、字母算半个），优先在段与段之间换行，一段比一行还长时在“、”“，”、括号等词语的边界处换行；" +
			"用于封面和标题，让“2022年度某某局”与“整体支出绩效自评报告”各成一行。每行成为 Word 中的一个段落",
			Examples: []Example{
				{Template: `{{分行 20 "2022年度" "某县农业农村局（某县乡村振兴局）" "整体支出绩效自评报告"}}`,
					Want: "2022年度某县农业农村局（某县乡村振兴局）\n整体支出绩效自评报告"},
				{Template: `{{分行 20 "2022年度" "某县农业农村局（某县乡村振兴局）综合服务中心" "整体支出绩效自评报告"}}`,
					Want: "2022年度\n某县农业农村局（某县乡村振兴局）\n综合服务中心\n整体支出绩效自评报告"},
				{Template: `{{分行 20 "2023年度" "示例县农业农村局（示例县乡村振兴局、示例县农村经营管理站、农业综合行政执法大队）" "整体支出绩效自评报告"}}`,
					Want: "2023年度\n示例县农业农村局（示例县乡村振兴局、\n示例县农村经营管理站、\n农业综合行政执法大队）\n整体支出绩效自评报告"},
			}},
		{Name: "接排", Fn: runIn, Doc: "小节标题接排正文：序号、标题和正文第一段排成一段（标题后补“。”），其余各段照旧；" +
			"正文以（1）、1.、一、等编号开头时标题单独成段；没有标题时只排正文",
			Examples: []Example{
				{Template: `{{接排 "1." "从严机关内部管理" "突出党建引领。\n强化内部管理。"}}`,
					Want: "1.从严机关内部管理。突出党建引领。\n强化内部管理。"},
				{Template: `{{接排 "2." "坚持优质精细服务" "（1）物业服务工作精益求精。"}}`,
					Want: "2.坚持优质精细服务\n（1）物业服务工作精益求精。"},
				{Template: `{{接排 "" "" "无其他需要说明的问题。"}}`, Want: "无其他需要说明的问题。"},
			}},
	}
}

// textWidth is the width of s in Chinese characters: a full-width character
// counts 1, an ASCII one (digits, Latin letters) half.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < utf8.RuneSelf {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

// breakLines packs pieces in order into lines at most width characters
// wide, breaking between pieces; a piece wider than a line has lines of
// its own, broken where its words end (wordLines), not wherever the word
// processor would wrap it.
func breakLines(width int, pieces ...any) Paragraphs {
	var out Paragraphs
	line := ""
	for _, p := range pieces {
		s := fmt.Sprint(p)
		if s == "" {
			continue
		}
		if line != "" && textWidth(line+s) > float64(width) {
			out, line = append(out, line), ""
		}
		if textWidth(s) > float64(width) {
			out = append(out, wordLines(s, float64(width))...)
			continue
		}
		line += s
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// wordLines breaks s into lines at most width wide, each ending after a
// 、，；or closing bracket, or before an opening bracket, where one of these
// falls in the line; a line without any is cut at the width.
func wordLines(s string, width float64) []string {
	var out []string
	rs := []rune(s)
	for textWidth(string(rs)) > width {
		fit := 0
		for w := 0.0; fit < len(rs); fit++ {
			if w += textWidth(string(rs[fit])); w > width {
				break
			}
		}
		cut := fit
		for i := fit; i > 0; i-- {
			if strings.ContainsRune("、，；）」》", rs[i-1]) || strings.ContainsRune("（「《", rs[i]) {
				cut = i
				break
			}
		}
		out, rs = append(out, string(rs[:cut])), rs[cut:]
	}
	return append(out, string(rs))
}

// numbered matches a paragraph that starts with an enumeration: （1）,
// （一）, 1. or 1、, 一、.
var numbered = lazyre.New(`^(（[0-9一二三四五六七八九十]+）|[0-9]+[.．、]|[一二三四五六七八九十]+、)`)

// runIn runs a numbered heading into the first paragraph of its body, as
// official prose sets headings of the third and fourth level: “1.标题。正文”.
func runIn(prefix, title, body any) Paragraphs {
	paras := SplitParagraphs(fmt.Sprint(body))
	t := strings.TrimSpace(fmt.Sprint(title))
	if t == "" {
		return paras
	}
	head := fmt.Sprint(prefix) + t
	if len(paras) == 0 || numbered.MatchString(paras[0]) {
		return append(Paragraphs{head}, paras...)
	}
	if !strings.ContainsAny(lastRune(t), "。；：，！？…") {
		head += "。"
	}
	paras[0] = head + paras[0]
	return paras
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}
