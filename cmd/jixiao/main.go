// Command jixiao turns one YAML file of a department's facts into its scored
// 部门整体支出绩效自评 package. Run `jixiao help` for the commands.
package main

import (
	"os"

	"jixiao/cmd/internal/root"
)

func main() {
	os.Exit(root.Main(os.Args[1:], root.StdIO()))
}
