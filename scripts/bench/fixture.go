package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/num"
)

// renderFixture is one render case: the template, the data file and the
// parts the floor writes.
type renderFixture struct {
	template, data, parts string
	dataSize              int
}

// newRenderFixture writes the report template and its data with n
// projects, as JSON, into dir.
func newRenderFixture(dir string, n int) (*renderFixture, error) {
	c := &renderFixture{
		template: filepath.Join(dir, "report.docx"),
		data:     filepath.Join(dir, fmt.Sprintf("data-%d.json", n)),
		parts:    filepath.Join(dir, fmt.Sprintf("parts-%d.zip", n)),
	}
	if err := os.WriteFile(c.template, docxtest.ReportTemplate(), 0o644); err != nil {
		return nil, err
	}
	data, err := json.Marshal(jsonValue(docxtest.ReportData(n)))
	if err != nil {
		return nil, err
	}
	c.dataSize = len(data)
	return c, os.WriteFile(c.data, data, 0o644)
}

// jsonValue turns the exact decimals of v into JSON numbers.
func jsonValue(v any) any {
	switch x := v.(type) {
	case num.Dec:
		return json.Number(x.String())
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	}
	return v
}

// prepareFloor renders the case once with jixiao and keeps, for the
// floor, the parts whose content differs from the template's.
func (c *renderFixture) prepareFloor(jixiao, out string) error {
	if _, err := runOnce([]string{jixiao, "render", c.template, c.data, "-o", out}, nil); err != nil {
		return err
	}
	tpl, err := readZip(c.template)
	if err != nil {
		return err
	}
	rendered, err := readZip(out)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range rendered.order {
		if bytes.Equal(tpl.parts[name], rendered.parts[name]) {
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			return err
		}
		if _, err := w.Write(rendered.parts[name]); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(c.parts, buf.Bytes(), 0o644)
}

// archive is the content of a zip file.
type archive struct {
	order []string
	parts map[string][]byte
}

func readZip(path string) (*archive, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	a := &archive{parts: map[string][]byte{}}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, err
		}
		a.order = append(a.order, f.Name)
		a.parts[f.Name] = data
	}
	return a, nil
}
