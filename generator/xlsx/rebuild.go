package xlsx

import (
	"archive/zip"
	"hash/crc32"

	"github.com/xuri/excelize/v2"
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

// partSumOf is the size and checksum of data, as a zip entry records them.
func partSumOf(data []byte) partSum {
	return partSum{uint64(len(data)), crc32.ChecksumIEEE(data)}
}

// noteBaseline records, on the template's first rebuild, what excelize
// writes for the template unchanged; f is the rebuild's workbook, opened
// and not changed yet. excelize marshals the parts it holds and keeps its
// model, so the rendering goes on on f: this saves opening the template
// once more for the baseline.
func (t *Template) noteBaseline(f *excelize.File) {
	t.baseOnce.Do(func() {
		t.base = map[string]partSum{}
		c, err := writeCaptured(f)
		if err != nil {
			return
		}
		for _, p := range c.parts {
			t.base[p.name] = partSumOf(p.data)
		}
	})
}

// keepUnchanged assembles the output from excelize's workbook out: the
// template's parts where excelize wrote them as it does for the unchanged
// template, excelize's elsewhere, new parts at the end, and the parts
// excelize dropped (a stale calcChain) left out.
func (t *Template) keepUnchanged(out *captured, vals map[string]map[position]cellVal) ([]byte, error) {
	oa, err := capturedArchive(out)
	_, tmplArch := t.rebuildSource()
	if err != nil || tmplArch == nil {
		return t.whole(out, tmplArch)
	}
	fresh := withValues(oa, vals)
	base := t.base // noteBaseline has run
	taken := make([]bool, len(out.parts))
	parts := make([]outPart, 0, len(out.parts))
	for _, f := range tmplArch.files {
		i, ok := out.index[f.Name]
		if !ok && f.Name == themePart {
			parts = append(parts, outPart{name: f.Name, raw: f}) // not shown to excelize
		}
		if !ok {
			continue
		}
		taken[i] = true
		parts = append(parts, choose(f, out.parts[i], base, fresh))
	}
	for i, p := range out.parts {
		if !taken[i] {
			parts = append(parts, choose(nil, p, base, fresh))
		}
	}
	if err := scrubPart(parts, oa.strings); err != nil {
		return nil, err
	}
	return writeParts(parts)
}

// whole is excelize's workbook out as it is, for a workbook whose parts
// the engine cannot follow, with the template's theme added when it was
// not shown to excelize (forOpening).
func (t *Template) whole(out *captured, a *archive) ([]byte, error) {
	if _, ok := out.index[themePart]; !ok && a != nil {
		if theme, err := a.read(themePart); err == nil {
			out.parts = append(out.parts, capturedPart{name: themePart, data: theme})
		}
	}
	return out.zip()
}

// choose picks a part: recomputed XML, the template's part when excelize
// wrote it unchanged, else excelize's.
func choose(tf *zip.File, p capturedPart, base map[string]partSum, fresh map[string][]byte) outPart {
	if data, ok := fresh[p.name]; ok {
		return outPart{name: p.name, data: data}
	}
	if b, ok := base[p.name]; ok && tf != nil && b == partSumOf(p.data) {
		return outPart{name: p.name, raw: tf}
	}
	return outPart{name: p.name, data: p.data}
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
