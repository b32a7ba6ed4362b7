package tmpl

import (
	"strings"

	"jixiao/generator/num"
)

// Pending stands in a template's data for a value that cannot be given yet:
// a fact the unit has not provided, or a metric that needs it. It prints as
// a visible marker so a draft shows what is missing instead of a guess.
type Pending struct {
	// Need lists what is missing, by the names users know (fact paths).
	Need []string
}

// String returns “【待补：a、b】”, or “【待补】” when Need is empty.
func (p Pending) String() string {
	if len(p.Need) == 0 {
		return "【待补】"
	}
	return "【待补：" + strings.Join(p.Need, "、") + "】"
}

// NotApplicable stands in a template's data for a value that does not exist
// for this unit and is not missing either: a rate whose denominator is 0
// (no 政府采购 budget, nothing issued by the end of a quarter). It is not a
// gap: it prints as “不适用”, 可用 is false for it, formatting functions
// pass it through and comparisons with it are false. Why says why, in the
// clerk's words.
type NotApplicable struct {
	Why string
	// Uncomputable marks a rate whose denominator is 0 while what it
	// divides is not (bought without a budget): it cannot be computed, and
	// the rubric scores it; it prints as “无法计算”.
	Uncomputable bool
}

// String returns “不适用”, or “无法计算” for an uncomputable rate.
func (n NotApplicable) String() string {
	if n.Uncomputable {
		return "无法计算"
	}
	return "不适用"
}

// Paragraphs is narrative text made of several paragraphs. The Word engine
// turns each element into its own paragraph with the style of the paragraph
// holding the tag; elsewhere the elements are joined with line breaks.
type Paragraphs []string

// String joins the paragraphs with "\n".
func (p Paragraphs) String() string { return strings.Join(p, "\n") }

// SplitParagraphs splits text at line breaks into paragraphs, trimming each
// and dropping empty ones: the reading of a YAML block scalar.
func SplitParagraphs(text string) Paragraphs {
	var out Paragraphs
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Dec is the exact decimal type numbers have in template data.
type Dec = num.Dec
