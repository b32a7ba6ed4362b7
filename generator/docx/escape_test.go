package docx

import (
	"errors"
	"strings"
	"testing"

	"jixiao/generator/docx/docxtest"
	"jixiao/generator/num"
	"jixiao/generator/tmpl"
)

type stringer struct{}

func (stringer) String() string { return "a<b" }

func TestEscape(t *testing.T) {
	c := &escCtx{br: "[BR]", tab: "[TAB]", split: "[P]"}
	tests := []struct {
		name    string
		v       any
		want    string
		wantErr string
	}{
		{"nil prints nothing", nil, "", ""},
		{"plain text", "长沙县 2022", "长沙县 2022", ""},
		{"markup characters", `<a href="x">&amp;</a>`, "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;", ""},
		{"apostrophe stays", "it's", "it's", ""},
		{"line feed", "甲\n乙", "甲[BR]乙", ""},
		{"crlf is one break", "甲\r\n乙", "甲[BR]乙", ""},
		{"lone cr", "甲\r乙", "甲[BR]乙", ""},
		{"tab", "甲\t乙", "甲[TAB]乙", ""},
		{"decimal prints by String", num.MustParse("12819.60"), "12819.6", ""},
		{"pending marker", tmpl.Pending{Need: []string{"人员.编制数"}}, "【待补：人员.编制数】", ""},
		{"paragraphs", tmpl.Paragraphs{"第一段", "第<二>段"}, "第一段[P]第&lt;二&gt;段", ""},
		{"empty paragraphs", tmpl.Paragraphs{}, "", ""},
		{"stringer", stringer{}, "a&lt;b", ""},
		{"error value", errors.New("x&y"), "x&amp;y", ""},
		{"int", 42, "42", ""},
		{"bool", true, "true", ""},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb", ""},
		{"control character", "a\x01b", "", "U+0001"},
		{"noncharacter", "a\uFFFEb", "", "U+FFFE"},
		{"control character in paragraphs", tmpl.Paragraphs{"ok", "\x0b"}, "", "U+000B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := c.escape(tt.v)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("escape(%q) error = %v; want %q", tt.v, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("escape(%q) = %q, %v; want %q", tt.v, got, err, tt.want)
			}
		})
	}
}

func TestValuesInDocuments(t *testing.T) {
	P := docxtest.P
	tests := []struct {
		name string
		body string
		data map[string]any
		want string
	}{
		{"escaping", P("{{.a}}"), map[string]any{"a": `<&>"`}, `<&>"`},
		{"sprig sees the real text", P("{{.a | upper}}|{{len .a}}"), map[string]any{"a": "a&b"}, "A&B|3"},
		{"line break", P("地址：{{.a}}。"), map[string]any{"a": "一行\n两行"}, "地址：一行⏎两行。"},
		{"tab", P("{{.a}}"), map[string]any{"a": "甲\t乙"}, "甲→乙"},
		{"leading space kept", P("[{{.a}}]"), map[string]any{"a": " x "}, "[ x ]"},
		{"paragraphs", P("前{{段落 .a}}后"), map[string]any{"a": "第一段\n\n第二段"}, "前第一段 | 第二段后"},
		{"nil prints nothing", P("[{{.a}}]"), map[string]any{"a": nil}, "[]"},
		{"pending", P("{{万元 .a}}万元"), map[string]any{"a": tmpl.Pending{Need: []string{"预算"}}}, "【待补：预算】万元"},
		{"decimal", P("{{.a}}"), map[string]any{"a": num.MustParse("0.50")}, "0.5"},
		{"trim markers", P("甲 {{- .a -}} 乙"), map[string]any{"a": "x"}, "甲x乙"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joined(t, renderBody(t, tt.body, tt.data)); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestParagraphsKeepProperties(t *testing.T) {
	body := `<w:p><w:pPr><w:ind w:firstLine="420"/></w:pPr>` +
		`<w:hyperlink r:id="rId9"><w:r><w:rPr><w:b/></w:rPr><w:t>{{段落 .a}}</w:t></w:r></w:hyperlink></w:p>`
	out := renderBody(t, body, map[string]any{"a": tmpl.Paragraphs{"一", "二"}})
	if got := strings.Count(out, `<w:ind w:firstLine="420"/>`); got != 2 {
		t.Errorf("pPr copied %d times; want 2:\n%s", got, out)
	}
	if got := strings.Count(out, `<w:hyperlink r:id="rId9"><w:r><w:rPr><w:b/></w:rPr>`); got != 2 {
		t.Errorf("hyperlink and rPr reopened %d times; want 2:\n%s", got, out)
	}
	if got := joined(t, out); got != "一 | 二" {
		t.Errorf("texts %q", got)
	}
}

// TestFusedAndAppendedEscapersAgree renders values through formatting
// functions (fused with the escaper) and through plain pipelines (escaper
// appended): both must escape alike.
func TestFusedAndAppendedEscapersAgree(t *testing.T) {
	P := docxtest.P
	body := P("{{upper .s}}|{{.s | upper}}|{{printf \"%s\" .s | upper}}") + P("{{段落 .p}}") + P("{{数 .n}}|{{.n}}|{{一级序号 2}}|{{三级序号 3}}")
	out := renderBody(t, body, map[string]any{"s": "a<b", "p": "甲\n乙&", "n": num.MustParse("1.50")})
	if got := joined(t, out); got != "A<B|A<B|A<B | 甲 | 乙& | 1.5|1.5|二、|3." {
		t.Errorf("got %q", got)
	}
}
