package webui

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
)

// Handler returns the page and its API for session s (without the Guard).
//
//	GET  /                  the page; /app.js, /form.js, /panel.js, /files.js, /app.css its scripts and style
//	GET  /api/form          the form (Form)
//	GET  /api/state         the file, its values and evaluation (State)
//	GET  /api/gate?rev=     what keeps the package from being final (GateView)
//	GET  /api/preview?rev=&doc=  a Word document of the package (Preview)
//	POST /api/edit          {rev, path, value} → State
//	POST /api/none          {rev, path, none} → State: a row declared “无”, or not
//	POST /api/remove        {rev, path} → State
//	POST /api/save          {rev} → State
//	POST /api/open          {name} → State
//	POST /api/new           {unit, year} → State
//	POST /api/from          {name, year} → State: a new year from last year's file
//	POST /api/from-upload?name=&year=  last year's file's bytes → State
//	POST /api/example       {} → State
//	POST /api/upload?name=  the file's bytes → State
//	POST /api/build         {rev} → BuildView
//	GET  /download/{rev}/{i} a document; /download/{rev}/zip all of them
//
// and the bureau's section (Bureau):
//
//	GET  /api/bureau/sources       the working folder's folders of facts files and packs (Sources)
//	POST /api/bureau/run           many facts files, or a folder; a pack (multipart) → BatchView
//	GET  /api/bureau/status?job=   the batch's progress, then its units (BatchView)
//	POST /api/bureau/stop          {job} → BatchView
//	GET  /bureau/{job}/summary     the 汇总 workbook; /bureau/{job}/zip every unit's folder and it
//
// Errors are {"error": "…"} with a 4xx status.
func Handler(s *Session) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", asset("index.html"))
	for _, name := range []string{"app.js", "form.js", "panel.js", "files.js", "bureau.js", "app.css"} {
		mux.Handle("GET /"+name, asset(name))
	}
	mux.HandleFunc("GET /api/form", func(w http.ResponseWriter, r *http.Request) { reply(w, s.Form(), nil) })
	mux.HandleFunc("GET /api/state", func(w http.ResponseWriter, r *http.Request) { reply(w, s.State(), nil) })
	mux.HandleFunc("POST /api/edit", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Rev   int      `json:"rev"`
			Path  []string `json:"path"`
			Value string   `json:"value"`
		}
		if decode(w, r, &req) {
			v, err := s.Edit(req.Rev, req.Path, req.Value)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("GET /api/gate", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Gate(queryInt(r, "rev", -1))
		reply(w, v, err)
	})
	mux.HandleFunc("GET /api/preview", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Preview(queryInt(r, "rev", -1), queryInt(r, "doc", -1))
		reply(w, v, err)
	})
	mux.HandleFunc("POST /api/none", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Rev  int      `json:"rev"`
			Path []string `json:"path"`
			None bool     `json:"none"`
		}
		if decode(w, r, &req) {
			v, err := s.SetNone(req.Rev, req.Path, req.None)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/from", func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Name, Year string }
		if decode(w, r, &req) {
			v, err := s.FromFile(req.Name, req.Year)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/from-upload", func(w http.ResponseWriter, r *http.Request) {
		data, ok := readUpload(w, r)
		if ok {
			v, err := s.From(r.URL.Query().Get("name"), data, r.URL.Query().Get("year"))
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/remove", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Rev  int      `json:"rev"`
			Path []string `json:"path"`
		}
		if decode(w, r, &req) {
			v, err := s.Remove(req.Rev, req.Path)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/save", revHandler(s.Save))
	mux.HandleFunc("POST /api/build", revHandler(s.Build))
	mux.HandleFunc("POST /api/open", func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Name string }
		if decode(w, r, &req) {
			v, err := s.Open(req.Name)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/new", func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Unit, Year string }
		if decode(w, r, &req) {
			v, err := s.New(req.Unit, req.Year)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("POST /api/example", func(w http.ResponseWriter, r *http.Request) {
		v, err := s.Example()
		reply(w, v, err)
	})
	mux.HandleFunc("POST /api/upload", func(w http.ResponseWriter, r *http.Request) {
		data, ok := readUpload(w, r)
		if ok {
			v, err := s.Upload(r.URL.Query().Get("name"), data)
			reply(w, v, err)
		}
	})
	mux.HandleFunc("GET /download/{rev}/{i}", func(w http.ResponseWriter, r *http.Request) { download(w, r, s) })
	bureauRoutes(mux, s.bureau)
	return mux
}

// revHandler serves a POST whose body is {rev}.
func revHandler[T any](f func(int) (T, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Rev int `json:"rev"`
		}
		if decode(w, r, &req) {
			v, err := f(req.Rev)
			reply(w, v, err)
		}
	}
}

// readUpload reads the body of an upload, a facts file of bounded size; it
// answers the error itself.
func readUpload(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxFactsBytes))
	if err != nil {
		fail(w, pageErr(http.StatusRequestEntityTooLarge, "文件太大（上限 %d MB）", MaxFactsBytes>>20))
		return nil, false
	}
	return data, true
}

// queryInt is the integer parameter name of the URL, or def.
func queryInt(r *http.Request, name string, def int) int {
	i, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil {
		return def
	}
	return i
}

// decode reads a JSON body of bounded size; it answers the error itself.
func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		fail(w, pageErr(http.StatusUnsupportedMediaType, "请求应为 JSON"))
		return false
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxValueBytes+64<<10))
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			fail(w, pageErr(http.StatusRequestEntityTooLarge, "内容太长"))
		} else {
			fail(w, pageErr(http.StatusBadRequest, "请求的格式不对：%v", err))
		}
		return false
	}
	return true
}

// reply writes v as JSON, or the error.
func reply(w http.ResponseWriter, v any, err error) {
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func fail(w http.ResponseWriter, err error) {
	status, msg := http.StatusInternalServerError, "jixiao 内部错误："+err.Error()
	var pe *PageError
	if errors.As(err, &pe) {
		status, msg = pe.Status, pe.Msg
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func download(w http.ResponseWriter, r *http.Request, s *Session) {
	rev, err1 := strconv.Atoi(r.PathValue("rev"))
	i, err2 := strconv.Atoi(r.PathValue("i"))
	if r.PathValue("i") == "zip" {
		i, err2 = -1, nil
	}
	if err1 != nil || err2 != nil {
		fail(w, pageErr(http.StatusNotFound, "没有这个文件"))
		return
	}
	name, data, err := s.Download(rev, i)
	if err != nil {
		fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename*=UTF-8''%s", url.PathEscape(name)))
	w.Write(data)
}
