package xlsx

import "testing"

func TestParseRefRoundTrip(t *testing.T) {
	for _, s := range []string{"B5", "$B$5", "B$5:$C5", "5:5", "$3:$4", "A:C", "Sheet1!A1", "'My ''S'!$A$1:$B$2", "自评表!C4:C4"} {
		r, ok := parseRef(s)
		if !ok || r.String() != s {
			t.Errorf("parseRef(%q) = %v, %q", s, ok, r.String())
		}
	}
	for _, s := range []string{"分数区", "TRUE", "A", "B0", "XFE1", "Sheet1:Sheet3!A1", "[1]Sheet1!A1", "A1:B", "A1B"} {
		if _, ok := parseRef(s); ok {
			t.Errorf("parseRef(%q) accepted a non-reference", s)
		}
	}
}

func TestRewriteFormula(t *testing.T) {
	grow := growRange("S", 5, 3, false)
	own := growRange("S", 5, 3, true)
	shrink := shrinkRange("S", 5)
	tests := []struct {
		name, formula, host string
		fn                  refRewriter
		want                string
	}{
		{"grow sum", "SUM(B5:B5)", "S", grow, "SUM(B5:B7)"},
		{"grow keeps spacing and text", `IF( SUM(B4:B5) > 0 , "B5:B5" , S!$B$5:$B$5 )`, "S", grow, `IF( SUM(B4:B7) > 0 , "B5:B5" , S!$B$5:$B$7 )`},
		{"grow other sheet only when named", "SUM(B5:B5)+S!B5:B5", "T", grow, "SUM(B5:B5)+S!B5:B7"},
		{"grow quoted sheet", "SUM('S'!B5:B5)", "T", grow, "SUM('S'!B5:B7)"},
		{"grow not a single cell", "B5*2", "S", grow, "B5*2"},
		{"grow whole rows", "SUM(5:5)", "S", grow, "SUM(5:7)"},
		{"grow not a range ending elsewhere", "SUM(B5:B9)", "S", grow, "SUM(B5:B9)"},
		{"own row keeps relative", "SUM(C5:E5)", "S", own, "SUM(C5:E5)"},
		{"own row grows absolute", "C5/SUM($C$5:$C$5)", "S", own, "C5/SUM($C$5:$C$7)"},
		{"shrink to zero", "SUM(B5:B5)+B5", "S", shrink, "SUM(0)+0"},
		{"shrink start", "SUM(B5:B9)", "S", shrink, "SUM(B6:B9)"},
		{"shrink leaves end", "SUM(B3:B5)", "S", shrink, "SUM(B3:B5)"},
		{"move to item", "C5/$C$3+SUM(C5:E5)+$C$5+C4", "S", moveToItem("S", 5, 2), "C7/$C$3+SUM(C7:E7)+$C$5+C4"},
		{"names untouched", "SUM(分数区)+B5", "S", moveToItem("S", 5, 1), "SUM(分数区)+B6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := rewriteFormula(tt.formula, tt.host, tt.fn); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func TestRewriteSqref(t *testing.T) {
	got, ok := rewriteSqref("D5 F3:F5 A1:B2", func(r rect) (rect, bool) {
		if r.r2 == 5 {
			r.r2 = 9
			return r, true
		}
		return r, false
	})
	if !ok || got != "D5:D9 F3:F9 A1:B2" {
		t.Errorf("got %q, %v", got, ok)
	}
}

func TestClassifyFormat(t *testing.T) {
	tests := []struct {
		code string
		want fmtKind
	}{
		{"0.00%", fmtPercent},
		{`0.00"%"`, fmtGeneral},
		{`yyyy"年"m"月"d"日"`, fmtDate},
		{"[Red]0.00", fmtGeneral},
		{`#,##0.00"万元"`, fmtGeneral},
		{"General", fmtGeneral},
		{"hh:mm", fmtDate},
		{`0.0\%`, fmtGeneral},
	}
	for _, tt := range tests {
		if got := classifyFormat(tt.code); got != tt.want {
			t.Errorf("classifyFormat(%q) = %v; want %v", tt.code, got, tt.want)
		}
	}
	for id, want := range map[int]fmtKind{0: fmtGeneral, 2: fmtGeneral, 9: fmtPercent, 10: fmtPercent, 14: fmtDate, 31: fmtDate, 58: fmtDate, 49: fmtGeneral} {
		if got := builtinFmtKind(id); got != want {
			t.Errorf("builtinFmtKind(%d) = %v; want %v", id, got, want)
		}
	}
}

func TestScanActions(t *testing.T) {
	text := `a{{.x}}b{{- if eq .s "}}" -}}c{{/* }} */}}{{end}}{{.open`
	var got []string
	for _, a := range scanActions(text) {
		got = append(got, a.keyword+"|"+a.inner)
	}
	want := []string{`|.x`, `if|if eq .s "}}"`, `|/* }} */`, `end|end`, `|.open`}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("action %d = %q; want %q", i, got[i], want[i])
		}
	}
}
