package xlsxtest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	partName   = regexp.MustCompile(`^xl/(workbook\.xml|worksheets/sheet\d+\.xml|sharedStrings\.xml)$`)
	sharedCell = regexp.MustCompile(`t="s"><v>(\d+)</v>`)
	siText     = regexp.MustCompile(`(?s)<si>(.*?)</si>`)
	xmlTag     = regexp.MustCompile(`<[^>]*>`)
)

// Normalized returns the parts of an .xlsx that golden tests compare —
// the workbook, every sheet and the shared strings — one XML tag per line,
// with each shared-string cell annotated with its text, so a diff reads
// as cells.
func Normalized(data []byte) (string, error) {
	parts, names, err := readParts(data)
	if err != nil {
		return "", err
	}
	var strs []string
	for _, m := range siText.FindAllStringSubmatch(parts["xl/sharedStrings.xml"], -1) {
		strs = append(strs, xmlTag.ReplaceAllString(m[1], ""))
	}
	var b strings.Builder
	for _, name := range names {
		text := parts[name]
		if strings.HasPrefix(name, "xl/worksheets/") {
			text = annotate(text, strs)
		}
		fmt.Fprintf(&b, "== %s\n%s\n", name, strings.ReplaceAll(text, "><", ">\n<"))
	}
	return b.String(), nil
}

// readParts reads the parts Normalized shows, and their names sorted.
func readParts(data []byte) (map[string]string, []string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	parts := map[string]string{}
	var names []string
	for _, f := range zr.File {
		if !partName.MatchString(f.Name) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, nil, err
		}
		parts[f.Name] = string(b)
		names = append(names, f.Name)
	}
	sort.Strings(names)
	return parts, names, nil
}

// annotate follows every shared-string cell of a sheet with its text.
func annotate(sheet string, strs []string) string {
	return sharedCell.ReplaceAllStringFunc(sheet, func(s string) string {
		i, _ := strconv.Atoi(sharedCell.FindStringSubmatch(s)[1])
		if i < len(strs) {
			return s + "<!-- " + strs[i] + " -->"
		}
		return s
	})
}

// FirstDiff shows the first line where two texts differ, for golden-file
// failures.
func FirstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, wl, gl)
		}
	}
	return ""
}
