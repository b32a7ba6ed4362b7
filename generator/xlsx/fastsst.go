package xlsx

import "strings"

// readSSTXML reads the shared strings of a checked part as excelize's
// xlsxSI.String gives them; ok is false for an item it does not model.
func readSSTXML(src []byte) ([]string, bool) {
	var out []string
	w := newWalker(src)
	for w.next() {
		if w.start("sst", "si") {
			s, ok := readItem(w)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
	}
	return out, w.ok
}

// readItem reads a string item (<si> or a cell's <is>) at the walker: its
// text (<t>), then the text of its runs (r>t), phonetic runs left out.
// Items with two texts where excelize keeps one, or with text that
// excelize would unescape further (“_x000D_”), are refused.
func readItem(w *walker) (string, bool) {
	if w.t.empty {
		return "", true
	}
	depth := len(w.stack)
	var text, runs strings.Builder
	texts := 0
	for w.next() && len(w.stack) > depth {
		switch rel := w.stack[depth:]; {
		case w.t.closing:
		case len(rel) == 1 && rel[0] == "t":
			text.WriteString(w.text())
			texts++
		case len(rel) == 1 && rel[0] == "r":
			w.ok = w.ok && readRun(w, &runs)
		default:
			w.skip()
		}
	}
	s := text.String() + runs.String()
	return s, w.ok && texts <= 1 && !strings.Contains(s, "_x")
}

// readRun appends the text of a rich-text run, which may hold one <t>.
func readRun(w *walker, b *strings.Builder) bool {
	if w.t.empty {
		return true
	}
	depth, texts := len(w.stack), 0
	for w.next() && len(w.stack) > depth {
		switch {
		case w.t.closing:
		case len(w.stack) == depth+1 && w.stack[depth] == "t":
			b.WriteString(w.text())
			texts++
		default:
			w.skip()
		}
	}
	return texts <= 1
}
