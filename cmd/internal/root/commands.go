package root

import (
	"jixiao/cmd/internal/batch"
	"jixiao/cmd/internal/build"
	"jixiao/cmd/internal/check"
	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/diffcmd"
	"jixiao/cmd/internal/initcmd"
	"jixiao/cmd/internal/lint"
	"jixiao/cmd/internal/packcmd"
	"jixiao/cmd/internal/render"
	"jixiao/cmd/internal/schema"
	"jixiao/cmd/internal/score"
	"jixiao/cmd/internal/serve"
	"jixiao/cmd/internal/version"
)

// Commands lists every command in the order `jixiao help` shows them.
func Commands() []*cmdutil.Command {
	return []*cmdutil.Command{
		initcmd.NewCmd(),
		build.NewCmd(),
		batch.NewCmd(),
		check.NewCmd(),
		score.NewCmd(),
		diffcmd.NewCmd(),
		lint.NewCmd(),
		schema.NewCmd(),
		render.NewCmd(),
		packcmd.NewCmd(),
		serve.NewCmd(),
		version.NewCmd(),
	}
}
