package xmltok

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// fastTokens returns the tokens of src as Next gives them, one line each,
// or ErrDecline.
func fastTokens(src []byte) ([]string, error) {
	var out []string
	t := New(src)
	for {
		tok, err := t.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if tok.SelfClosing != selfClosed(t) {
			return nil, fmt.Errorf("token %d: SelfClosing is %v, the next end has an empty span: %v", len(out), tok.SelfClosing, !tok.SelfClosing)
		}
		out = append(out, describe(*tok))
	}
}

// selfClosed reports whether the tokenizer is about to report an empty
// end element.
func selfClosed(t *Tokenizer) bool { return t.closeTop }

// rawTokens returns the tokens of src as encoding/xml's RawToken (Strict)
// gives them, with InputOffset spans, or the decoder's error.
func rawTokens(src []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	var out []string
	for {
		start := int(d.InputOffset())
		tok, err := d.RawToken()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, describe(FromXML(tok, start, int(d.InputOffset()))))
	}
}

// checkToken reports how the tokens of Token differ from those of Next:
// the same kinds, local names, attribute values and data, and no error.
func checkToken(src []byte) error {
	d := xml.NewDecoder(bytes.NewReader(src))
	t := New(src)
	for i := 0; ; i++ {
		want, err := d.Token()
		got, ferr := t.Next()
		switch {
		case err == io.EOF && ferr == io.EOF:
			return nil
		case err != nil || ferr != nil:
			return fmt.Errorf("token %d: Token: %v, Next: %v", i, err, ferr)
		}
		w := FromXML(want, 0, 0)
		if a, b := localView(w), localView(*got); a != b {
			return fmt.Errorf("token %d: Token %s, Next %s", i, a, b)
		}
	}
}

// describe prints every field of a token but SelfClosing.
func describe(t Token) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d [%d,%d) %q:%q", t.Kind, t.Start, t.End, t.Name.Prefix, t.Name.Local)
	for _, a := range t.Attrs {
		fmt.Fprintf(&b, " %q:%q=%q", a.Name.Prefix, a.Name.Local, a.Value)
	}
	fmt.Fprintf(&b, " target=%q data=%q", t.Target, t.Data)
	return b.String()
}

// localView prints what Token's callers may rely on: no prefixes, which
// Token replaces with namespaces, and no spans.
func localView(t Token) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %q", t.Kind, t.Name.Local)
	for _, a := range t.Attrs {
		fmt.Fprintf(&b, " %q=%q", a.Name.Local, a.Value)
	}
	fmt.Fprintf(&b, " target=%q data=%q", t.Target, t.Data)
	return b.String()
}

// compare checks the contract on src: when Next accepts it, RawToken
// gives the same tokens and spans and Token the same tokens, without an
// error. It reports whether Next declined.
func compare(src []byte) (declined bool, err error) {
	fast, err := fastTokens(src)
	if errors.Is(err, ErrDecline) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	raw, err := rawTokens(src)
	if err != nil {
		return false, fmt.Errorf("accepted, but RawToken fails: %v", err)
	}
	if len(raw) != len(fast) {
		return false, fmt.Errorf("%d tokens, RawToken %d:\n%s\nRawToken:\n%s", len(fast), len(raw), strings.Join(fast, "\n"), strings.Join(raw, "\n"))
	}
	for i := range raw {
		if raw[i] != fast[i] {
			return false, fmt.Errorf("token %d:\n  Next     %s\n  RawToken %s", i, fast[i], raw[i])
		}
	}
	return false, checkToken(src)
}
