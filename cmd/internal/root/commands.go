package root

import (
	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/render"
)

// Commands lists every command in the order `jixiao help` shows them.
func Commands() []*cmdutil.Command {
	return []*cmdutil.Command{
		render.NewCmd(),
	}
}
