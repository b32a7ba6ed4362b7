package batch

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
)

// inspect is gate.Inspect, sparing the gate's reading of the documents
// that cannot hold a placeholder: a visible 【待补 needs a “【” in the XML
// of the document (or a character reference “&#”, which counts the same).
// The Word documents of a complete unit have none (its workbooks keep the
// template's text in their string tables, so they are read). Missing facts
// shown in a document come from the documents with placeholders, so the
// report is the one gate.Inspect gives.
func inspect(ev *evaluate.Result, outs []build.Output) *gate.Report {
	var read []build.Output
	for _, o := range outs {
		if mayHoldMarker(o) {
			read = append(read, o)
		}
	}
	rep := gate.Inspect(ev, read)
	found := map[string]gate.Placeholders{}
	for _, p := range rep.Placeholders {
		found[p.Document] = p
	}
	rep.Placeholders = nil
	for _, o := range outs {
		p, ok := found[o.Name]
		if !ok {
			p = gate.Placeholders{Document: o.Name}
		}
		rep.Placeholders = append(rep.Placeholders, p)
	}
	return rep
}

// mayHoldMarker reports whether any XML part of the document holds “【”
// or a character reference; a document it cannot read may.
func mayHoldMarker(o build.Output) bool {
	zr, err := zip.NewReader(bytes.NewReader(o.Data), int64(len(o.Data)))
	if err != nil {
		return true
	}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		data, err := readPart(f)
		if err != nil || bytes.Contains(data, []byte("【")) || bytes.Contains(data, []byte("&#")) {
			return true
		}
	}
	return false
}

func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}
