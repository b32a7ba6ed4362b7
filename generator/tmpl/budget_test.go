package tmpl

import (
	"errors"
	"strings"
	"testing"
	"text/template"
	"time"
)

// run parses src with the functions bound to b, prepares it and executes
// it into the budget's writer.
func run(b *Budget, src string, data any) (string, error) {
	t, err := template.New("t").Option("missingkey=error").Funcs(b.FuncMap()).Parse(src)
	if err != nil {
		return "", err
	}
	for _, x := range t.Templates() {
		Prepare(x.Tree)
	}
	var out strings.Builder
	err = t.Execute(b.Writer(&out), data)
	return out.String(), err
}

// TestHostileTemplatesHitTheBudget runs the templates that used to crash
// the process (allocation before any check, overflowing counts, stacks
// exhausted by nesting) or hang it (loops that print nothing): each must
// end with a limit error or a plain error, never a fatal one.
func TestHostileTemplatesHitTheBudget(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"huge indent", `{{indent 100000000000 "x"}}`, "生成的文字共超过"},
		{"huge nindent", `{{nindent 100000000000 "x"}}`, "生成的文字共超过"},
		{"negative indent", `{{indent -1 "x"}}`, "缩进不能为负数"},
		{"nested repeat", `{{repeat 100000 (repeat 100000 "x")}}`, "生成的文字共超过"},
		{"negative repeat", `{{repeat -5 "x"}}`, "重复次数不能为负数"},
		{"overflowing untilStep", `{{untilStep -9223372036854775807 9223372036854775807 1}}`, "超过上限"},
		{"overflowing negative untilStep", `{{untilStep 9223372036854775807 -9223372036854775808 -1}}`, "超过上限"},
		{"min int step", `{{untilStep 0 -10 -9223372036854775808}}`, ""},
		{"max seq", `{{seq 9223372036854775807}}`, "超过上限"},
		{"nested until", `{{range until 100000}}{{range until 100000}}{{end}}{{end}}`, "循环、序列和列表共超过"},
		{"nested loops over one list", `{{$l := until 100000}}{{range $l}}{{range $l}}{{end}}{{end}}`, "循环、序列和列表共超过"},
		{"doubling cat", `{{$s := "xxxxxxxx"}}{{range until 64}}{{$s = cat $s $s}}{{end}}`, "生成的文字共超过"},
		{"doubling concat", `{{$l := until 1000}}{{range until 64}}{{$l = concat $l $l}}{{end}}`, "循环、序列和列表共超过"},
		{"append loop", `{{$l := list}}{{range until 100000}}{{$l = append $l 1}}{{end}}`, "循环、序列和列表共超过"},
		{"deep list", `{{$l := list}}{{range until 100000}}{{$l = list $l}}{{end}}{{$l}}`, "嵌套超过"},
		{"deep dict", `{{$m := dict}}{{range until 100000}}{{$m = dict "a" $m}}{{end}}{{toJson $m}}`, "嵌套超过"},
		{"deep through slice", `{{$l := list 1}}{{range until 100000}}{{$l = slice (list $l $l) 0 1}}{{end}}{{$l}}`, "嵌套超过"},
		{"wide printf", `{{range until 1000}}{{printf "%999999d%999999d" 1 2}}{{end}}`, "生成的文字共超过"},
		{"star printf", `{{printf "%*d" 100000000 1}}`, ""},
		{"regex amplification", `{{regexReplaceAll "" (repeat 100000 "x") (repeat 1000 "$0")}}`, "超过"},
		{"empty replace", `{{replace "" (repeat 100000 "y") (repeat 100000 "x")}}`, "生成的文字共超过"},
		{"wrapWith", `{{wrapWith 1 (repeat 100000 "y") (repeat 100000 "x")}}`, "生成的文字共超过"},
		{"join", `{{join (repeat 100000 "x") (until 100000)}}`, "生成的文字共超过"},
		{"quadratic uniq", `{{range until 100}}{{$x := uniq (until 100000)}}{{end}}`, "循环、序列和列表共超过"},
		{"split everything", `{{$s := repeat 100000 "x"}}{{range until 100}}{{$x := splitList "" $s}}{{end}}`, "循环、序列和列表共超过"},
		{"pretty json of a big list", `{{$s := repeat 100000 "<"}}{{$l := list $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s}}{{toPrettyJson (list $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l $l)}}`, "生成的文字共超过"},
		{"recursion", `{{define "a"}}{{template "a" .}}{{end}}{{template "a" .}}`, "超过"},
		{"exponential recursion", `{{define "a"}}{{if lt . 40}}{{template "a" (add1 .)}}{{template "a" (add1 .)}}{{end}}{{end}}{{template "a" 0}}`, "循环、序列和列表共超过"},
		{"html amplification", `{{$s := repeat 100000 "<"}}{{range until 1000}}{{$x := html $s $s $s}}{{end}}`, "生成的文字共超过"},
		{"upper of a big text", `{{$s := repeat 100000 "ab"}}{{range until 1000}}{{$x := upper $s}}{{end}}`, "生成的文字共超过"},
		{"division by zero", `{{div 1 0}}`, "整数除以 0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := run(NewBudget(), tt.src, nil)
			if tt.want == "" {
				return // must only end without crashing
			}
			if err == nil || !strings.Contains(Explain(err), tt.want) {
				t.Errorf("err = %v; want %q", err, tt.want)
			}
		})
	}
}

// TestBudgetIsSharedAndSticky: two templates on one budget share its
// total, and once exhausted every later charge fails the same way.
func TestBudgetIsSharedAndSticky(t *testing.T) {
	b := NewBudgetWith(2000, MaxBytes, MaxDuration)
	if _, err := run(b, `{{range until 600}}{{end}}`, nil); err != nil {
		t.Fatal(err)
	}
	_, err := run(b, `{{range until 600}}{{end}}`, nil)
	if !errors.Is(err, ErrLimit) {
		t.Fatalf("second template: err = %v; want the shared limit", err)
	}
	if _, err := run(b, `{{range until 1}}{{end}}`, nil); !errors.Is(err, ErrLimit) || !errors.Is(b.Err(), ErrLimit) {
		t.Errorf("exhausted budget let a template run: %v", err)
	}
}

// TestDeadline: a loop over data that prints nothing stops at the deadline.
func TestDeadline(t *testing.T) {
	b := NewBudgetWith(MaxSteps, MaxBytes, 0)
	_, err := run(b, `{{range .}}{{end}}`, make([]int, 10))
	if err == nil || !strings.Contains(Explain(err), "运行超过") {
		t.Errorf("err = %v; want the deadline", err)
	}
}

// TestCheckedFunctionsKeepSprigResults: the bounded versions give sprig's
// results.
func TestCheckedFunctionsKeepSprigResults(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{{indent 2 "a\nb"}}`, "  a\n  b"},
		{`{{nindent 1 "a"}}`, "\n a"},
		{`{{replace "a" "bb" "banana"}}`, "bbbnbbnbb"},
		{`{{regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W"}}`, "-W-xxW-"},
		{`{{regexReplaceAll "x*" "abc" "-"}}`, "-a-b-c-"},
		{`{{regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}"}}`, "-${1}-${1}-"},
		{`{{regexFindAll "a." "abacad" -1}}`, "[ab ac ad]"},
		{`{{regexFindAll "a." "abacad" 2}}`, "[ab ac]"},
		{`{{regexSplit "," "a,b,c" -1}}`, "[a b c]"},
		{`{{splitList "," "a,b"}}`, "[a b]"},
		{`{{join "," (list 1 "b" 2.5)}}`, "1,b,2.5"},
		{`{{cat "a" 1 "b"}}`, "a 1 b"},
		{`{{printf "%05d|%s" 42 "x"}}`, "00042|x"},
		{`{{toJson (dict "a" (list 1 2))}}`, `{"a":[1,2]}`},
		{`{{uniq (list 1 1 2)}}`, "[1 2]"},
		{`{{without (list 1 2 3) 2}}`, "[1 3]"},
		{`{{(fromJson "{\"a\":[1,2]}").a}}`, "[1 2]"},
		{`{{untilStep 10 0 -3}}`, "[10 7 4 1]"},
		{`{{seq 0}}`, "[]"},
		{`{{wrapWith 2 "|" "abcd"}}`, "ab|cd"},
		{`{{html "<a>"}}`, "&lt;a&gt;"},
		{`{{define "x"}}[{{.}}]{{end}}{{range until 2}}{{template "x" .}}{{end}}`, "[0][1]"},
	} {
		got, err := run(NewBudget(), tt.src, nil)
		if err != nil || got != tt.want {
			t.Errorf("%s = %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
}

// FuzzFunctionArguments mutates the arguments of the functions that build
// text and sequences: whatever the numbers and texts, a template ends with
// its result or an error, within the budget.
func FuzzFunctionArguments(f *testing.F) {
	f.Add(3, 5, "ab", "b")
	f.Add(100000, 100000, "x", "")
	f.Add(-9223372036854775807, 9223372036854775807, "", "$0$0")
	f.Add(1<<40, 1, "\n\n", "\n")
	srcs := []string{
		`{{repeat .n .s}}{{repeat .m (repeat .n .s)}}`,
		`{{indent .n .s}}{{nindent .m .s}}`,
		`{{untilStep .n .m 1}}{{untilStep .m .n -1}}{{untilStep 0 .n .m}}`,
		`{{range until .n}}{{range until .m}}{{end}}{{end}}`,
		`{{seq .n}}{{until .m}}`,
		`{{replace .t .s (repeat .n .s)}}`,
		`{{regexReplaceAll .t (repeat .n .s) .t}}`,
		`{{join .s (until .n)}}{{wrapWith .m .t (repeat .n .s)}}`,
		`{{printf "%*d" .n .m}}{{substr .n .m .s}}{{trunc .n .s}}{{abbrev .m .s}}`,
		`{{$l := list}}{{range until .n}}{{$l = list $l .s}}{{end}}{{$l}}`,
		`{{chunk .n (until .m)}}{{splitn .s .n .t}}`,
	}
	f.Fuzz(func(t *testing.T, n, m int, s, u string) {
		data := map[string]any{"n": n, "m": m, "s": s, "t": u}
		for _, src := range srcs {
			b := NewBudgetWith(200_000, 4<<20, MaxDuration)
			out, err := run(b, src, data)
			if err == nil && len(out) > 4<<20 {
				t.Fatalf("%s wrote %d bytes past the budget", src, len(out))
			}
		}
	})
}

// TestBindingIsCheap: every wrapper is a typed closure (none is made by
// reflection, which is slow to make and to call).
func TestBindingIsCheap(t *testing.T) {
	before := reflected.Load()
	NewBudget().FuncMap()
	if n := reflected.Load() - before; n != 0 {
		t.Errorf("%d wrappers made by reflection", n)
	}
}

// BenchmarkBind measures binding the allow-list to a budget, which an
// engine does once per parsed template.
func BenchmarkBind(b *testing.B) {
	for b.Loop() {
		NewBudget().FuncMap()
	}
}

// TestFuncsBindsWhatTemplatesCall: a template parsed with ParseFuncs and
// executed with only the functions UsedFuncs names, bound to a run's
// budget, charges that budget.
func TestFuncsBindsWhatTemplatesCall(t *testing.T) {
	src := `{{range until 3}}{{if eq . 1}}{{printf "%d" (len (list 1 2))}}{{end}}{{end}}{{with $x := repeat 2 "ab"}}{{upper $x}}{{end}}`
	tpl := template.Must(template.New("t").Funcs(ParseFuncs()).Parse(src))
	Prepare(tpl.Tree)
	used := UsedFuncs(tpl.Tree)
	want := []string{RangeFunc, "eq", "len", "list", "printf", "repeat", "until", "upper"}
	if strings.Join(used, " ") != strings.Join(want, " ") {
		t.Errorf("UsedFuncs = %v, want %v", used, want)
	}
	b := NewBudgetWith(100, 1000, time.Minute)
	bound := b.Funcs(used)
	if _, ok := bound["eq"]; ok || len(bound) != 6 {
		t.Errorf("bound %d functions: %v", len(bound), bound)
	}
	var out strings.Builder
	if err := tpl.Funcs(bound).Execute(&out, nil); err != nil || out.String() != "2ABAB" {
		t.Fatalf("got %q, %v", out.String(), err)
	}
	if got := b.acc().steps.Load(); got < 3+3+2 {
		t.Errorf("run charged %d steps", got)
	}
}
