package webui

import (
	"bytes"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/build"
	"jixiao/generator/evaluate"
	"jixiao/generator/gate"
	"jixiao/generator/pack"
)

// checkGate is the report `jixiao check` prints for src.
func checkGate(t *testing.T, src []byte) *gate.Report {
	t.Helper()
	p, _ := pack.Default()
	res, diags := evaluate.Run(p, "x.yaml", src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	outs, diags := build.Render(res)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return gate.Inspect(res, outs)
}

// TestGateIsCheck: the page's gate is the report of `check`: the same
// draft line and count, each missing fact by its form row with the line to
// write it and its field, each 待评 indicator with the gate's reasons, the
// 【待补】 of each document.
func TestGateIsCheck(t *testing.T) {
	pg := newPage(t)
	var g GateView
	pg.decode(pg.do("GET", "/api/gate?rev="+itoa(pg.state().Rev), nil, nil), &g, 200)
	want := checkGate(t, data.Example)
	if g.Ready || g.Line != want.DraftLine() || g.Count != want.Count() || !strings.HasPrefix(g.Line, "草稿：") {
		t.Fatalf("line %q count %d; want %q", g.Line, g.Count, want.DraftLine())
	}
	if !strings.Contains(g.Score, "等级待评（"+want.DraftLine()+"）") {
		t.Errorf("score line %q", g.Score)
	}
	if len(g.Missing) != len(want.Missing) || len(g.Pending) != len(want.Pending) || len(g.Errors) != len(want.Errors) {
		t.Fatalf("missing %d/%d pending %d/%d errors %d/%d", len(g.Missing), len(want.Missing),
			len(g.Pending), len(want.Pending), len(g.Errors), len(want.Errors))
	}
	byWhere := map[string]MissingView{}
	for i, m := range g.Missing {
		if m.Where != want.Missing[i].Where || m.Hint != want.Missing[i].Hint || m.Line != want.Missing[i].Pos.Line {
			t.Errorf("missing %d: %+v, want %+v", i, m, want.Missing[i])
		}
		byWhere[m.Where] = m
	}
	for where, path := range map[string]string{
		"附件1-1 人员控制率② 聘用人员 实际使用数":     "人员.聘用人员.实际",
		"附件1-2 项目支出“业务工作专项” 2022年预算数": "项目支出.分类.0.本年预算",
		"附件1-1 绩效目标合理性①符合法规和规划 是否符合":  "评定.绩效目标合理性.符合法规和规划.符合",
		"附件1-3 成文日期": "报告日期",
	} {
		if got := strings.Join(byWhere[where].Path, "."); got != path {
			t.Errorf("%s links to %q, want %q", where, got, path)
		}
	}
	pend := map[string]PendingView{}
	for i, p := range g.Pending {
		if !reflect.DeepEqual(p.Reasons, want.Pending[i].Reasons) {
			t.Errorf("%s: reasons %q, want the gate's %q", p.Name, p.Reasons, want.Pending[i].Reasons)
		}
		pend[p.Name] = p
	}
	if p := pend["人员控制率"]; p.Points != "4" || p.Waits != "2" || strings.Join(p.Path, ".") != "人员.聘用人员.实际" {
		t.Errorf("人员控制率: %+v", p)
	}
	if p := pend["经济效益"]; strings.Join(p.Path, ".") != "评定.经济效益.得分" {
		t.Errorf("经济效益 links to %v", p.Path)
	}
	if len(g.Documents) != 8 || g.Placeholders != want.PlaceholderCount() {
		t.Errorf("documents %d, placeholders %d, want %d", len(g.Documents), g.Placeholders, want.PlaceholderCount())
	}
}

// TestGateReadyForCompleteExample: a complete unit is said to be ready,
// with its grade, and the gate is rendered once per revision.
func TestGateReadyForCompleteExample(t *testing.T) {
	pg := newPage(t)
	var st State
	res := pg.do("POST", "/api/upload?name=完整.yaml", data.Complete,
		func(r *http.Request) { r.Header.Set("Content-Type", "application/octet-stream") })
	pg.decode(res, &st, 200)
	if st.Years != [2]string{"2023", "2022"} {
		t.Errorf("years %v", st.Years)
	}
	var g GateView
	pg.decode(pg.do("GET", "/api/gate?rev="+itoa(st.Rev), nil, nil), &g, 200)
	if !g.Ready || g.Line != readyLine || g.Count != 0 || !strings.HasPrefix(g.Score, "总分 98.00 分，等级：优") {
		t.Fatalf("%+v", g)
	}
	var b BuildView
	pg.post("/api/build", map[string]any{"rev": st.Rev}, &b, 200)
	if b.Gate != nil && !b.Gate.Ready {
		t.Errorf("build of the complete example: %+v", b.Gate)
	}
	pg.decode(pg.do("GET", "/api/gate?rev="+itoa(st.Rev-1), nil, nil), nil, http.StatusConflict)
}

// TestNoneDeclaresARowAbsent: a row the form lets a unit declare absent
// becomes “无” in the file (its lines replaced), and back to an empty key;
// a fact the form does not allow it for is refused.
func TestNoneDeclaresARowAbsent(t *testing.T) {
	pg := newPage(t)
	var st State
	pg.post("/api/none", map[string]any{"rev": pg.state().Rev, "path": []string{"政府采购"}, "none": true}, &st, 200)
	if v := st.Values.(map[string]any)["政府采购"]; v != "无" {
		t.Fatalf("政府采购 = %v", v)
	}
	if m := st.Result.Metrics["政府采购执行率"]; m == nil || m.Value != "" {
		t.Errorf("政府采购执行率 with no procurement: %+v", m)
	}
	pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
	got, _ := os.ReadFile(pg.file)
	if !bytes.Contains(got, []byte("\n政府采购: 无\n\n预算执行:")) || bytes.Contains(got, []byte("439.27")) {
		t.Fatalf("saved:\n%s", got)
	}
	pg.post("/api/none", map[string]any{"rev": st.Rev, "path": []string{"政府采购"}, "none": false}, &st, 200)
	if v := st.Values.(map[string]any)["政府采购"]; v != nil {
		t.Errorf("政府采购 taken back = %v", v)
	}
	pg.post("/api/none", map[string]any{"rev": st.Rev, "path": []string{"三公经费", "因公出国"}, "none": true}, &st, 200)
	pg.post("/api/none", map[string]any{"rev": st.Rev, "path": []string{"人员"}, "none": true}, nil, http.StatusBadRequest)
	pg.post("/api/none", map[string]any{"rev": st.Rev, "path": []string{"公共项目", "0", "名称"}, "none": true}, nil, http.StatusBadRequest)
}

// TestNewYearFromLastYearsFile: a new year starts from a file of the
// working folder as init --from does: stable facts kept, last year's 本年
// figures in the 上年 columns, the rest blank; the year must follow.
func TestNewYearFromLastYearsFile(t *testing.T) {
	pg := newPage(t)
	pg.post("/api/from", map[string]string{"name": data.ExampleName, "year": "2022"}, nil, http.StatusBadRequest)
	pg.post("/api/from", map[string]string{"name": "../x.yaml"}, nil, http.StatusBadRequest)
	var st State
	pg.post("/api/from", map[string]string{"name": data.ExampleName}, &st, 200)
	if st.File.Name != "长沙县机关事务中心-2023.yaml" || !st.File.New || st.Years != [2]string{"2023", "2022"} {
		t.Fatalf("%+v %v", st.File, st.Years)
	}
	v := st.Values.(map[string]any)
	staff := v["人员"].(map[string]any)
	total := v["三公经费"].(map[string]any)["合计"].(map[string]any)
	if staff["编制数"] != "51" || staff["在职人数"] != nil || total["上年决算"] != "613.76" || total["本年决算"] != nil {
		t.Errorf("人员 %v, 三公经费 合计 %v", staff, total)
	}
	pg.post("/api/save", map[string]any{"rev": st.Rev}, &st, 200)
	if _, err := os.Stat(filepath.Join(pg.dir, "长沙县机关事务中心-2023.yaml")); err != nil {
		t.Fatal(err)
	}
	pg.post("/api/from", map[string]string{"name": data.ExampleName}, nil, http.StatusConflict)

	res := pg.do("POST", "/api/from-upload?name=坏.yaml", []byte("单位: 甲\n年度: 2022\n人员:\n  编制数: 十\n"),
		func(r *http.Request) { r.Header.Set("Content-Type", "application/octet-stream") })
	var e map[string]string
	pg.decode(res, &e, http.StatusUnprocessableEntity)
	if !strings.Contains(e["error"], "第 4 行") || !strings.Contains(e["error"], "“编制数”") || strings.Contains(e["error"], "人员.编制数") {
		t.Errorf("error %q", e["error"])
	}
	res = pg.do("POST", "/api/from-upload?name="+url.QueryEscape("上年.yaml\n模板包: x")+"&year=2024", []byte("单位: 乙局\n年度: 2022\n人员:\n  编制数: 10\n"),
		func(r *http.Request) { r.Header.Set("Content-Type", "application/octet-stream") })
	pg.decode(res, &st, 200)
	if st.File.Name != "乙局-2024.yaml" || st.Values.(map[string]any)["模板包"] != nil {
		t.Errorf("uploaded last year: %+v %v", st.File, st.Values.(map[string]any)["模板包"])
	}
}

// TestLabelsNameFactsAsTheForms: the form names each fact as its form
// prints it, the years left for the page to fill in; enums, “无” and the
// 分值分配 groups come from the schema and the rubric.
func TestLabelsNameFactsAsTheForms(t *testing.T) {
	p, _ := pack.Default()
	form := NewForm(p)
	byPath := map[string]*Field{}
	var walk func(f *Field, path string)
	walk = func(f *Field, path string) {
		byPath[path] = f
		for _, c := range f.Fields {
			walk(c, join(path, c.Key))
		}
		if f.Elem != nil {
			for _, c := range f.Elem.Fields {
				walk(c, join(path, c.Key))
			}
		}
	}
	for _, g := range form.Groups {
		for _, s := range g.Sections {
			walk(s, s.Key)
		}
	}
	for path, want := range map[string]struct{ label, where string }{
		"基本情况.单位":               {"单位名称", "附件1-3 封面 单位名称"},
		"人员.在职人数":               {"{本年}年实际在职人数", "附件1-2 财政供养人员情况 {本年}年实际在职人数"},
		"人员.聘用人员.实际":            {"实际使用数", "附件1-1 人员控制率② 聘用人员 实际使用数"},
		"三公经费.合计":               {"“三公经费”", ""},
		"三公经费.因公出国.上年决算":        {"{上年}年决算数", "附件1-2 出国经费 {上年}年决算数"},
		"基本支出.公用经费其中.本年预算":      {"{本年}年预算数", "附件1-2 公用经费其中 {本年}年预算数"},
		"评定.绩效目标合理性":            {"绩效目标合理性", "附件1-1 绩效目标合理性"},
		"评定.绩效目标合理性.符合法规和规划":    {"①符合法规和规划", "附件1-1 绩效目标合理性①符合法规和规划"},
		"评定.绩效目标合理性.符合法规和规划.符合": {"是否符合", "附件1-1 绩效目标合理性①符合法规和规划 是否符合"},
		"预算调整.报告调整数":            {"预算调整数", "附件1-3 预算执行评价 预算调整数"},
		"公共项目.名称":               {"项目名称", "附件2-4 公共项目 项目名称"},
		"分值分配":                  {"分值分配", "附件1-1 分值"},
	} {
		f := byPath[path]
		if f == nil || f.Label != want.label || f.Where != want.where {
			t.Errorf("%s: %+v; want %q, %q", path, f, want.label, want.where)
		}
	}
	if f := byPath["预算执行.口径"]; !reflect.DeepEqual(f.Enum, []string{"部门整体", "项目支出"}) {
		t.Errorf("口径 enum %v", f.Enum)
	}
	for _, path := range []string{"政府采购", "三公经费", "三公经费.因公出国", "楼堂馆所", "公共项目", "预算执行.序时进度.一季度"} {
		if !byPath[path].NoneOK {
			t.Errorf("%s does not offer 无", path)
		}
	}
	if byPath["人员"].NoneOK {
		t.Error("人员 offers 无")
	}
	a := byPath["分值分配.实际完成率"].Alloc
	if a == nil || a.Group != "职责履行" || a.Points != "25" || a.Default != "7" || len(a.Members) != 4 {
		t.Errorf("分值分配.实际完成率: %+v", a)
	}
	if q := byPath["评定.经济效益"].Rubric; q == nil || !q.Distributed || q.Standard == "" {
		t.Errorf("经济效益 quote %+v", q)
	}
	if got := form.judged["绩效目标合理性"]; strings.Join(got, ".") != "评定.绩效目标合理性.符合法规和规划" {
		t.Errorf("judged path %v", got)
	}
}

// TestGateWhileEditing: the gate renders outside the session's lock while
// edits go on; a gate asked for an edited revision is refused as stale, one
// for the current revision answers for it (run with -race).
func TestGateWhileEditing(t *testing.T) {
	p, _ := pack.Default()
	dir := t.TempDir()
	sess := NewSession(Config{Pack: p, Dir: dir})
	if _, err := sess.Upload("a.yaml", data.Example); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 20; i++ {
			rev := sess.State().Rev
			g, err := sess.Gate(rev)
			if err == nil && g.Rev != rev {
				t.Errorf("gate of %d answers for %d", rev, g.Rev)
			}
		}
	}()
	for i := 0; i < 20; i++ {
		st := sess.State()
		if _, err := sess.Edit(st.Rev, []string{"人员", "在职人数"}, itoa(40+i)); err != nil {
			t.Fatal(err)
		}
	}
	<-done
	st := sess.State()
	g, err := sess.Gate(st.Rev)
	if err != nil || g.Rev != st.Rev || g.Ready {
		t.Fatalf("%v %+v", err, g)
	}
}
