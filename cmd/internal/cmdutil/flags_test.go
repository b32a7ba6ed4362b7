package cmdutil

import (
	"flag"
	"strings"
	"testing"
)

func TestParseDoubleDash(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
		json bool
	}{
		{[]string{"--", "-a.yaml", "-b.yaml"}, "-a.yaml|-b.yaml", false},
		{[]string{"--json", "--", "-a.yaml", "-b.yaml"}, "-a.yaml|-b.yaml", true},
		{[]string{"a.yaml", "--", "-b.yaml"}, "a.yaml|-b.yaml", false},
		{[]string{"a.yaml", "--json", "b.yaml"}, "a.yaml|b.yaml", true},
		{[]string{"a.yaml", "--", "--json"}, "a.yaml|--json", false},
	} {
		fs := flag.NewFlagSet("diff", flag.ContinueOnError)
		json := fs.Bool("json", false, "")
		pos, err := Parse(fs, tt.args)
		if err != nil || strings.Join(pos, "|") != tt.want || *json != tt.json {
			t.Errorf("%q: %q, json %v, %v; want %q, json %v", tt.args, pos, *json, err, tt.want, tt.json)
		}
	}
}
