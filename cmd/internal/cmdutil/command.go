package cmdutil

// Command is one subcommand of jixiao.
type Command struct {
	Name    string
	Summary string // one line, shown in `jixiao help`
	Usage   string // "jixiao score [事实文件] [--json]"
	Long    string // more help, shown in `jixiao help <command>`
	// Run executes the command with the arguments after its name.
	Run func(io *IO, args []string) error
}
