package main

import (
	"archive/zip"
	"bytes"
	"os"

	"github.com/rogpeppe/go-internal/testscript"

	"jixiao/generator/docx/docxtest"
)

func init() {
	scriptCmds["mkdocx"] = mkdocx
	scriptCmds["docxtext"] = docxtext
	scriptCmds["docxpart"] = docxpart
}

// docxpart FILE.docx PART CONTENT replaces part PART of FILE.docx by the
// bytes of file CONTENT, keeping the other entries as they are, so that
// scripts can break one part of a real template.
func docxpart(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: docxpart FILE.docx PART CONTENT")
	}
	src, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	ts.Check(err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != args[1] {
			ts.Check(zw.Copy(f))
			continue
		}
		w, err := zw.Create(f.Name)
		ts.Check(err)
		_, err = w.Write([]byte(ts.ReadFile(args[2])))
		ts.Check(err)
	}
	ts.Check(zw.Close())
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), out.Bytes(), 0o644))
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
