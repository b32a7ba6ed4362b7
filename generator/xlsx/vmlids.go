package xlsx

import (
	"bytes"
	"strconv"
	"strings"

	"jixiao/generator/internal/lazyre"
)

// Notes (comments) are drawn by VML shapes. Excel names a shape
// “_x0000_s1025”; LibreOffice names it “shape_0”. excelize, which moves the
// notes below a loop when rows are inserted, reads the number out of every
// shape's name and fails on any other. Before a rebuild the engine therefore
// renames such shapes the Excel way, numbering on after the highest Excel
// name of the drawing (from 1025): a note's shape is found through its
// drawing part, never by this name, so nothing else changes.

// vmlShape is the opening tag of a VML shape with its id.
var vmlShape = lazyre.New(`(<v:shape\b[^>]*?\sid=")([^"]*)(")`)

// excelShapePrefix starts the name Excel gives a shape.
const excelShapePrefix = "_x0000_s"

// excelShapeIDs returns vml with every shape named the Excel way, and
// whether it renamed one.
func excelShapeIDs(vml []byte) ([]byte, bool) {
	matches := vmlShape.Regexp().FindAllSubmatch(vml, -1)
	next := 1024
	odd := false
	for _, m := range matches {
		if n, ok := excelShapeNumber(string(m[2])); ok {
			next = max(next, n)
		} else {
			odd = true
		}
	}
	if !odd {
		return vml, false
	}
	out := vmlShape.Regexp().ReplaceAllFunc(vml, func(tag []byte) []byte {
		sub := vmlShape.Regexp().FindSubmatch(tag)
		if _, ok := excelShapeNumber(string(sub[2])); ok {
			return tag
		}
		next++
		return bytes.Join([][]byte{sub[1], []byte(excelShapePrefix + strconv.Itoa(next)), sub[3]}, nil)
	})
	return out, true
}

// excelShapeNumber is the number of an Excel shape name, “_x0000_s1025”.
func excelShapeNumber(id string) (int, bool) {
	if !strings.HasPrefix(id, excelShapePrefix) {
		return 0, false
	}
	n, err := strconv.Atoi(id[len(excelShapePrefix):])
	return n, err == nil
}
