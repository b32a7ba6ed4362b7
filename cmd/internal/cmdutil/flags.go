package cmdutil

import (
	"flag"
	"io"
	"strings"
)

// Parse parses args with fs, accepting flags before, between and after the
// positional arguments ("score 数据.yaml --json" and "score --json
// 数据.yaml" both work; "--" ends the flags). It returns the positional
// arguments. Unknown flags and bad values give a UsageError in Chinese.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, translateFlagError(err)
		}
		rest := fs.Args()
		if ended(args, rest) {
			return append(positional, rest...), nil // "--" ended the flags: the rest are files
		}
		args = rest
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// ended reports whether flag parsing of args stopped at a "--", which the
// flag package consumes: the argument just before what remains is "--".
func ended(args, rest []string) bool {
	i := len(args) - len(rest) - 1
	return i >= 0 && args[i] == "--"
}

func translateFlagError(err error) error {
	msg := err.Error()
	switch {
	case err == flag.ErrHelp:
		return flag.ErrHelp
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		return Usagef("未知选项 %s", strings.TrimPrefix(msg, "flag provided but not defined: "))
	case strings.HasPrefix(msg, "flag needs an argument: "):
		return Usagef("选项 %s 需要一个值", strings.TrimPrefix(msg, "flag needs an argument: "))
	case strings.HasPrefix(msg, "invalid value "):
		return Usagef("选项的值不对：%s", strings.TrimPrefix(msg, "invalid value "))
	}
	return Usagef("%s", msg)
}

// MaxArgs returns a UsageError when there are more than n positional args.
func MaxArgs(args []string, n int) error {
	if len(args) > n {
		return Usagef("多余的参数：%s", strings.Join(args[n:], " "))
	}
	return nil
}
