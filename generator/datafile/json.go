package datafile

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"jixiao/generator/num"
)

// A .json data file is decoded by encoding/json, many times faster than
// through the YAML library's node tree. JSON is YAML, and the JSON path
// must give exactly what the YAML path gives: it is taken only when the
// file decodes without error and holds nothing the two readers could take
// differently (scanJSON lists what). Anything else — every error, every
// limit — goes the YAML path, which also knows the line and column of
// each problem: positions are only ever computed when there is one.

// parseJSON decodes src; ok is false when the YAML path must read it.
func parseJSON(src []byte) (v any, ok bool) {
	members, ok := scanJSON(src)
	if !ok {
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil || len(bytes.TrimLeft(src[dec.InputOffset():], " \r\n")) > 0 {
		return nil, false
	}
	c := jsonConverter{values: MaxValues}
	v, ok = c.value(v)
	return v, ok && c.members == members
}

// jsonConverter turns what encoding/json decoded into the values the YAML
// path makes, in place.
type jsonConverter struct {
	values  int64 // values that may still be made (the YAML path's limit)
	members int   // object members kept, to detect repeated keys
}

// value converts v; ok is false when the YAML path would read it
// differently or report an error. Containers are converted in place.
func (c *jsonConverter) value(v any) (any, bool) {
	if c.values--; c.values < 0 {
		return nil, false
	}
	switch x := v.(type) {
	case map[string]any:
		c.members += len(x)
		for k, e := range x {
			if !plainText(k) {
				return nil, false
			}
			if n, isNum := e.(json.Number); isNum {
				d, ok := c.number(n)
				if !ok {
					return nil, false
				}
				x[k] = d
			} else if _, ok := c.value(e); !ok {
				return nil, false
			}
		}
	case []any:
		for i, e := range x {
			var ok bool
			if x[i], ok = c.value(e); !ok {
				return nil, false
			}
		}
	case json.Number:
		c.values++ // counted as the value it is
		return c.number(x)
	case string:
		return x, plainText(x)
	}
	return v, true
}

// number converts a JSON number, counted as one value.
func (c *jsonConverter) number(n json.Number) (any, bool) {
	if c.values--; c.values < 0 {
		return nil, false
	}
	return jsonNumber(string(n))
}

// plainText reports whether s holds no control character (yamlsrc.IsControl
// of valid UTF-8, looked at byte by byte), which the YAML path reports as
// an error.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x20:
			if b != '\t' && b != '\n' && b != '\r' {
				return false
			}
		case b == 0x7f:
			return false
		case b == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f: // C1 controls
			return false
		case b == 0xef && i+2 < len(s) && s[i+1] == 0xbf && s[i+2] >= 0xbe: // U+FFFE, U+FFFF
			return false
		}
	}
	return true
}

// jsonNumber converts a JSON number as the YAML path converts the same
// plain scalar: the YAML library resolves it as a number when strconv
// reads it as an int, a uint or a float, else as a string (1e400); a
// number becomes an exact decimal (num.Parse). ok is false for a number
// the YAML path refuses (1e3: scientific notation is never read as a
// figure). A literal without exponent and of fewer than 300 characters is
// always a finite float, and num.Parse of it is decimal.NewFromString.
func jsonNumber(lit string) (any, bool) {
	if len(lit) < 300 && strings.IndexAny(lit, "eE") < 0 {
		d, err := decimal.NewFromString(lit)
		return d, err == nil
	}
	_, errInt := strconv.ParseInt(lit, 0, 64)
	_, errUint := strconv.ParseUint(lit, 0, 64)
	_, errFloat := strconv.ParseFloat(lit, 64)
	if errInt != nil && errUint != nil && errFloat != nil {
		return lit, true
	}
	if d, ok := num.Parse(lit); ok {
		return d, true
	}
	if i, err := strconv.ParseInt(lit, 0, 64); err == nil {
		return num.Int(i), true
	}
	return nil, false
}

// maxJSONDepth is the nesting beyond which the YAML path decides (both
// readers refuse 10,000 levels, perhaps not at the same level).
const maxJSONDepth = 1000

// maxKeySpan is how far, in bytes, a key may start before its colon: the
// YAML library reads a key only within 1,024 characters of it, and on the
// same line.
const maxKeySpan = 1000

// scanJSON counts the members of the objects of src (its colons outside
// strings) and reports whether the YAML library reads src as JSON does:
// valid UTF-8; no tab outside the outermost brackets (YAML's block
// context refuses tabs there); no line or paragraph separator (U+2028,
// U+2029, which YAML folds like a line break) and no escape YAML reads
// otherwise (escapeDiffers); every key and its colon on one line, close
// together; nesting within maxJSONDepth.
func scanJSON(src []byte) (members int, ok bool) {
	if !utf8.Valid(src) || bytes.Contains(src, []byte("\u2028")) || bytes.Contains(src, []byte("\u2029")) {
		return 0, false
	}
	depth, inString, keyStart, lastBreak := 0, false, -1, -1
	for i := 0; i < len(src); i++ {
		b := src[i]
		if inString {
			switch b {
			case '\\':
				if escapeDiffers(src[i+1:]) {
					return 0, false
				}
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch b {
		case '"':
			inString, keyStart = true, i
		case '\n', '\r':
			lastBreak = i
		case '\t':
			if depth == 0 {
				return 0, false
			}
		case '{', '[':
			if depth++; depth > maxJSONDepth {
				return 0, false
			}
		case '}', ']':
			depth--
		case ':':
			if keyStart < 0 || i-keyStart > maxKeySpan || lastBreak > keyStart {
				return 0, false
			}
			members++
		}
	}
	return members, true
}

// escapeDiffers reports whether the escape after a backslash, rest, is one
// YAML refuses in double quotes: “\/” (JSON's only escape YAML lacks) and
// an escaped surrogate (“\ud83d”).
func escapeDiffers(rest []byte) bool {
	switch {
	case len(rest) == 0:
		return false // a JSON error
	case rest[0] == '/':
		return true
	case rest[0] == 'u' && len(rest) >= 3:
		return (rest[1] == 'd' || rest[1] == 'D') && strings.IndexByte("89abcdefABCDEF", rest[2]) >= 0
	}
	return false
}
