// Command cmd writes xmlattrs.go in the current directory (generator/xlsx,
// under go generate) from the excelize module the build uses. See package
// attrgen.
package main

import (
	"flag"
	"fmt"
	"os"

	"jixiao/generator/xlsx/internal/attrgen"
)

func main() {
	out := flag.String("o", "xmlattrs.go", "the file to write")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "attrgen:", err)
		os.Exit(1)
	}
}

// run generates the table and writes it to out.
func run(out string) error {
	src, err := attrgen.Excelize(".")
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}
