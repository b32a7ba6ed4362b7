package xlsx

import "github.com/xuri/excelize/v2"

// styledFile is a workbook being parsed whose cell styles are each read
// once: excelize builds a whole Style on every GetStyle, and a template's
// cells share a few.
type styledFile struct {
	*excelize.File
	styles map[int]cachedStyle
}

// cachedStyle is what GetStyle returned for one style id.
type cachedStyle struct {
	style *excelize.Style
	err   error
}

// newStyledFile wraps f, whose styles must not change while it is used.
func newStyledFile(f *excelize.File) *styledFile {
	return &styledFile{File: f, styles: map[int]cachedStyle{}}
}

// GetStyle is excelize's GetStyle, once per style id.
func (f *styledFile) GetStyle(id int) (*excelize.Style, error) {
	c, ok := f.styles[id]
	if !ok {
		c.style, c.err = f.File.GetStyle(id)
		f.styles[id] = c
	}
	return c.style, c.err
}
