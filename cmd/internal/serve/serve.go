// Package serve implements `jixiao serve`: the local web page to fill in,
// check, score, save and build a facts file (generator/webui).
package serve

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/cmd/internal/initcmd"
	"jixiao/cmd/internal/schema"
	"jixiao/generator/fserr"
	"jixiao/generator/webui"
)

// Options are the parsed command line of `jixiao serve`.
type Options struct {
	Pack   string
	Port   int
	Listen string // an address other than loopback, for a shared machine
	Open   bool   // open the page in the default browser
	Facts  []string
	// Context ends the server; nil means until Ctrl+C.
	Context context.Context
	// OpenBrowser opens url; nil means the system's default browser.
	OpenBrowser func(url string) error
}

// NewCmd returns the serve command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "serve",
		Summary: "在浏览器中填写、检查、评分、保存事实文件并下载全套材料（本机网页）",
		Usage:   "jixiao serve [事实文件] [--port 端口] [--open] [--listen 地址:端口] [--pack 模板包]",
		Long: `启动一个只有本机能访问的网页（127.0.0.1，默认随机选一个空闲端口），并打印它的网址；加 --open 时自动用默认浏览器打开。
网页按事实文件的结构生成表格（各项按表上印的名称），边填边检查（与 jixiao check 的提示相同），右边随时显示总分、等级、各一级指标得分，
以及与 jixiao check 相同的“离可上报的材料还差”：草稿还有几处待补、缺少的事实、待评的指标、每个文档中的【待补】。
可以从上年的事实文件开始新的一年（同 jixiao init --from），可以在网页中预览自评报告。
“保存”只改动修改过的那几行，文件中的注释和其余内容原样保留；“生成材料”后可逐个或打包下载全部文档。
“汇总各单位”（县财政局用）：选择或拖入各单位的事实文件（或选工作文件夹中的一个文件夹）和模板包，一次生成每个单位的材料和汇总表（与 jixiao batch 相同），
网页显示进度、每个单位一行和按得分排列的单位表，可下载汇总表和全部材料的压缩包；这些文件放在临时文件夹中，再汇总一批或停止 jixiao 时删除。
指定事实文件时编辑这个文件，工作文件夹是它所在的文件夹；否则工作文件夹是当前文件夹。网页只在工作文件夹中打开、新建和保存文件，
只会改写正在编辑的那个文件，而且如果它在打开后被别的程序改过，就不保存。
网址中带有随机口令（token），只有拿到完整网址的人能打开。--listen 0.0.0.0:8080 让其他电脑也能访问（没有账户和密码，请只在可信网络中使用）。
按 Ctrl+C 或关闭窗口即停止。`,
		Run: func(io *cmdutil.IO, args []string) error {
			opts := &Options{}
			fs := flag.NewFlagSet("serve", flag.ContinueOnError)
			fs.StringVar(&opts.Pack, "pack", "", "模板包（文件夹或 .zip）")
			fs.IntVar(&opts.Port, "port", 0, "端口（0 = 任选一个空闲端口）")
			fs.StringVar(&opts.Listen, "listen", "", "监听地址，如 0.0.0.0:8080（默认只监听本机 127.0.0.1）")
			fs.BoolVar(&opts.Open, "open", false, "用默认浏览器打开网页")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if err := cmdutil.MaxArgs(pos, 1); err != nil {
				return err
			}
			opts.Facts = pos
			return serveRun(io, opts)
		},
	}
}

func serveRun(io *cmdutil.IO, opts *Options) error {
	p, err := cmdutil.LoadPack(io, opts.Pack)
	if err != nil {
		return err
	}
	sch, err := schema.JSON(p)
	if err != nil {
		return err
	}
	dir, err := workDir(opts.Facts)
	if err != nil {
		return err
	}
	sess := webui.NewSession(webui.Config{Pack: p, Dir: dir, SchemaName: initcmd.SchemaFile, Schema: sch})
	defer sess.Close() // the bureau's batch files are temporary
	if len(opts.Facts) == 1 {
		if err := sess.OpenPath(opts.Facts[0]); err != nil {
			return cmdutil.Usagef("%v", err)
		}
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(opts.Port))
	if opts.Listen != "" {
		addr = opts.Listen
	}
	l, err := webui.Listen(addr, sess)
	if err != nil {
		return cmdutil.Usagef("无法在 %s 上启动：%v", addr, err)
	}
	if l.Shared {
		fmt.Fprintf(io.Err, "警告：--listen %s 让其他电脑也能打开这个网页。jixiao 没有账户和密码，"+
			"任何拿到下面完整网址（含 token）的人都能查看、修改和保存这里的事实文件。请只在可信的内部网络中使用，用完立即关闭。\n", opts.Listen)
	}
	return run(io, opts, l)
}

// workDir is the folder of the facts file, or the current folder.
func workDir(args []string) (string, error) {
	if len(args) == 1 {
		if _, err := os.Stat(args[0]); err != nil {
			return "", cmdutil.Usagef("无法读取事实文件“%s”：%s", args[0], fserr.Explain(err))
		}
		return filepath.Abs(filepath.Dir(args[0]))
	}
	return os.Getwd()
}

// run serves until the context ends (Ctrl+C by default).
func run(io *cmdutil.IO, opts *Options, l *webui.Listening) error {
	ctx := opts.Context
	if ctx == nil {
		var stop context.CancelFunc
		// SIGTERM is also what Windows sends when the console window is
		// closed: stopping cleanly removes the bureau's temporary files.
		ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
	}
	fmt.Fprintf(io.Out, "jixiao 网页已启动：%s\n", l.URL)
	fmt.Fprintln(io.Out, "请在浏览器中打开上面的网址（含 token）。要停止，按 Ctrl+C 或关闭本窗口；停止前请先在网页上保存。")
	if opts.Open {
		openPage(io, opts, l.URL)
	}
	if err := l.Serve(ctx); err != nil {
		return &cmdutil.OutputError{Err: err}
	}
	fmt.Fprintln(io.Out, "jixiao 网页已停止。")
	return nil
}

func openPage(io *cmdutil.IO, opts *Options, url string) {
	open := opts.OpenBrowser
	if open == nil {
		open = OpenBrowser
	}
	if err := open(url); err != nil {
		fmt.Fprintf(io.Err, "无法自动打开浏览器（%v），请把上面的网址复制到浏览器中打开。\n", err)
	}
}
