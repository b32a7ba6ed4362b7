package webui

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"jixiao/generator/atomicfile"
	"jixiao/generator/build"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/fserr"
	"jixiao/generator/pack"
	"jixiao/generator/scaffold"
	"jixiao/generator/yamledit"
	"jixiao/generator/yamlsrc"
)

// Limits of what the page may send.
const (
	MaxFactsBytes = facts.MaxFileBytes // an uploaded facts file
	MaxValueBytes = 1 << 20            // one value typed in the form
	MaxPathDepth  = 16
)

// Config is what the session works on.
type Config struct {
	Pack *pack.Pack
	// Dir is the working folder: facts files are listed, opened, created
	// and saved there only.
	Dir string
	// SchemaName and Schema are the JSON Schema written beside a new facts
	// file (as `jixiao init` does), when not there yet.
	SchemaName string
	Schema     []byte
	// BureauLimits bound a batch of the bureau's page; zero means
	// DefaultBureauLimits.
	BureauLimits BureauLimits
	// TempDir is where the bureau's batches keep their files, each in a
	// folder of its own removed after; "" means the system's.
	TempDir string
}

// Session is the one facts file being edited and what was computed from
// it. Every method is safe for concurrent use; a change carries the
// revision the page saw, so that a stale page is told to reload instead of
// overwriting a newer edit.
type Session struct {
	cfg      Config
	form     *Form
	mu       sync.Mutex
	doc      *document
	rev      int
	eval     *evaluation
	renderMu sync.Mutex // one rendering at a time, outside mu
	rendered *rendering
	// templates are the pack's templates as parsed by the first rendering,
	// so that every later one only executes them
	templates *build.Templates
	bureau    *Bureau
}

// document is the facts file being edited.
type document struct {
	name string // file name, for messages
	path string // where Save writes
	src  []byte // the text with every edit
	disk []byte // the text on disk when opened or last saved
	// onDisk is set when path holds this file (opened or saved by us): Save
	// may replace it, provided nobody changed it meanwhile.
	onDisk bool
	fresh  bool // made by 新建: Save also writes the schema
}

type evaluation struct {
	rev    int
	res    *evaluate.Result
	result *Result
	values any
	ix     *fieldIndex
	names  *labeler
}

// diags converts messages of this evaluation for the page.
func (e *evaluation) diags(l diag.List) []Diag { return diags(l, e.ix, e.names) }

// PageError is a request the session refuses, with the HTTP status and a
// message for the clerk.
type PageError struct {
	Status int
	Msg    string
}

func (e *PageError) Error() string { return e.Msg }

func pageErr(status int, format string, args ...any) error {
	return &PageError{Status: status, Msg: fmt.Sprintf(format, args...)}
}

// NewSession starts a session with no file open.
func NewSession(cfg Config) *Session {
	return &Session{cfg: cfg, form: NewForm(cfg.Pack), bureau: newBureau(cfg), templates: build.NewTemplates()}
}

// Bureau is the finance bureau's section of the page.
func (s *Session) Bureau() *Bureau { return s.bureau }

// Close ends what the session runs in the background (a batch of the
// bureau's page) and removes its temporary files.
func (s *Session) Close() { s.bureau.Close() }

// Form describes the form of the session's pack.
func (s *Session) Form() *Form { return s.form }

// State is what the page shows of the session.
type State struct {
	Rev    int       `json:"rev"`
	File   *FileInfo `json:"file"`
	Dir    string    `json:"dir"`
	Files  []string  `json:"files"`
	Values any       `json:"values"`
	Result *Result   `json:"result"`
	// Years are the file's year and the one before ("2022", "2021"), for
	// labels that name them ({本年}, {上年}); 本 and 上 without a 年度.
	Years [2]string `json:"years"`
}

// FileInfo describes the file being edited.
type FileInfo struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Saved bool   `json:"saved"`
	New   bool   `json:"new"`
}

// State returns the current state.
func (s *Session) State() *State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state()
}

func (s *Session) state() *State {
	st := &State{Rev: s.rev, Dir: s.cfg.Dir, Files: listFacts(s.cfg.Dir)}
	if s.doc == nil {
		return st
	}
	d := s.doc
	st.File = &FileInfo{Name: d.name, Path: d.path, Saved: d.onDisk && bytes.Equal(d.src, d.disk), New: !d.onDisk}
	e := s.evaluate()
	st.Values, st.Result = e.values, e.result
	st.Years = [2]string{e.names.namer.This, e.names.namer.Last}
	return st
}

// evaluate runs the scoring core on the current text, once per revision.
func (s *Session) evaluate() *evaluation {
	if s.eval != nil && s.eval.rev == s.rev {
		return s.eval
	}
	d := s.doc
	n, _ := yamlsrc.Parse(d.name, d.src)
	e := &evaluation{rev: s.rev, values: values(n), ix: newFieldIndex(d.name, n)}
	e.names = newLabeler(s.form.schema, e.values)
	var loadDiags diag.List
	e.res, loadDiags = evaluate.Run(s.cfg.Pack, d.name, d.src)
	e.result = newResult(e, loadDiags)
	s.eval = e
	return e
}

// OpenPath opens the facts file at path, wherever it is (the file named on
// the command line).
func (s *Session) OpenPath(path string) error {
	src, err := facts.ReadFile(path)
	if err != nil {
		return pageErr(http.StatusNotFound, "无法读取事实文件“%s”：%s", path, fserr.Explain(err))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replace(&document{name: filepath.Base(path), path: path, src: src, disk: src, onDisk: true})
	return nil
}

// Open opens the facts file name of the working folder.
func (s *Session) Open(name string) (*State, error) {
	path, err := existingFacts(s.cfg.Dir, name)
	if err != nil {
		return nil, pageErr(http.StatusBadRequest, "%v", err)
	}
	if err := s.OpenPath(path); err != nil {
		return nil, err
	}
	return s.State(), nil
}

// Upload opens a facts file sent by the page; it is saved into the working
// folder under its own name, or a free variant of it.
func (s *Session) Upload(name string, src []byte) (*State, error) {
	clean, err := cleanName(name)
	if err != nil {
		return nil, pageErr(http.StatusBadRequest, "%v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	path := freePath(s.cfg.Dir, clean)
	s.replace(&document{name: filepath.Base(path), path: path, src: src})
	return s.state(), nil
}

// Example opens the pack's example as a new file of the working folder.
func (s *Session) Example() (*State, error) {
	name, src, ok := s.cfg.Pack.Example()
	if !ok {
		return nil, pageErr(http.StatusNotFound, "模板包没有示例")
	}
	return s.Upload(filepath.Base(name), src)
}

// New starts the facts file of a unit and year, blank as `jixiao init`
// writes it; it is written on the first save.
func (s *Session) New(unit, year string) (*State, error) {
	unit = strings.TrimSpace(unit)
	if unit == "" || len(year) != 4 || strings.Trim(year, "0123456789") != "" {
		return nil, pageErr(http.StatusBadRequest, "请填写单位名称和四位数的年度（如 2023）")
	}
	return s.create(scaffold.Options{Unit: unit, Year: year})
}

// create starts the file “单位-年度.yaml” of the working folder as
// scaffold writes it for o; it never replaces a file that is there.
func (s *Session) create(o scaffold.Options) (*State, error) {
	clean, err := cleanName(o.Unit + "-" + o.Year)
	if err != nil {
		return nil, pageErr(http.StatusBadRequest, "%v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	path := filepath.Join(s.cfg.Dir, clean)
	if exists(path) {
		return nil, pageErr(http.StatusConflict, "工作文件夹中已有“%s”，请直接打开它", clean)
	}
	o.SchemaRef, o.Usage = s.cfg.SchemaName, s.cfg.Pack.Rubric.FactUsage()
	src := scaffold.Facts(s.form.schema, o)
	s.replace(&document{name: clean, path: path, src: src, fresh: true})
	return s.state(), nil
}

// readLimited reads a facts file of the working folder, up to the size of
// an upload.
func readLimited(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err == nil && info.Size() > MaxFactsBytes {
		return nil, pageErr(http.StatusRequestEntityTooLarge, "文件太大（上限 %d MB）", MaxFactsBytes>>20)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, pageErr(http.StatusNotFound, "无法读取事实文件“%s”：%s", path, fserr.Explain(err))
	}
	return src, nil
}

func (s *Session) replace(d *document) {
	s.doc, s.rendered = d, nil
	s.rev++
}

// Edit sets the value at path (keys and list indices) and evaluates again.
func (s *Session) Edit(rev int, path []string, value string) (*State, error) {
	return s.change(rev, path, func(src []byte) ([]byte, error) {
		if len(value) > MaxValueBytes {
			return nil, fmt.Errorf("内容太长（超过 %d 字节）", MaxValueBytes)
		}
		return yamledit.Set(src, path, value)
	})
}

// SetNone declares the row or list at path absent (“无”), or takes the
// declaration back (the key is left empty, to be filled in); only facts
// whose form allows it (facts.Field.NoneOK) may be declared so.
func (s *Session) SetNone(rev int, path []string, none bool) (*State, error) {
	if f := s.form.schema.Find(schemaPath(path)); f == nil || !f.NoneOK {
		return nil, pageErr(http.StatusBadRequest, "这一项不能写“无”")
	}
	return s.change(rev, path, func(src []byte) ([]byte, error) {
		if none {
			return yamledit.Replace(src, path, facts.NoneWord)
		}
		return yamledit.Set(src, path, "")
	})
}

// schemaPath is the schema's dotted path of a field path: list indices
// dropped.
func schemaPath(path []string) string {
	var keys []string
	for _, seg := range path {
		if strings.Trim(seg, "0123456789") != "" {
			keys = append(keys, seg)
		}
	}
	return strings.Join(keys, ".")
}

// Remove deletes the list item at path.
func (s *Session) Remove(rev int, path []string) (*State, error) {
	return s.change(rev, path, func(src []byte) ([]byte, error) { return yamledit.Delete(src, path) })
}

func (s *Session) change(rev int, path []string, edit func([]byte) ([]byte, error)) (*State, error) {
	if len(path) == 0 || len(path) > MaxPathDepth {
		return nil, pageErr(http.StatusBadRequest, "字段路径不对")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.current(rev); err != nil {
		return nil, err
	}
	out, err := edit(s.doc.src)
	if err != nil {
		return nil, pageErr(http.StatusUnprocessableEntity, "%v", err)
	}
	if !bytes.Equal(out, s.doc.src) {
		s.doc.src, s.rendered = out, nil // documents built before the change are stale
		s.rev++
	}
	return s.state(), nil
}

// current checks that a file is open and the page saw revision rev.
func (s *Session) current(rev int) error {
	switch {
	case s.doc == nil:
		return pageErr(http.StatusConflict, "还没有打开事实文件")
	case rev != s.rev:
		return pageErr(http.StatusConflict, "页面显示的不是最新内容（可能在另一个窗口中改过），已重新载入，请再操作一次")
	}
	return nil
}

// Save writes the text to its file atomically. A file opened from disk is
// replaced only when it still holds what was read, so that a change made
// elsewhere (in Notepad, by a colleague) is never overwritten; a new file
// never replaces an existing one.
func (s *Session) Save(rev int) (*State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.current(rev); err != nil {
		return nil, err
	}
	d := s.doc
	if err := s.checkTarget(d); err != nil {
		return nil, err
	}
	if err := atomicfile.Write(d.path, d.src, 0o644); err != nil {
		return nil, pageErr(http.StatusInternalServerError, "无法保存：%v", err)
	}
	if d.fresh && s.cfg.Schema != nil {
		if p := filepath.Join(s.cfg.Dir, s.cfg.SchemaName); !exists(p) {
			_ = atomicfile.Write(p, s.cfg.Schema, 0o644) // a help for editors only
		}
	}
	d.disk, d.onDisk, d.fresh = d.src, true, false
	return s.state(), nil
}

func (s *Session) checkTarget(d *document) error {
	if !d.onDisk {
		if exists(d.path) {
			return pageErr(http.StatusConflict, "工作文件夹中已有“%s”，没有覆盖它；请打开它，或换一个名称", d.name)
		}
		return nil
	}
	info, err := os.Lstat(d.path)
	if err == nil && !info.Mode().IsRegular() {
		return pageErr(http.StatusConflict, "“%s”不是普通文件，没有保存", d.name)
	}
	now, err := os.ReadFile(d.path)
	if err != nil || !bytes.Equal(now, d.disk) {
		return pageErr(http.StatusConflict, "“%s”在打开之后被别的程序修改过（或已删除），为了不覆盖那些修改，没有保存。请先把页面上的修改记下，再重新打开文件", d.name)
	}
	return nil
}
