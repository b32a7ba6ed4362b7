package webui

import (
	"archive/zip"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
)

// bureauRoutes adds the bureau's section to the page's API (see Handler).
func bureauRoutes(mux *http.ServeMux, b *Bureau) {
	mux.HandleFunc("GET /api/bureau/sources", func(w http.ResponseWriter, r *http.Request) { reply(w, b.Sources(), nil) })
	mux.HandleFunc("POST /api/bureau/run", func(w http.ResponseWriter, r *http.Request) {
		v, err := b.Run(w, r)
		reply(w, v, err)
	})
	mux.HandleFunc("GET /api/bureau/status", func(w http.ResponseWriter, r *http.Request) {
		v, err := b.Status(queryInt(r, "job", -1))
		reply(w, v, err)
	})
	mux.HandleFunc("POST /api/bureau/stop", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Job int `json:"job"`
		}
		if decode(w, r, &req) {
			v, err := b.Stop(req.Job)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("GET /bureau/{job}/{what}", b.download)
}

// download sends the 汇总 workbook (what = summary) or a zip of every
// unit's folder and the 汇总 (what = zip) of a finished batch.
func (b *Bureau) download(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("job"))
	if err != nil {
		fail(w, pageErr(http.StatusNotFound, "没有这个文件"))
		return
	}
	j, err := b.current(id)
	if err != nil {
		fail(w, err)
		return
	}
	j.files.RLock()
	defer j.files.RUnlock()
	v := j.view()
	switch {
	case v.Running:
		fail(w, pageErr(http.StatusConflict, "这一批还在生成，请稍候"))
	case v.Summary == "":
		fail(w, pageErr(http.StatusNotFound, "%s", v.Error))
	case r.PathValue("what") == "summary":
		sendFile(w, filepath.Join(j.out, v.Summary), v.Summary)
	case r.PathValue("what") == "zip":
		attachment(w, v.Zip)
		writeFolderZip(w, j.out)
	default:
		fail(w, pageErr(http.StatusNotFound, "没有这个文件"))
	}
}

func attachment(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename*=UTF-8''%s", url.PathEscape(name)))
}

func sendFile(w http.ResponseWriter, path, name string) {
	f, err := os.Open(path)
	if err != nil {
		fail(w, pageErr(http.StatusGone, "这一批的结果已不在，请重新生成"))
		return
	}
	defer f.Close()
	attachment(w, name)
	io.Copy(w, f)
}

// writeFolderZip writes every file below dir into a zip, in the order of
// their paths, with a fixed time: the same batch gives the same zip. The
// documents are zip files already, so they are stored as they are.
func writeFolderZip(w io.Writer, dir string) error {
	z := zip.NewWriter(w)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		fw, err := z.CreateHeader(&zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Store, Modified: zipTime})
		if err != nil {
			return err
		}
		return copyFile(fw, path)
	})
	if err != nil {
		return err
	}
	return z.Close()
}

func copyFile(w io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
