package yamlsrc

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"jixiao/generator/internal/lazyre"
)

// A slip is a typing mistake that breaks the YAML structure of a line: a
// full-width colon from a Chinese input method, a colon without the space
// after it, a tab in the indentation.
type slip struct {
	line, col int
	msg       string
}

var (
	// fullColonKeyRe matches a line that starts like “编制数：125”: a key
	// followed by a full-width colon and no half-width key separator before.
	fullColonKeyRe = lazyre.New(`^((?:- +)*)([^\s"'#:：\-\[{][^:：]*?)\s*：`)
	// noSpaceKeyRe matches “编制数:125”: a key, a colon and no space.
	noSpaceKeyRe = lazyre.New(`^((?:- +)*)([^\s"'#:：\-\[{][^:：\s]*?):([^\s:/])`)
)

// slipIn finds a slip on l, if any.
func slipIn(l srcLine) (slip, bool) {
	if l.tab > 0 && l.kind == contentLine {
		return slip{l.no, l.tab, "缩进里有 Tab（制表符），YAML 只认空格：请把这一行开头的 Tab 换成空格"}, true
	}
	if l.kind != contentLine {
		return slip{}, false
	}
	if m := fullColonKeyRe.FindStringSubmatch(l.content); m != nil && !strings.Contains(l.content, ": ") {
		col := l.indent + utf8.RuneCountInString(m[0])
		return slip{l.no, col, fullColonFix(l.content) + "；中文输入法的全角冒号 YAML 不当作键和值的分隔"}, true
	}
	if m := noSpaceKeyRe.FindStringSubmatch(l.content); m != nil && !strings.Contains(l.content, ": ") {
		col := l.indent + utf8.RuneCountInString(m[1]+m[2]) + 1
		fixed := strings.Replace(l.content, ":", ": ", 1)
		return slip{l.no, col, fmt.Sprintf("冒号后缺少空格：“%s”应写成“%s”（键后的半角冒号要跟一个空格）", l.content, fixed)}, true
	}
	return slip{}, false
}

// slipNear finds the slip that explains an error noticed at line k: on k
// itself, or on a line above it that YAML read as the start of a multi-line
// text running into k (a line without a key separator).
func slipNear(lines []srcLine, k int) (slip, bool) {
	if k <= 0 || k > len(lines) {
		return slip{}, false
	}
	if s, ok := slipIn(lines[k-1]); ok {
		return s, true
	}
	for i := k - 2; i >= 0 && i >= k-50; i-- {
		l := lines[i]
		if l.kind == blankLine || l.kind == commentLine {
			continue
		}
		if s, ok := slipIn(l); ok {
			return s, true
		}
		if l.kind != contentLine || hasKeySeparator(l.content) || strings.HasPrefix(l.content, "- ") {
			return slip{}, false
		}
	}
	return slip{}, false
}

// hasKeySeparator reports whether content has a “key:” followed by a space
// or the end of the line.
func hasKeySeparator(content string) bool {
	return strings.Contains(content, ": ") || strings.HasSuffix(content, ":")
}

// ValueHint explains a scalar value that shows a slip of typing, for loaders
// to append to their message (“” when there is none): a value such as
// “编制数：125” or “编制数:125” that was meant as a key and value, or a
// number written in full-width digits.
func ValueHint(value string) string {
	if m := fullColonKeyRe.FindStringSubmatch(value); m != nil && !strings.Contains(value, ": ") {
		return "（其中的" + fullColonFix(value) + "，否则 YAML 把整行当作一段文字）"
	}
	if noSpaceKeyRe.MatchString(value) && !strings.Contains(value, ": ") && !strings.Contains(value, "\n") {
		return "（键后的冒号要跟一个空格：“" + strings.Replace(value, ":", ": ", 1) + "”，否则 YAML 把整行当作一段文字）"
	}
	if half, ok := halfWidthDigits(value); ok {
		return "（其中有全角数字，请改为半角：" + half + "；输入数字时请切换到英文或半角状态）"
	}
	return ""
}

// fullColonFix says how to retype text whose first full-width colon
// separates a key from its value: “全角冒号“：”应改为半角冒号“: ”（冒号后
// 跟一个空格），写成“编制数: 125””.
func fullColonFix(text string) string {
	name, rest, _ := strings.Cut(strings.TrimLeft(text, "- "), "：")
	fixed := strings.TrimSpace(name) + ": " + strings.TrimSpace(stripComment(rest))
	return "全角冒号“：”应改为半角冒号“: ”（冒号后跟一个空格），写成“" + strings.TrimSpace(fixed) + "”"
}

// halfWidthDigits converts full-width digits, point, minus and percent
// sign to half-width; ok is false when value has none.
func halfWidthDigits(value string) (string, bool) {
	found := false
	half := strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			found = true
			return r - '０' + '0'
		case r == '．':
			return '.'
		case r == '－':
			return '-'
		case r == '％':
			return '%'
		case r == '，':
			return ','
		}
		return r
	}, value)
	return half, found
}
