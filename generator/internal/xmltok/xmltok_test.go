package xmltok

import "testing"

// edgeCases are documents at the edges of what the tokenizer reads, with
// whether it must decline them.
var edgeCases = []struct {
	name, src string
	decline   bool
}{
	{"empty", "", false},
	{"text only", "abc", false},
	{"white space only", " \r\n\t", false},
	{"declaration", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n<a/>", false},
	{"declaration single quotes", `<?xml version='1.0' encoding='utf-8'?><a/>`, false},
	{"declaration other version", `<?xml version="1.1"?><a/>`, true},
	{"declaration other encoding", `<?xml version="1.0" encoding="GBK"?><a/>`, true},
	{"processing instruction", `<a><?mso-application progid="Word.Document"?></a>`, false},
	{"empty processing instruction", `<?pi?><a/>`, false},
	{"unterminated processing instruction", `<?pi x`, true},
	{"self-closing", `<w:p/>`, false},
	{"self-closing with space", `<w:p />`, false},
	{"slash not before >", `<a/ >`, true},
	{"nested", `<w:document xmlns:w="u"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`, false},
	{"end tag with space", `<a></a >`, false},
	{"predefined entities", `<t>&lt;&gt;&amp;&apos;&quot;</t>`, false},
	{"unknown entity", `<t>&nbsp;</t>`, true},
	{"entity without semicolon", `<t>&amp x</t>`, true},
	{"bare ampersand", `<t>a & b</t>`, true},
	{"decimal reference", `<t>&#12304;&#65;</t>`, false},
	{"hex reference", `<t>&#x3010;&#x41;&#x1F600;</t>`, false},
	{"upper-case X reference", `<t>&#X41;</t>`, true},
	{"leading zeros", `<t>&#0065;&#x0041;</t>`, false},
	{"empty reference", `<t>&#;</t>`, true},
	{"reference to NUL", `<t>&#0;</t>`, true},
	{"reference to a control", `<t>&#1;</t>`, true},
	{"reference to a surrogate", `<t>&#xD800;</t>`, true},
	{"reference beyond Unicode", `<t>&#x110000;</t>`, true},
	{"huge reference", `<t>&#99999999999999999999;</t>`, true},
	{"attributes both quotes", `<a x="1" y='2' z="it's" q='say "hi"'/>`, false},
	{"attribute entities", `<a x="&lt;&amp;&#65;&quot;" y='&apos;'/>`, false},
	{"attribute unknown entity", `<a x="&copy;"/>`, true},
	{"space around =", "<a x = \"1\"\ty\n=\r\n'2'/>", false},
	{"no space between attributes", `<a x="1"y="2"/>`, false},
	{"> in attribute", `<a x="a>b"/>`, false},
	{"< in attribute", `<a x="a<b"/>`, true},
	{"tab and newline in attribute", "<a x=\"a\tb\nc\"/>", false},
	{"CR in attribute", "<a x=\"a\r\nb\rc\"/>", false},
	{"CR in text", "<t>a\r\nb\rc\r\r\nd</t>", false},
	{"CR before entity", "<t>a\r&amp;\nb</t>", false},
	{"unquoted attribute", `<a x=1/>`, true},
	{"attribute without value", `<a x/>`, true},
	{"namespaced attributes", `<w:p xmlns:w="u" w14:paraId="1A" xml:space="preserve" w:rsidR="00AB"/>`, false},
	{"]]> in attribute", `<a x="]]>"/>`, false},
	{"]]> in text", `<t>a]]>b</t>`, true},
	{"]] in text", `<t>a]]b]</t>`, false},
	{"CDATA", `<t><![CDATA[a<b]]></t>`, true},
	{"DOCTYPE", `<!DOCTYPE a><a/>`, true},
	{"comment", `<a><!-- a comment - with dash --></a>`, false},
	{"empty comment", `<!----><a/>`, false},
	{"double dash in comment", `<!-- a -- b --><a/>`, true},
	{"comment ending --->", `<!-- a ---><a/>`, true},
	{"comment with odd bytes", "<!-- \x01\xff --><a/>", false},
	{"unterminated comment", `<a><!-- x`, true},
	{"mismatched end", `<a></b>`, true},
	{"mismatched prefix", `<w:a></a>`, true},
	{"end without start", `</a>`, true},
	{"unclosed", `<a><b></b>`, true},
	{"truncated start tag", `<a x="1"`, true},
	{"truncated name", `<a><b`, true},
	{"lone <", `<`, true},
	{"< and space", `< a/>`, true},
	{"two roots", `<a/><b/>`, false},
	{"text after root", `<a/>tail`, false},
	{"name with dot and dash", `<a.b-c_d1/>`, false},
	{"name starting with digit", `<1a/>`, true},
	{"name starting with colon", `<:a/>`, true},
	{"name ending with colon", `<a:/>`, true},
	{"name with two colons", `<a:b:c/>`, true},
	{"non-ASCII name", `<名/>`, true},
	{"name then non-ASCII", "<a\u00e9/>", true},
	{"non-ASCII text", `<t>【待补：等级】</t>`, false},
	{"BOM", "\ufeff<a/>", false},
	{"invalid UTF-8", "<t>\xff</t>", true},
	{"truncated UTF-8", "<t>\xe3\x80</t>", true},
	{"U+FFFE", "<t>\uFFFE</t>", true},
	{"U+FFFD", "<t>\uFFFD</t>", false},
	{"control character", "<t>\x01</t>", true},
	{"NUL", "<t>\x00</t>", true},
	{"invalid UTF-8 in attribute", "<a x=\"\xc3\"/>", true},
	{"three-byte characters", "<t a=\"\u1000\uCFFF\">\u0FFF\u1000\uCFFF\uD000\uD7FF\uE000\uEFFF\uF000\uFF0C</t>", false},
	{"encoded surrogate", "<t>\xed\xa0\x80</t>", true},
	{"truncated three-byte character", "<t>\xe4\xb8</t>", true},
	{"bad continuation byte", "<t>\xe4\xc0\x80</t>", true},
	{"overlong encoding", "<t>\xe0\x80\xaf</t>", true},
	{"word paragraph", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">` +
		`<w:body><w:p w14:paraId="1A2B3C4D" w:rsidR="00A1"><w:pPr><w:jc w:val="center"/></w:pPr>` +
		`<w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{{.单位}} &amp; 【待补：&#12304;】 </w:t></w:r>` +
		`<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p><w:sectPr/></w:body></w:document>`, false},
	{"sheet row", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1" spans="1:3">` +
		`<c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>a&lt;b</t></is></c><c r="C1"><f>SUM(A1:B1)&gt;0</f><v>1</v></c>` +
		`</row></sheetData></worksheet>`, false},
}

// TestEdgeCases checks each edge case: declined when it must be, else
// the same tokens and spans as encoding/xml.
func TestEdgeCases(t *testing.T) {
	for _, c := range edgeCases {
		t.Run(c.name, func(t *testing.T) {
			declined, err := compare([]byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if declined != c.decline {
				t.Errorf("declined = %v, want %v", declined, c.decline)
			}
		})
	}
}

// FuzzTokens checks that whatever Next accepts, encoding/xml accepts with
// identical tokens and spans.
func FuzzTokens(f *testing.F) {
	for _, c := range edgeCases {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, err := compare(src); err != nil {
			t.Fatal(err)
		}
	})
}
