package xlsx

import (
	"archive/zip"
	"bytes"
)

// When loops move rows, excelize rebuilds the workbook, and it writes
// every part it read anew: attributes and extensions it does not model
// are lost even in parts the loops never touched. So the engine compares
// excelize's output part by part with what excelize writes for the
// template unchanged (the baseline): a part that did not change is copied
// from the template as it was; only the parts the rendering changed come
// from excelize. Formulas then get their computed values (cache.go).

// partSum identifies a part's content by size and checksum.
type partSum struct {
	size uint64
	crc  uint32
}

// baseline returns what excelize writes for the template unchanged, made
// once per template.
func (t *Template) baseline() map[string]partSum {
	t.baseOnce.Do(func() {
		t.base = map[string]partSum{}
		src, _ := t.rebuildSource()
		f, err := openWorkbook(src)
		if err != nil {
			return
		}
		defer f.Close()
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			return
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			return
		}
		for _, e := range zr.File {
			t.base[e.Name] = partSum{e.UncompressedSize64, e.CRC32}
		}
	})
	return t.base
}

// keepUnchanged assembles the output from excelize's workbook out: the
// template's parts where excelize wrote them as it does for the unchanged
// template, excelize's elsewhere, new parts at the end, and the parts
// excelize dropped (a stale calcChain) left out.
func (t *Template) keepUnchanged(out []byte, vals map[string]map[position]cellVal) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		return nil, err
	}
	oa, err := readArchive(out)
	_, tmplArch := t.rebuildSource()
	if err != nil || tmplArch == nil {
		return out, nil // keep excelize's workbook whole
	}
	fresh := withValues(oa, vals)
	base := t.baseline()
	rendered := map[string]*zip.File{}
	for _, e := range zr.File {
		rendered[e.Name] = e
	}
	var parts []outPart
	for _, f := range tmplArch.files {
		e, ok := rendered[f.Name]
		if !ok {
			continue
		}
		delete(rendered, f.Name)
		parts = append(parts, choose(f, e, base, fresh))
	}
	for _, e := range zr.File {
		if _, ok := rendered[e.Name]; ok {
			parts = append(parts, choose(nil, e, base, fresh))
		}
	}
	return writeParts(parts)
}

// choose picks a part: recomputed XML, the template's part when excelize
// wrote it unchanged, else excelize's.
func choose(tf, e *zip.File, base map[string]partSum, fresh map[string][]byte) outPart {
	if data, ok := fresh[e.Name]; ok {
		return outPart{name: e.Name, data: data}
	}
	if b, ok := base[e.Name]; ok && tf != nil && b == (partSum{e.UncompressedSize64, e.CRC32}) {
		return outPart{name: e.Name, raw: tf}
	}
	return outPart{name: e.Name, raw: e}
}

// withValues returns the worksheets of the rebuilt workbook a whose
// formula cells get values from vals.
func withValues(a *archive, vals map[string]map[position]cellVal) map[string][]byte {
	out := map[string][]byte{}
	for sheet, vs := range vals {
		part, ok := a.sheets[sheet]
		if !ok {
			continue
		}
		src, err := a.read(part)
		if err != nil {
			continue
		}
		if data, changed := formulaValues(src, vs); changed {
			out[part] = data
		}
	}
	return out
}
