package root

import (
	"fmt"

	"jixiao/cmd/internal/cmdutil"
)

const exitStatus = `退出码：
  0  完成（可能有提示）
  1  输入有错误（事实文件、评分规则、模板或模板包）；check --final、build --final 时材料还不完整
  2  命令行用法错误
  3  无法写出结果文件
  4  jixiao 内部错误`

// printHelp prints the help of jixiao, or of the command named in args;
// it returns the exit code: ExitUsage for an unknown command.
func printHelp(io *cmdutil.IO, args []string) int {
	if len(args) > 1 {
		c := find(args[1])
		if c == nil {
			fmt.Fprintf(io.Err, "没有“%s”这个命令。%s\n运行 jixiao help 查看所有命令。\n", args[1], suggest(args[1]))
			return cmdutil.ExitUsage
		}
		printCommandHelp(io, c)
		return cmdutil.ExitOK
	}
	fmt.Fprintln(io.Out, "jixiao（绩效）— 由一份事实文件生成部门整体支出绩效自评材料\n\n命令：")
	for _, c := range Commands() {
		fmt.Fprintf(io.Out, "  %-8s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintf(io.Out, "\n运行 jixiao help <命令> 查看命令的详细说明。\n\n%s\n", exitStatus)
	return cmdutil.ExitOK
}

func printCommandHelp(io *cmdutil.IO, c *cmdutil.Command) {
	fmt.Fprintf(io.Out, "用法：%s\n\n%s\n", c.Usage, c.Summary)
	if c.Long != "" {
		fmt.Fprintf(io.Out, "\n%s\n", c.Long)
	}
	fmt.Fprintf(io.Out, "\n%s\n", exitStatus)
}
