package webui

import (
	"archive/zip"
	"bytes"
	"net/http"
	"time"

	"jixiao/generator/batch"
	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/gate"
)

// rendering is the package rendered for one revision: its documents and
// the gate's report on them, kept for the gate panel, download and preview.
type rendering struct {
	rev     int
	outs    []build.Output
	report  *gate.Report // nil when a template has errors
	gate    *GateView
	zipName string
	zip     []byte // made on the first download of all
}

// BuildView lists the documents of a built package and what keeps it from
// being final.
type BuildView struct {
	Rev       int       `json:"rev"`
	Documents []DocView `json:"documents"`
	Zip       string    `json:"zip"`
	Gate      *GateView `json:"gate"`
}

// DocView is one document: its name, size and the 【待补】 left in it.
type DocView struct {
	Name    string   `json:"name"`
	Size    int      `json:"size"`
	Pending int      `json:"pending"`
	Items   []string `json:"items"`
}

// render renders every document of the pack for revision rev, in memory,
// and inspects them with the gate; the result is kept until the next
// change. Rendering runs outside the session's lock, so that typing goes
// on meanwhile; one rendering runs at a time.
func (s *Session) render(rev int) (*rendering, error) {
	s.renderMu.Lock()
	defer s.renderMu.Unlock()
	r, e, err := s.renderedOr(rev)
	if r != nil || err != nil {
		return r, err
	}
	r = s.renderNow(rev, e)
	s.mu.Lock()
	if s.rev == rev {
		s.rendered = r
	}
	s.mu.Unlock()
	return r, nil
}

// renderedOr returns the rendering of revision rev when there is one, or
// the evaluation to render.
func (s *Session) renderedOr(rev int) (*rendering, *evaluation, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.current(rev); err != nil {
		return nil, nil, err
	}
	if r := s.rendered; r != nil && r.rev == rev {
		return r, nil, nil
	}
	e := s.evaluate()
	if e.res == nil {
		return nil, nil, pageErr(http.StatusUnprocessableEntity, "事实文件有 %d 个错误，改正后才能生成材料", len(e.result.Errors))
	}
	return nil, e, nil
}

// renderNow renders the documents of evaluation e and inspects them; the
// templates are parsed by the first rendering only.
func (s *Session) renderNow(rev int, e *evaluation) *rendering {
	r := &rendering{rev: rev, zipName: zipName(e)}
	var problems diag.List
	r.outs, problems = build.RenderCached(e.res, s.templates)
	if problems.HasErrors() {
		r.gate = &GateView{Rev: rev, Line: "模板有错误，没有生成任何文件", Problems: e.diags(problems)}
		return r
	}
	r.report = gate.Inspect(e.res, r.outs)
	r.gate = s.gateView(rev, e, r.report)
	return r
}

// Gate renders the package of revision rev (or takes it as rendered) and
// says what keeps it from being final.
func (s *Session) Gate(rev int) (*GateView, error) {
	r, err := s.render(rev)
	if err != nil {
		return nil, err
	}
	return r.gate, nil
}

// Build renders every document of the pack for the current text; the files
// are then downloaded one by one or as one zip.
func (s *Session) Build(rev int) (*BuildView, error) {
	r, err := s.render(rev)
	if err != nil {
		return nil, err
	}
	v := &BuildView{Rev: rev, Gate: r.gate, Documents: []DocView{}}
	if r.report == nil {
		return v, nil
	}
	v.Zip = r.zipName
	for i, o := range r.outs {
		p := r.report.Placeholders[i]
		v.Documents = append(v.Documents, DocView{Name: o.Name, Size: len(o.Data), Pending: p.Count, Items: itemNames(p.Items)})
	}
	return v, nil
}

// zipName is “单位-年度 自评材料.zip”, the unit named as `jixiao batch`
// names its folder.
func zipName(e *evaluation) string {
	sc := e.result.Score
	if folder := batch.FolderName(sc.Unit, sc.Year); folder != "" {
		return folder + " 自评材料.zip"
	}
	return "自评材料.zip"
}

// zipTime is the fixed time of every entry, so that the same documents
// give the same zip.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// zipOf packs the documents in their order.
func zipOf(outs []build.Output) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, o := range outs {
		w, err := z.CreateHeader(&zip.FileHeader{Name: o.Name, Method: zip.Deflate, Modified: zipTime})
		if err == nil {
			_, err = w.Write(o.Data)
		}
		if err != nil {
			panic(err) // writing to memory does not fail
		}
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Download returns a document (index i) or the zip (i < 0) of the package
// built at revision rev.
func (s *Session) Download(rev, i int) (string, []byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.rendered
	switch {
	case b == nil || b.rev != rev || b.rev != s.rev:
		return "", nil, pageErr(http.StatusGone, "事实文件已修改，请重新生成材料后再下载")
	case b.report == nil:
		return "", nil, pageErr(http.StatusNotFound, "模板有错误，没有生成文件")
	case i < 0:
		if b.zip == nil {
			b.zip = zipOf(b.outs)
		}
		return b.zipName, b.zip, nil
	case i >= len(b.outs):
		return "", nil, pageErr(http.StatusNotFound, "没有这个文件")
	}
	return b.outs[i].Name, b.outs[i].Data, nil
}
