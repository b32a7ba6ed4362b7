package tmpl

// nearest returns "，是不是“x”？" for the candidate closest to name by edit
// distance (at most a third of its length, at least 1), or "".
func nearest(name string, candidates []string) string {
	if s := Nearest(name, candidates); s != "" {
		return "，是不是“" + s + "”？"
	}
	return ""
}

// Nearest returns the candidate closest to name by edit distance over runes,
// if it is close enough to be a likely typo, else "".
func Nearest(name string, candidates []string) string {
	best, bestD := "", -1
	limit := max(1, len([]rune(name))/3)
	for _, c := range candidates {
		if d := editDistance(name, c); d <= limit && (bestD < 0 || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
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
