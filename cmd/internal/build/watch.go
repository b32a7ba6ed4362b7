package build

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/build"
	"jixiao/generator/diag"
)

// pollInterval is how often --watch looks at the files.
const pollInterval = 400 * time.Millisecond

// watchRun builds, then rebuilds whenever the facts file or the pack
// changes, until ctx ends; a template is parsed again only when it changed. A build that fails (a file that does not parse, a
// template error) writes nothing, so the last good documents stay in place.
func watchRun(ctx context.Context, io *cmdutil.IO, opts *Options) error {
	watching := *opts
	watching.templates = build.NewTemplates()
	opts = &watching
	last := watchedState(opts)
	var seen diag.List
	seen = rebuild(io, opts, seen)
	fmt.Fprintln(io.Out, "正在监视文件变化，按 Ctrl+C 结束。")
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
			if now := watchedState(opts); now != last {
				last = now
				fmt.Fprintln(io.Out, "—— 文件有变化，重新生成 ——")
				seen = rebuild(io, opts, seen)
			}
		}
	}
}

// rebuild runs one build and prints the findings that are new since the
// previous one; it returns the current findings.
func rebuild(io *cmdutil.IO, opts *Options, before diag.List) diag.List {
	res, _, err := buildOnce(io, opts, false)
	if err != nil {
		if err != cmdutil.ErrSilent {
			fmt.Fprintln(io.Err, err)
		}
		fmt.Fprintln(io.Err, "本次没有生成，上一次生成的文档保持不变。")
		return before
	}
	known := map[string]bool{}
	for _, d := range before {
		known[d.Msg] = true
	}
	var fresh diag.List
	for _, d := range res.Findings {
		if !known[d.Msg] {
			fresh = append(fresh, d)
		}
	}
	if len(fresh) > 0 {
		fmt.Fprintf(io.Out, "新发现 %d 个问题：\n", len(fresh))
		io.PrintDiags(fresh)
	}
	return res.Findings
}

// watchedState fingerprints the facts file's content and the pack's files,
// so that any save, even within the same second, is seen.
func watchedState(opts *Options) string {
	h := sha256.New()
	paths := append([]string(nil), opts.Facts...)
	if pack := watchedPack(opts); pack != "" {
		paths = append(paths, packFiles(pack)...)
	}
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		fmt.Fprintf(h, "%s\x00%d\x00%v\x00", p, len(data), err != nil)
		h.Write(data)
	}
	return string(h.Sum(nil))
}

// watchedPack is the folder or .zip of the pack the build uses: --pack, or
// the one the facts file names in its 模板包 line (read anew each time, so
// that changing the line switches the pack watched); "" for the built-in.
func watchedPack(opts *Options) string {
	if opts.Pack != "" || len(opts.Facts) != 1 {
		return opts.Pack
	}
	src, err := os.ReadFile(opts.Facts[0])
	if err != nil {
		return ""
	}
	_, path, _ := cmdutil.StampedPackPath(opts.Facts[0], src)
	return path
}

func packFiles(root string) []string {
	info, err := os.Stat(root)
	if err != nil || !info.IsDir() {
		return []string{root}
	}
	var out []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			out = append(out, p)
		}
		return nil
	})
	return out
}
