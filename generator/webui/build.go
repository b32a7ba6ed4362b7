package webui

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"jixiao/generator/build"
)

// built is the package rendered for one revision, kept for download.
type built struct {
	rev     int
	outs    []build.Output
	zipName string
	zip     []byte
}

// BuildView lists the documents of a built package.
type BuildView struct {
	Rev       int       `json:"rev"`
	Documents []DocView `json:"documents"`
	Zip       string    `json:"zip"`
	Ready     bool      `json:"ready"`
	Notes     []string  `json:"notes"`
	Problems  []Diag    `json:"problems,omitempty"`
}

// DocView is one document: its name, size and the 【待补】 left in it.
type DocView struct {
	Name    string   `json:"name"`
	Size    int      `json:"size"`
	Pending []string `json:"pending"`
}

// Build renders every document of the pack for the current text, in
// memory; the files are then downloaded one by one or as one zip.
func (s *Session) Build(rev int) (*BuildView, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.current(rev); err != nil {
		return nil, err
	}
	e := s.evaluate()
	if e.res == nil {
		return nil, pageErr(http.StatusUnprocessableEntity, "事实文件有 %d 个错误，改正后才能生成材料", len(e.result.Errors))
	}
	outs, problems := build.Render(e.res)
	if problems.HasErrors() {
		return &BuildView{Rev: rev, Problems: diags(problems, nil), Notes: []string{"模板有错误，没有生成任何文件。"}}, nil
	}
	b := &built{rev: rev, outs: outs, zipName: zipName(e), zip: zipOf(outs)}
	s.built = b
	v := &BuildView{Rev: rev, Zip: b.zipName}
	markers := 0
	for _, o := range outs {
		p := pendingIn(o.Data)
		markers += len(p)
		v.Documents = append(v.Documents, DocView{Name: o.Name, Size: len(o.Data), Pending: p})
	}
	v.Notes, v.Ready = readiness(e, markers)
	return v, nil
}

// readiness says whether the package can be handed in, and if not, why.
func readiness(e *evaluation, markers int) ([]string, bool) {
	var notes []string
	sc := e.result.Score
	if !sc.Complete {
		notes = append(notes, fmt.Sprintf("总分尚不完整：另有 %s 分待评（缺少 %d 项事实）。", sc.Pending, len(sc.Missing)))
	}
	if n := errorCount(e.result.Findings); n > 0 {
		notes = append(notes, fmt.Sprintf("数据检查还有 %d 个错误。", n))
	}
	if markers > 0 {
		notes = append(notes, fmt.Sprintf("文档中还有 %d 处【待补】。", markers))
	}
	if len(notes) == 0 {
		return []string{"总分完整，数据检查没有错误，文档中没有【待补】：可以上报（上报前请再通读一遍）。"}, true
	}
	return append([]string{"这是草稿，还不能上报："}, notes...), false
}

func errorCount(l []Diag) int {
	n := 0
	for _, d := range l {
		if d.Severity == "错误" {
			n++
		}
	}
	return n
}

// zipName is “单位-年度 自评材料.zip”.
func zipName(e *evaluation) string {
	name := "自评材料.zip"
	if sc := e.result.Score; sc.Unit != "" {
		name = sc.Unit + "-" + sc.Year + " 自评材料.zip"
	}
	clean, err := cleanName(strings.TrimSuffix(name, ".zip"))
	if err != nil {
		return "自评材料.zip"
	}
	return strings.TrimSuffix(clean, ".yaml") + ".zip"
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

var (
	tagRe     = regexp.MustCompile(`<[^>]*>`)
	pendingRe = regexp.MustCompile(`【待补[^】]*】`)
)

// pendingIn lists the 【待补…】 markers left in a Word or Excel file, in
// order, each once.
func pendingIn(doc []byte) []string {
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		return nil
	}
	seen, out := map[string]bool{}, []string{}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		data, _ := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		text := html.UnescapeString(tagRe.ReplaceAllString(string(data), ""))
		for _, m := range pendingRe.FindAllString(text, -1) {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// Download returns a document (index i) or the zip (i < 0) of the package
// built at revision rev.
func (s *Session) Download(rev, i int) (string, []byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.built
	switch {
	case b == nil || b.rev != rev:
		return "", nil, pageErr(http.StatusGone, "事实文件已修改，请重新生成材料后再下载")
	case i < 0:
		return b.zipName, b.zip, nil
	case i >= len(b.outs):
		return "", nil, pageErr(http.StatusNotFound, "没有这个文件")
	}
	return b.outs[i].Name, b.outs[i].Data, nil
}
