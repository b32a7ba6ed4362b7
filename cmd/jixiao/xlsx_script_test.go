package main

import (
	"os"

	"github.com/rogpeppe/go-internal/testscript"

	"jixiao/generator/xlsx/xlsxtest"
)

func init() {
	scriptCmds["mkxlsx"] = mkxlsx
	scriptCmds["xlsxdump"] = xlsxdump
}

// mkxlsx SPEC OUT.xlsx builds a workbook from a text description (see
// package xlsxtest), since a binary .xlsx cannot live in a txtar archive.
func mkxlsx(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkxlsx SPEC OUT.xlsx")
	}
	ts.Check(xlsxtest.WriteFile(ts.MkAbs(args[1]), ts.ReadFile(args[0])))
}

// xlsxdump FILE.xlsx prints a workbook's cells (with their types), merged
// ranges, validations, notes and defined names, for cmp or stdout.
func xlsxdump(ts *testscript.TestScript, neg bool, args []string) {
	stdout := ts.Stdout() // first, as testscript requires
	if neg || len(args) != 1 {
		ts.Fatalf("usage: xlsxdump FILE.xlsx")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	text, err := xlsxtest.Dump(data)
	ts.Check(err)
	_, err = stdout.Write([]byte(text))
	ts.Check(err)
}
