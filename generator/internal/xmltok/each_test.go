package xmltok

import (
	"errors"
	"reflect"
	"testing"
)

// TestEach: Each and EachXML give a visitor the same tokens; Each says
// when it declines, and both stop at the visitor's error.
func TestEach(t *testing.T) {
	src := []byte(`<w:p xmlns:w="u"><w:t a="1&amp;2">x &lt; y</w:t><w:br/></w:p>`)
	var fast, slow []string
	collect := func(out *[]string) func(*Token) error {
		return func(tok *Token) error {
			*out = append(*out, string(rune('0'+tok.Kind))+tok.Name.Prefix+":"+tok.Name.Local+string(tok.Data)+string(src[tok.Start:tok.End]))
			return nil
		}
	}
	if err := Each(src, collect(&fast)); err != nil {
		t.Fatal(err)
	}
	if err := EachXML(src, true, nil, collect(&slow)); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fast, slow) || len(fast) != 7 {
		t.Errorf("Each:    %q\nEachXML: %q", fast, slow)
	}
	if err := Each([]byte(`<a><![CDATA[x]]></a>`), collect(&fast)); err != ErrDecline {
		t.Errorf("CDATA: %v; want ErrDecline", err)
	}
	stop := errors.New("stop")
	visit := func(*Token) error { return stop }
	if err := Each(src, visit); err != stop {
		t.Errorf("Each returned %v; want the visitor's error", err)
	}
	if err := EachXML(src, false, nil, visit); err != stop {
		t.Errorf("EachXML returned %v; want the visitor's error", err)
	}
}
