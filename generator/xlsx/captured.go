package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"

	"github.com/xuri/excelize/v2"
)

// captured is a workbook as excelize writes it, held in memory: its parts
// in the order excelize writes them, uncompressed. The engine keeps only
// some of them (rebuild.go), so it compresses only those, once.
type captured struct {
	parts []capturedPart
	index map[string]int // part name → position in parts
}

// capturedPart is one part excelize wrote.
type capturedPart struct {
	name string
	data []byte
}

// writeCaptured returns the workbook f writes, captured instead of zipped.
func writeCaptured(f *excelize.File) (*captured, error) {
	c := &captured{index: map[string]int{}}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return c })
	if _, err := f.WriteToBuffer(); err != nil {
		return nil, err
	}
	return c, nil
}

// Create implements excelize.ZipWriter: it starts the next part.
func (c *captured) Create(name string) (io.Writer, error) {
	if _, ok := c.index[name]; ok {
		return nil, errors.New("重复的部件 " + name)
	}
	c.index[name] = len(c.parts)
	c.parts = append(c.parts, capturedPart{name: name})
	return partWriter{c, len(c.parts) - 1}, nil
}

// AddFS implements excelize.ZipWriter; excelize does not call it when it
// saves a workbook.
func (c *captured) AddFS(fs.FS) error {
	return errors.New("不支持 AddFS")
}

// Close implements excelize.ZipWriter.
func (c *captured) Close() error { return nil }

// part returns the content of part name and whether excelize wrote it.
func (c *captured) part(name string) ([]byte, bool) {
	i, ok := c.index[name]
	if !ok {
		return nil, false
	}
	return c.parts[i].data, true
}

// zip returns the archive excelize itself would have written: every part
// deflated in order by archive/zip's default writer.
func (c *captured) zip() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range c.parts {
		w, err := zw.Create(p.name)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(p.data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// partWriter appends what excelize writes to one captured part.
type partWriter struct {
	c *captured
	i int
}

// Write implements io.Writer, copying p (excelize may reuse it).
func (w partWriter) Write(p []byte) (int, error) {
	part := &w.c.parts[w.i]
	part.data = append(part.data, p...)
	return len(p), nil
}
