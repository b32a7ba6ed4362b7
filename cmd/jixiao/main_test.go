package main

import (
	"os"
	"path/filepath"
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
// each in a fresh folder holding only the files the script embeds; $REPO
// is the repository, for the packs of templates/ that the binary does not
// embed.
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds:                scriptCmds,
		Setup: func(env *testscript.Env) error {
			// JIXIAO_BIN is the folder holding only the jixiao command
			// (testscript puts it first on PATH): PATH=$JIXIAO_BIN runs
			// jixiao without the system's programs (LibreOffice, fc-list).
			env.Setenv("JIXIAO_BIN", filepath.SplitList(env.Getenv("PATH"))[0])
			env.Setenv("REPO", repo)
			return nil
		},
	})
}
