package facts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// datePattern matches the ways a clerk writes a date: 2024-03-20, 2024/3/20,
// 2024.3.20 and 2024年3月20日 (the separators of one date may not be mixed,
// except 年/月/日 which come together).
var datePattern = regexp.MustCompile(`^(\d{4})(?:([-/.])(\d{1,2})([-/.])(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$`)

// dateWidth turns the full-width digits and separators of a Chinese input
// method into their ASCII forms.
var dateWidth = strings.NewReplacer(
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9",
	"－", "-", "／", "/", "．", ".", "。", ".", " ", "", "\u3000", "")

// ParseDate reads a date as a clerk writes it and returns it normalised as
// 2006-01-02; ok is false for anything else, including days that do not
// exist (2023-02-29).
func ParseDate(s string) (string, bool) {
	m := datePattern.FindStringSubmatch(dateWidth.Replace(strings.TrimSpace(s)))
	if m == nil || (m[2] != "" && m[2] != m[4]) {
		return "", false
	}
	y, _ := strconv.Atoi(m[1])
	mo, d := atoi(m[3]+m[6]), atoi(m[5]+m[7])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// date loads a date in any of the forms ParseDate accepts.
func (l *loader) date(n *yaml.Node, v *Value) string {
	s, ok := ParseDate(n.Value)
	if !ok {
		return fmt.Sprintf("“%s”应为日期，实际为“%s”：写成 2024-03-20、2024/3/20、2024.3.20 或 2024年3月20日，且须是实有的日子", v.Path, n.Value)
	}
	v.Str, v.Present = s, true
	return ""
}
