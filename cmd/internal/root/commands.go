package root

import (
	"jixiao/cmd/internal/build"
	"jixiao/cmd/internal/check"
	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/lint"
	"jixiao/cmd/internal/render"
	"jixiao/cmd/internal/score"
)

// Commands lists every command in the order `jixiao help` shows them.
func Commands() []*cmdutil.Command {
	return []*cmdutil.Command{
		build.NewCmd(),
		check.NewCmd(),
		score.NewCmd(),
		lint.NewCmd(),
		render.NewCmd(),
	}
}
