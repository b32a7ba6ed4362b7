// Package suggest finds the likely intended name for a misspelt one, for the
// “是不是…？” hints of every error about an unknown key, field or function.
package suggest

import "strings"

// Nearest returns the candidate closest to name by edit distance over runes,
// if it is close enough to be a likely typo (at most a third of the name's
// length, at least 1); failing that, the only candidate that begins with
// name (“在职” → “在职人数”); else "". Ties go to the earlier candidate.
func Nearest(name string, candidates []string) string {
	if s := closest(name, candidates); s != "" {
		return s
	}
	return uniquePrefix(name, candidates)
}

func uniquePrefix(name string, candidates []string) string {
	found := ""
	for _, c := range candidates {
		if len([]rune(name)) >= 2 && strings.HasPrefix(c, name) {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

func closest(name string, candidates []string) string {
	best, bestD := "", -1
	limit := max(1, len([]rune(name))/3)
	for _, c := range candidates {
		if d := editDistance(name, c); d <= limit && (bestD < 0 || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}

// Hint returns "，是不是“x”？" for the nearest candidate, or "".
func Hint(name string, candidates []string) string {
	if s := Nearest(name, candidates); s != "" {
		return "，是不是“" + s + "”？"
	}
	return ""
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
