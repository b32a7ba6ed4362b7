package xmltok

import (
	"bytes"
	"strings"
)

// comment reads a comment at t.pos, <!--text-->, and declines every other
// markup that starts with "<!": CDATA sections and directives.
func (t *Tokenizer) comment() bool {
	if !bytes.HasPrefix(t.src[t.pos:], []byte("<!--")) {
		return false
	}
	body := t.src[t.pos+4:]
	n := bytes.Index(body, []byte("--"))
	if n < 0 || n+2 >= len(body) || body[n+2] != '>' {
		return false // unterminated, or "--" inside, which encoding/xml rejects
	}
	t.tok.Data = body[:n]
	return t.done(Comment, t.pos+4+n+3)
}

// procInst reads a processing instruction at t.pos, <?target inst?>. It
// declines an XML declaration encoding/xml rejects: a version other than
// 1.0 or an encoding other than UTF-8.
func (t *Tokenizer) procInst() bool {
	end, ok := t.scanName(t.pos + 2)
	if !ok {
		return false
	}
	target := t.intern(t.src[t.pos+2 : end])
	i := t.space(end)
	n := bytes.Index(t.src[i:], []byte("?>"))
	if n < 0 {
		return false
	}
	inst := t.src[i : i+n]
	if target == "xml" && !plainDeclaration(string(inst)) {
		return false
	}
	t.tok.Target, t.tok.Data = target, inst
	return t.done(ProcInst, i+n+2)
}

// plainDeclaration reports whether encoding/xml reads the XML declaration
// inst without an error and without a charset reader.
func plainDeclaration(inst string) bool {
	ver := DeclParam("version", inst)
	enc := DeclParam("encoding", inst)
	return (ver == "" || ver == "1.0") && (enc == "" || strings.EqualFold(enc, "utf-8"))
}

// DeclParam returns the value of param in an XML declaration as
// encoding/xml's procInst reads it: the first param= followed by a quote,
// up to the same quote, or "".
func DeclParam(param, s string) string {
	param += "="
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || len(param)+k >= len(sub) {
			return ""
		}
		i += len(param) + k + 1
		if c := sub[len(param)+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}
