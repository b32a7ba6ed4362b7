package datafile

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"jixiao/generator/num"
	"jixiao/generator/yamlsrc"
)

// jsonCases are JSON documents at the edges where JSON and YAML readers
// could disagree: each must give what the YAML path gives, values and
// messages alike.
var jsonCases = []string{
	`{"单位": "某局", "金额": 1.10, "人数": 47, "负": -0, "是": true, "否": false, "空": null}`,
	`{"a":1,"b":[1,2,{"c":"d"}],"e":{}}`,
	"{\n  \"a\": 1,\n  \"b\": [\n    1.5,\n    2\n  ]\n}\n",
	"{\r\n\t\"a\": 1\r\n}\r\n",
	"\t{\"a\": 1}",
	"{\"a\": 1}\t\n",
	"{\"a\": 1}\n\t\n",
	`[1, 2, 3]`, `"文字"`, `42`, `null`, `{}`, `[]`, ``, `   `,
	`{"a": 1, "a": 2}`,
	`{"a": {"x": 1}, "b": {"x": 1, "x": 2}}`,
	`{"a": 1e3}`, `{"a": 1E+3}`, `{"a": 1e400}`, `{"a": -1e400}`, `{"a": 1.5e-3}`, `{"a": 1e-400}`,
	`{"a": 123456789012345678901234567890}`, `{"a": -9223372036854775809}`, `{"a": 18446744073709551615}`,
	`{"a": 0.1234567890123456789012345}`, `{"a": -0.0}`, `{"a": 0}`,
	`{"a": "\u0007"}`, `{"a": "\u007f"}`, "{\"a\": \"\x7f\"}", `{"a": "\u0085"}`, "{\"a\": \"\u0085\"}",
	`{"a": "\ud83d\ude00"}`, `{"a": "😀"}`, `{"a": "\u2028"}`, "{\"a\": \"x\u2028y\"}", "{\"a\": \"x\u2029y\"}",
	`{"a": "\/\b\f\n\r\t\"\\"}`, `{"a": "\n\r\t"}`, `{"a": " 前后空格 "}`, `{"a": "\uFEFF"}`, "{\"a\": \"\uFEFF\"}",
	`{"a": "\uFFFE"}`, "{\"a\": \"\uFFFD\"}", "{\"a\": \"\xff\"}",
	`{"\u0001": 1}`, `{"": 1}`, `{"<<": {"a": 1}}`, `{"a": "<<"}`, `{"~": "~"}`, `{"null": "null", "true": "yes"}`,
	`{"a": 1} {"b": 2}`, `{"a": 1,}`, `{"a" 1}`, `{'a': 1}`, `{"a": 1 # comment
}`,
	"{\"a\"\n: 1}", "{\"a\" : 1}", `{"a":"b:c","d":"e,f"}`, `{"a": "- x", "b": "? y", "c": "&anchor", "d": "*alias"}`,
	`{"a": "# not a comment"}`, `{"a": "%YAML"}`, `{"a": "---"}`, `{"a": "..."}`,
	"\uFEFF{\"a\": 1}",
	`{"a": [` + strings.Repeat(`[`, 50) + strings.Repeat(`]`, 50) + `]}`,
	`{"` + strings.Repeat("长", 400) + `": 1}`,
	`{"` + strings.Repeat("k", 1100) + `": 1}`,
	`{"a": "` + strings.Repeat("v", 5000) + `"}`,
}

func TestJSONMatchesYAML(t *testing.T) {
	for _, src := range jsonCases {
		sameAsYAML(t, src)
	}
}

// TestJSONMatchesYAMLGenerated compares the two paths on generated
// documents mixing the characters and numbers of jsonCases.
func TestJSONMatchesYAMLGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		sameAsYAML(t, genJSON(r, 0))
	}
}

// TestJSONPathTaken makes sure ordinary files take the JSON path.
func TestJSONPathTaken(t *testing.T) {
	for _, src := range []string{jsonCases[0], jsonCases[1], jsonCases[2], `{"a": "😀", "b": [1.5, {"c": null}]}`} {
		if _, ok := parseJSON([]byte(src)); !ok {
			t.Errorf("%s: not decoded as JSON", src)
		}
	}
}

func FuzzJSONMatchesYAML(f *testing.F) {
	for _, c := range jsonCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) { sameAsYAML(t, src) })
}

// sameAsYAML fails when Parse of src as a .json file differs from the
// YAML path's result.
func sameAsYAML(t *testing.T, src string) {
	t.Helper()
	got, gotDiags := Parse("d.json", []byte(src))
	want, wantDiags := parseYAML("d.json", []byte(src))
	if gotDiags.Error() != wantDiags.Error() {
		t.Errorf("%q: messages\n%v\nwant\n%v", src, gotDiags, wantDiags)
		return
	}
	if !sameValue(got, want) {
		t.Errorf("%q: got %s, want %s", src, dump(got), dump(want))
	}
}

// sameValue compares decoded values, decimals by digits and exponent.
func sameValue(a, b any) bool {
	return dump(a) == dump(b)
}

// dump prints a value with its types, decimals with their exponent.
func dump(v any) string {
	switch x := v.(type) {
	case num.Dec:
		return fmt.Sprintf("dec(%se%d)", x.Coefficient(), x.Exponent())
	case map[string]any:
		var b strings.Builder
		b.WriteString("{")
		for _, k := range sortedKeys(x) {
			fmt.Fprintf(&b, "%q:%s,", k, dump(x[k]))
		}
		return b.String() + "}"
	case []any:
		var b strings.Builder
		b.WriteString("[")
		for _, e := range x {
			b.WriteString(dump(e) + ",")
		}
		return b.String() + "]"
	}
	return fmt.Sprintf("%T(%#v)", v, v)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

// genJSON writes a random JSON value, sometimes slightly broken.
func genJSON(r *rand.Rand, depth int) string {
	atoms := []string{`1`, `-0`, `0.10`, `1e3`, `1e400`, `12345678901234567890`, `true`, `false`, `null`,
		`"a"`, `"\u0007"`, `"\t"`, `"x\u2028"`, `"😀"`, `"\ud83d\ude00"`, `"长"`, `" "`, `"\/"`, `"\\"`, `""`, "\"\x7f\""}
	seps := []string{"", " ", "\n", "\t", "\r\n", "  "}
	sep := func() string { return seps[r.IntN(len(seps))] }
	switch k := r.IntN(10); {
	case depth > 3 || k < 5:
		return atoms[r.IntN(len(atoms))]
	case k < 7:
		n := r.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = sep() + genJSON(r, depth+1) + sep()
		}
		return "[" + strings.Join(parts, ",") + "]"
	default:
		n := r.IntN(4)
		parts := make([]string, n)
		keys := []string{`"a"`, `"b"`, `"单位"`, `"\u0001"`, `""`, `"<<"`}
		for i := range parts {
			parts[i] = sep() + keys[r.IntN(len(keys))] + sep() + ":" + sep() + genJSON(r, depth+1) + sep()
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
}

// BenchmarkParse reads a data file of 10,000 rows as .json (encoding/json)
// and, for comparison, the same bytes through the YAML path.
func BenchmarkParse(b *testing.B) {
	var src strings.Builder
	src.WriteString(`{"单位": "长沙县机关事务中心", "项目": [`)
	for i := range 10000 {
		if i > 0 {
			src.WriteString(",")
		}
		fmt.Fprintf(&src, `{"名称": "项目%d", "预算": %d, "支出": %d.%02d}`, i, 100+i%900, 50+i%50, i%100)
	}
	src.WriteString("]}")
	data := []byte(src.String())
	for _, c := range []struct{ name, file string }{{"json", "d.json"}, {"yaml", "d.yaml"}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, diags := Parse(c.file, data); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		})
	}
}

// TestPlainTextIsYAMLs: plainText refuses exactly the characters the YAML
// path reports as control characters.
func TestPlainTextIsYAMLs(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		if got, want := plainText("a"+string(r)+"b"), !yamlsrc.IsControl(r); got != want {
			t.Fatalf("U+%04X: plainText %v, want %v", r, got, want)
		}
	}
}
