package webui

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"jixiao/data"
	"jixiao/generator/pack"
)

// page is a test server with a session on a copy of the built-in example.
type page struct {
	t      *testing.T
	srv    *httptest.Server
	guard  *Guard
	dir    string
	file   string
	client *http.Client
}

func newPage(t *testing.T) *page { return newPageWith(t, nil) }

// newPageWith is newPage with the session's Config changed by mod.
func newPageWith(t *testing.T, mod func(*Config)) *page {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, data.ExampleName)
	if err := os.WriteFile(file, data.Example, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Pack: p, Dir: dir, SchemaName: "s.json", Schema: []byte("{}\n")}
	if mod != nil {
		mod(&cfg)
	}
	sess := NewSession(cfg)
	t.Cleanup(sess.Close)
	if err := sess.OpenPath(file); err != nil {
		t.Fatal(err)
	}
	pg := &page{t: t, dir: dir, file: file, client: &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	}}}
	pg.guard = &Guard{Token: NewToken()}
	pg.srv = httptest.NewServer(pg.guard.Wrap(Handler(sess)))
	t.Cleanup(pg.srv.Close)
	u, _ := url.Parse(pg.srv.URL)
	pg.guard.Hosts = LoopbackHosts(u.Port())
	pg.guard.Cookie = CookieName(u.Host)
	return pg
}

// do sends a request as the page does (cookie, own Origin) after letting
// edit change it.
func (pg *page) do(method, path string, body []byte, edit func(*http.Request)) *http.Response {
	pg.t.Helper()
	req, err := http.NewRequest(method, pg.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		pg.t.Fatal(err)
	}
	req.AddCookie(&http.Cookie{Name: pg.guard.Cookie, Value: pg.guard.Token})
	req.Header.Set("Origin", pg.srv.URL)
	req.Header.Set("Content-Type", "application/json")
	if edit != nil {
		edit(req)
	}
	res, err := pg.client.Do(req)
	if err != nil {
		pg.t.Fatal(err)
	}
	pg.t.Cleanup(func() { res.Body.Close() })
	return res
}

// post sends v as JSON and decodes the answer into out, expecting status.
func (pg *page) post(path string, v, out any, status int) {
	pg.t.Helper()
	body, _ := json.Marshal(v)
	res := pg.do("POST", path, body, nil)
	pg.decode(res, out, status)
}

func (pg *page) decode(res *http.Response, out any, status int) {
	pg.t.Helper()
	data, _ := io.ReadAll(res.Body)
	if res.StatusCode != status {
		pg.t.Fatalf("%s %s: status %d, want %d: %s", res.Request.Method, res.Request.URL.Path, res.StatusCode, status, data)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			pg.t.Fatalf("%v: %s", err, data)
		}
	}
}

func (pg *page) state() *State {
	var st State
	pg.decode(pg.do("GET", "/api/state", nil, nil), &st, 200)
	return &st
}

func TestGuardRefusesForeignHost(t *testing.T) {
	pg := newPage(t)
	for _, host := range []string{"evil.example", "evil.example:" + strings.Split(pg.srv.Listener.Addr().String(), ":")[1], "127.0.0.1:1"} {
		res := pg.do("GET", "/api/state", nil, func(r *http.Request) { r.Host = host })
		if res.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("Host %s: status %d", host, res.StatusCode)
		}
	}
	if res := pg.do("GET", "/api/state", nil, nil); res.StatusCode != 200 {
		t.Errorf("own host refused: %d", res.StatusCode)
	}
}

func TestGuardRefusesCrossOriginPost(t *testing.T) {
	pg := newPage(t)
	rev := pg.state().Rev
	body, _ := json.Marshal(map[string]any{"rev": rev, "path": []string{"人员", "在职人数"}, "value": "1"})
	for name, origin := range map[string]string{"foreign": "http://evil.example", "missing": "", "other port": "http://127.0.0.1:1"} {
		res := pg.do("POST", "/api/edit", body, func(r *http.Request) { r.Header.Set("Origin", origin) })
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("%s origin: status %d", name, res.StatusCode)
		}
	}
	if got, _ := os.ReadFile(pg.file); !bytes.Equal(got, data.Example) {
		t.Error("a refused request changed the file")
	}
	if st := pg.state(); st.Rev != rev {
		t.Error("a refused request changed the session")
	}
}

func TestGuardToken(t *testing.T) {
	pg := newPage(t)
	noCookie := func(r *http.Request) { r.Header.Del("Cookie") }
	if res := pg.do("GET", "/", nil, noCookie); res.StatusCode != http.StatusForbidden {
		t.Errorf("page without token: %d", res.StatusCode)
	}
	if res := pg.do("GET", "/?token=0123", nil, noCookie); res.StatusCode != http.StatusForbidden {
		t.Errorf("wrong token: %d", res.StatusCode)
	}
	res := pg.do("GET", "/?token="+pg.guard.Token, nil, noCookie)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/" {
		t.Fatalf("login: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	c := res.Cookies()
	if len(c) != 1 || c[0].Value != pg.guard.Token || !c[0].HttpOnly || c[0].SameSite != http.SameSiteStrictMode {
		t.Fatalf("cookie %+v", c)
	}
	res = pg.do("GET", "/", nil, nil)
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !strings.Contains(string(body), "<script src=\"/app.js\">") {
		t.Fatalf("page: %d", res.StatusCode)
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("CSP %q", csp)
	}
}

func TestEditAndSaveChangeOneLine(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/edit", map[string]any{"rev": pg.state().Rev, "path": []string{"人员", "在职人数"}, "value": "52"}, &st, 200)
	if m := st.Result.Metrics["在职人员控制率"]; m == nil || m.Value != "101.96%" || m.Calc != "52÷51×100%=101.96%" {
		t.Fatalf("metric %+v", m)
	}
	if st.File.Saved {
		t.Error("edited file shown as saved")
	}
	if got, _ := os.ReadFile(pg.file); !bytes.Equal(got, data.Example) {
		t.Fatal("an edit wrote the file before saving")
	}
	pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
	got, _ := os.ReadFile(pg.file)
	want := bytes.Replace(data.Example, []byte("  在职人数: 47\n"), []byte("  在职人数: 52\n"), 1)
	if !bytes.Equal(got, want) || !st.File.Saved {
		t.Fatalf("saved file differs from the example by more than 在职人数:\n%s", got)
	}
}

func TestEditShowsCheckMessageAtField(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/edit", map[string]any{"rev": pg.state().Rev, "path": []string{"人员", "在职人数"}, "value": "52人"}, &st, 200)
	if st.Result.Score != nil || len(st.Result.Errors) != 1 {
		t.Fatalf("result %+v", st.Result)
	}
	d := st.Result.Errors[0]
	if d.Severity != "错误" || !strings.Contains(d.Msg, "“2022年实际在职人数”应为不小于 0 的整数，实际为“52人”") ||
		strings.Join(d.Path, ".") != "人员.在职人数" || d.Where != "第 41 行第 9 列" {
		t.Fatalf("diag %+v", d)
	}
}

func TestStaleRevisionRefused(t *testing.T) {
	pg := newPage(t)
	rev := pg.state().Rev
	pg.post("/api/edit", map[string]any{"rev": rev, "path": []string{"负责人"}, "value": "甲"}, nil, 200)
	pg.post("/api/edit", map[string]any{"rev": rev, "path": []string{"负责人"}, "value": "乙"}, nil, http.StatusConflict)
	pg.post("/api/save", map[string]any{"rev": rev}, nil, http.StatusConflict)
}

func TestSaveRefusesFileChangedElsewhere(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/edit", map[string]any{"rev": pg.state().Rev, "path": []string{"负责人"}, "value": "甲"}, &st, 200)
	elsewhere := append([]byte("# 同事加的注释\n"), data.Example...)
	os.WriteFile(pg.file, elsewhere, 0o644)
	pg.post("/api/save", map[string]any{"rev": st.Rev}, nil, http.StatusConflict)
	if got, _ := os.ReadFile(pg.file); !bytes.Equal(got, elsewhere) {
		t.Fatal("save overwrote a change made elsewhere")
	}
}

func TestUploadStaysInWorkingFolder(t *testing.T) {
	pg := newPage(t)
	for name, want := range map[string]string{
		"../../outside.yaml": "outside.yaml",
		`C:\Users\x\单位.yml`:  "单位.yml",
		data.ExampleName:     "长沙县机关事务中心-2022（2）.yaml",
		"..":                 "",
		"名称?.txt":            "名称_.txt.yaml",
	} {
		res := pg.do("POST", "/api/upload?name="+url.QueryEscape(name), []byte("单位: 甲\n年度: 2023\n"),
			func(r *http.Request) { r.Header.Set("Content-Type", "application/octet-stream") })
		var st State
		if want == "" {
			pg.decode(res, nil, http.StatusBadRequest)
			continue
		}
		pg.decode(res, &st, 200)
		pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
		if st.File.Path != filepath.Join(pg.dir, want) {
			t.Errorf("%s saved as %s", name, st.File.Path)
		}
	}
	if got, _ := os.ReadFile(pg.file); !bytes.Equal(got, data.Example) {
		t.Fatal("an upload replaced an existing file")
	}
	if entries, _ := os.ReadDir(filepath.Dir(pg.dir)); len(entries) != 1 {
		t.Fatalf("files written outside the working folder: %v", entries)
	}
}

func TestOpenOnlyInWorkingFolder(t *testing.T) {
	pg := newPage(t)
	for _, name := range []string{"../x.yaml", "/etc/passwd", "sub/x.yaml", "x.txt", "missing.yaml"} {
		pg.post("/api/open", map[string]string{"name": name}, nil, http.StatusBadRequest)
	}
	var st State
	pg.post("/api/open", map[string]string{"name": data.ExampleName}, &st, 200)
	if st.File.Name != data.ExampleName || len(st.Files) != 1 {
		t.Fatalf("%+v %v", st.File, st.Files)
	}
}

func TestRequestSizeLimits(t *testing.T) {
	pg := newPage(t)
	big := strings.Repeat("字", MaxValueBytes/3+10)
	body, _ := json.Marshal(map[string]any{"rev": pg.state().Rev, "path": []string{"负责人"}, "value": big})
	res := pg.do("POST", "/api/edit", body, nil)
	if res.StatusCode != http.StatusRequestEntityTooLarge && res.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("long value: %d", res.StatusCode)
	}
	res = pg.do("POST", "/api/upload?name=a.yaml", make([]byte, MaxFactsBytes+1), nil)
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("big upload: %d", res.StatusCode)
	}
	res = pg.do("POST", "/api/edit", body, func(r *http.Request) { r.Header.Set("Content-Type", "text/plain") })
	if res.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("form post: %d", res.StatusCode)
	}
}

func TestNewUnitSavesFileAndSchema(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/new", map[string]string{"unit": "某某局", "year": "2023"}, &st, 200)
	if !st.File.New || st.Result.Score == nil || st.Result.Score.Unit != "某某局" {
		t.Fatalf("%+v", st.File)
	}
	pg.post("/api/edit", map[string]any{"rev": st.Rev, "path": []string{"人员", "编制数"}, "value": "10"}, &st, 200)
	pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
	got, err := os.ReadFile(filepath.Join(pg.dir, "某某局-2023.yaml"))
	if err != nil || !strings.Contains(string(got), "  编制数: 10\n") {
		t.Fatalf("%v\n%s", err, got)
	}
	if _, err := os.Stat(filepath.Join(pg.dir, "s.json")); err != nil {
		t.Error("schema not written beside the new file")
	}
	pg.post("/api/new", map[string]string{"unit": "某某局", "year": "2023"}, nil, http.StatusConflict)
	pg.post("/api/new", map[string]string{"unit": "某某局", "year": "23"}, nil, http.StatusBadRequest)
}

func TestBuildAndDownload(t *testing.T) {
	pg := newPage(t)
	var b BuildView
	pg.post("/api/build", map[string]any{"rev": pg.state().Rev}, &b, 200)
	if len(b.Documents) != 8 || b.Gate.Ready || !strings.HasPrefix(b.Gate.Line, "草稿：") {
		t.Fatalf("%+v", b)
	}
	pending := 0
	for _, d := range b.Documents {
		pending += d.Pending
	}
	if pending == 0 || pending != b.Gate.Placeholders {
		t.Errorf("the example's documents show %d 【待补】, the gate %d", pending, b.Gate.Placeholders)
	}
	res := pg.do("GET", "/download/"+itoa(b.Rev)+"/zip", nil, nil)
	zipped, _ := io.ReadAll(res.Body)
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil || len(zr.File) != 8 || zr.File[0].Name != b.Documents[0].Name {
		t.Fatalf("zip: %v", err)
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.Contains(cd, "filename*=UTF-8''") {
		t.Errorf("Content-Disposition %q", cd)
	}
	res = pg.do("GET", "/download/"+itoa(b.Rev)+"/1", nil, nil)
	doc, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || len(doc) != b.Documents[1].Size {
		t.Fatalf("document: %d, %d bytes", res.StatusCode, len(doc))
	}
	pg.post("/api/edit", map[string]any{"rev": b.Rev, "path": []string{"负责人"}, "value": "甲"}, nil, 200)
	if res := pg.do("GET", "/download/"+itoa(b.Rev)+"/zip", nil, nil); res.StatusCode != http.StatusGone {
		t.Errorf("download after an edit: %d", res.StatusCode)
	}
}

func TestListItemsAddedAndRemoved(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/edit", map[string]any{"rev": pg.state().Rev, "path": []string{"公共项目", "16", "名称"}, "value": "新项目"}, &st, 200)
	items := st.Values.(map[string]any)["公共项目"].([]any)
	if len(items) != 17 {
		t.Fatalf("%d items", len(items))
	}
	pg.post("/api/remove", map[string]any{"rev": st.Rev, "path": []string{"公共项目", "16"}}, &st, 200)
	pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
	if got, _ := os.ReadFile(pg.file); !bytes.Equal(got, data.Example) {
		t.Fatalf("adding and removing an item left\n%s", got)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestBrokenFileShowsItsErrors(t *testing.T) {
	pg := newPage(t)
	res := pg.do("POST", "/api/upload?name=坏.yaml", []byte("单位: 甲\n年度: [\n"),
		func(r *http.Request) { r.Header.Set("Content-Type", "application/octet-stream") })
	var st State
	pg.decode(res, &st, 200)
	if st.Values != nil || st.Result.Score != nil || len(st.Result.Errors) == 0 ||
		!strings.Contains(st.Result.Errors[0].Msg, "YAML 语法错误") {
		t.Fatalf("%+v", st.Result)
	}
	body, _ := json.Marshal(map[string]any{"rev": st.Rev, "path": []string{"单位"}, "value": "乙"})
	res = pg.do("POST", "/api/edit", body, nil)
	pg.decode(res, nil, http.StatusUnprocessableEntity)
	pg.post("/api/build", map[string]any{"rev": st.Rev}, nil, http.StatusUnprocessableEntity)
}

func TestSelfReferringAliasEnds(t *testing.T) {
	v := values(mustParse(t, "a: &x [*x]\n"))
	if v == nil {
		t.Fatal("no values")
	}
}

func mustParse(t *testing.T, src string) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Content[0]
}
