package main

import (
	"os"

	"github.com/rogpeppe/go-internal/testscript"

	"jixiao/generator/docx/docxtest"
)

func init() {
	scriptCmds["mkdocx"] = mkdocx
	scriptCmds["docxtext"] = docxtext
}

// mkdocx OUT.docx BODY.xml [HEADER.xml] builds a .docx whose body (and
// header) content are the embedded WordprocessingML files, since a binary
// .docx cannot live in a txtar archive.
func mkdocx(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: mkdocx OUT.docx BODY.xml [HEADER.xml]")
	}
	pkg := docxtest.Package{Body: ts.ReadFile(args[1])}
	if len(args) == 3 {
		pkg.Header = ts.ReadFile(args[2])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), pkg.Bytes(), 0o644))
}

// docxtext FILE.docx PART prints the text of each paragraph of PART of
// FILE.docx on its own line, so that scripts can check rendered documents.
// Negated, it succeeds only when the file cannot be read as a .docx.
func docxtext(ts *testscript.TestScript, neg bool, args []string) {
	stdout := ts.Stdout() // first, as testscript requires
	if len(args) != 2 {
		ts.Fatalf("usage: docxtext FILE.docx PART")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	text, err := docxtest.Text(data, args[1])
	if neg {
		if err == nil {
			ts.Fatalf("%s opened", args[0])
		}
		return
	}
	ts.Check(err)
	_, err = stdout.Write([]byte(text))
	ts.Check(err)
}
