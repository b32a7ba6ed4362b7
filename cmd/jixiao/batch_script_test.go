package main

import (
	"strconv"

	"github.com/rogpeppe/go-internal/testscript"

	"jixiao/generator/batch/batchtest"
)

func init() {
	scriptCmds["genunits"] = genunits
}

// genunits N DIR writes the facts files of N generated units into DIR:
// the complete example under the names 示例县单位001 … with varied figures.
func genunits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: genunits N DIR")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	_, err = batchtest.Write(ts.MkAbs(args[1]), n)
	ts.Check(err)
}
