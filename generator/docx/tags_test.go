package docx

import (
	"reflect"
	"testing"
)

// atomsOf makes atoms from pieces of text; "\x00" stands for a barrier.
func atomsOf(pieces ...string) []atom {
	atoms := make([]atom, len(pieces))
	for i, p := range pieces {
		if p == barrierMark {
			atoms[i] = atom{barrier: true}
		} else {
			atoms[i] = atom{text: p}
		}
	}
	return atoms
}

func TestFindTags(t *testing.T) {
	type span struct {
		from, to tpos
		text     string
	}
	tests := []struct {
		name   string
		pieces []string
		want   []span
		errs   []string
	}{
		{"one run", []string{"金额{{万元 .x}}万元"}, []span{{tpos{0, 6}, tpos{0, 19}, "{{万元 .x}}"}}, nil},
		{"split everywhere", []string{"{", "{.", "人员", ".在职人数}", "}人"},
			[]span{{tpos{0, 0}, tpos{4, 1}, "{{.人员.在职人数}}"}}, nil},
		{"empty pieces", []string{"a{{", "", ".x}}", ""}, []span{{tpos{0, 1}, tpos{2, 4}, "{{.x}}"}}, nil},
		{"two adjacent", []string{"{{a}}{{b}}"}, []span{{tpos{0, 0}, tpos{0, 5}, "{{a}}"}, {tpos{0, 5}, tpos{0, 10}, "{{b}}"}}, nil},
		{"braces in a string", []string{`{{print "}}" }}x`}, []span{{tpos{0, 0}, tpos{0, 15}, `{{print "}}" }}`}}, nil},
		{"braces in smart quotes", []string{"{{eq .a “}}”}}"}, []span{{tpos{0, 0}, tpos{0, 18}, "{{eq .a “}}”}}"}}, nil},
		{"raw string", []string{"{{print `}}`}}"}, []span{{tpos{0, 0}, tpos{0, 14}, "{{print `}}`}}"}}, nil},
		{"comment", []string{"{{/* }} */}}"}, []span{{tpos{0, 0}, tpos{0, 12}, "{{/* }} */}}"}}, nil},
		{"unclosed quote ends at first }}", []string{`{{print "a}} b`}, []span{{tpos{0, 0}, tpos{0, 12}, `{{print "a}}`}}, nil},
		{"lone closing braces are text", []string{"a }} b"}, nil, nil},
		{"unclosed tag", []string{"a {{.x", "y"}, nil, []string{"{{.xy"}},
		{"barrier inside a tag", []string{"{{.", barrierMark, "x}}"}, nil, []string{"{{."}},
		{"barrier between tags", []string{"{{.a}}", barrierMark, "{{.b}}"},
			[]span{{tpos{0, 0}, tpos{0, 6}, "{{.a}}"}, {tpos{2, 0}, tpos{2, 6}, "{{.b}}"}}, nil},
		{"three braces", []string{"{{{.x}}}"}, []span{{tpos{0, 0}, tpos{0, 7}, "{{{.x}}"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, errs := findTags(atomsOf(tt.pieces...))
			var got []span
			for _, s := range spans {
				got = append(got, span{s.from, s.to, s.text})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("tags = %+v; want %+v", got, tt.want)
			}
			var gotErrs []string
			for _, e := range errs {
				gotErrs = append(gotErrs, e.text)
			}
			if !reflect.DeepEqual(gotErrs, tt.errs) {
				t.Errorf("errors = %q; want %q", gotErrs, tt.errs)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		action string
		kind   tagKind
		word   string
	}{
		{".单位", tagOutput, ""},
		{"万元 .预算", tagOutput, ""},
		{"if .a", tagOpen, "if"},
		{"if(eq 1 1)", tagOpen, "if"},
		{"- range $i, $x := .项目 -", tagOpen, "range"},
		{" with .人员 ", tagOpen, "with"},
		{"else", tagElse, "else"},
		{"else if .b", tagElse, "else if"},
		{"else with .c", tagElse, "else with"},
		{"- end", tagEnd, "end"},
		{"break", tagLoopCtl, "break"},
		{"continue", tagLoopCtl, "continue"},
		{"$x := .a", tagDecl, ""},
		{"$x = 2", tagDecl, ""},
		{"$x", tagOutput, ""},
		{"$x == 1", tagOutput, ""},
		{"/* 备注 */", tagComment, ""},
		{"- /* 备注 */ -", tagComment, ""},
		{`define "x"`, tagUnsupported, "define"},
		{`template "x"`, tagUnsupported, "template"},
		{"ifx .a", tagOutput, ""},
		{"-3", tagOutput, ""},
	}
	for _, tt := range tests {
		kind, word := classify(tt.action)
		if kind != tt.kind || word != tt.word {
			t.Errorf("classify(%q) = %v, %q; want %v, %q", tt.action, kind, word, tt.kind, tt.word)
		}
	}
}
