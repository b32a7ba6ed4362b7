package yamlsrc

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"jixiao/generator/diag"
)

// A KeySlip is a key that YAML read whole because its separator was typed
// wrong: “在职人数：47” (a full-width colon, in a flow mapping
// “{在职人数：47}” or on a line holding another “: ”) or “在职人数:47” in a
// flow mapping (no space after the colon). Name is the key meant, Fixed the
// text as it should be typed, Hint the explanation.
type KeySlip struct {
	Name, Fixed, Hint string
	// Offset is the rune offset of the wrong separator within the key.
	Offset int
}

// KeySlipOf finds the slip in key, if any.
func KeySlipOf(key string) (KeySlip, bool) {
	if strings.Contains(key, "\n") {
		return KeySlip{}, false
	}
	if i := strings.Index(key, "："); i > 0 {
		name, rest := strings.TrimSpace(key[:i]), strings.TrimSpace(key[i+len("："):])
		if name == "" {
			return KeySlip{}, false
		}
		return KeySlip{name, name + ": " + rest, fullColonFix(key), utf8.RuneCountInString(key[:i])}, true
	}
	if i := strings.Index(key, ":"); i > 0 && i < len(key)-1 && key[i+1] != ' ' {
		name := strings.TrimSpace(key[:i])
		if name == "" || strings.Contains(key[i+1:], "//") {
			return KeySlip{}, false
		}
		fixed := name + ": " + strings.TrimSpace(key[i+1:])
		return KeySlip{name, fixed, "半角冒号“:”后要跟一个空格，写成“" + fixed + "”", utf8.RuneCountInString(key[:i])}, true
	}
	return KeySlip{}, false
}

// SlipPos is the position of the wrong separator of key node k in file: its
// column when the key is written on one line as plain or quoted text, the
// key's own position otherwise.
func (s KeySlip) SlipPos(file string, k *yaml.Node) diag.Pos {
	p := Pos(file, k)
	switch k.Style {
	case 0:
		p.Col += s.Offset
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		if !strings.ContainsAny(k.Value, `\'"`) {
			p.Col += s.Offset + 1
		}
	}
	return p
}
