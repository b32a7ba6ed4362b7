package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"jixiao/cmd/internal/root"
)

func TestMain(m *testing.M) {
	if os.Getenv("JIXIAO_AS_MAIN") == "1" { // the bad-input catalog runs the test binary as jixiao
		os.Exit(root.Main(os.Args[1:], root.StdIO()))
	}
	testscript.Main(m, map[string]func(){
		"jixiao": func() { os.Exit(root.Main(os.Args[1:], root.StdIO())) },
	})
}

// scriptCmds are the custom script commands, each registered by the test
// file of the area it serves (docx_script_test.go: mkdocx, docxtext).
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){}

// TestScripts runs the command-line scenarios in testdata/script/*.txtar,
// each in a fresh folder holding only the files the script embeds.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds:                scriptCmds,
	})
}
