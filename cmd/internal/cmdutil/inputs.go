package cmdutil

import (
	"fmt"
	"os"

	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

// LoadPack opens the pack at path ("" = built-in), printing its problems.
// A pack whose rubric or pack.yaml has errors (pack.Gate) is refused, with
// the errors, since every unit's documents would be wrong.
func LoadPack(io *IO, path string) (*pack.Pack, error) {
	p, err := OpenPack(io, path)
	if err != nil {
		return nil, err
	}
	if diags := p.Gate(); diags.HasErrors() {
		io.PrintDiags(diags)
		fmt.Fprintf(io.Err, "模板包有 %d 个错误，不能使用：请改正后用 jixiao lint --pack 检查。\n", len(diags.Errors()))
		return nil, ErrSilent
	}
	return p, nil
}

// OpenPack opens the pack at path without refusing it for rubric or
// pack.yaml errors: for `jixiao lint`, which reports them.
func OpenPack(io *IO, path string) (*pack.Pack, error) {
	p, diags := pack.Open(path)
	if p != nil {
		for name, src := range p.Sources {
			io.Remember(name, src)
		}
	}
	if diags.HasErrors() {
		io.PrintDiags(diags)
		return nil, ErrSilent
	}
	return p, nil
}

// ReadFacts returns the facts file named by args (at most one), or the
// pack's example when there is none, with the name to use in messages.
func ReadFacts(io *IO, p *pack.Pack, args []string) (string, []byte, error) {
	if err := MaxArgs(args, 1); err != nil {
		return "", nil, err
	}
	if len(args) == 0 {
		name, src, ok := p.Example()
		if !ok {
			return "", nil, Usagef("模板包没有示例，请指定事实文件")
		}
		fmt.Fprintf(io.Err, "未指定事实文件，使用%s\n", name)
		return name, src, nil
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		return "", nil, Usagef("无法读取事实文件：%v", err)
	}
	return args[0], src, nil
}

// Evaluate loads pack and facts and runs the scoring core, printing load
// errors. The consistency findings are left to the caller.
func Evaluate(io *IO, packPath string, args []string) (*evaluate.Result, error) {
	p, err := LoadPack(io, packPath)
	if err != nil {
		return nil, err
	}
	name, src, err := ReadFacts(io, p, args)
	if err != nil {
		return nil, err
	}
	io.Remember(name, src)
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		io.PrintDiags(diags)
		fmt.Fprintf(io.Err, "事实文件有 %d 个错误，请改正后再试。\n", len(diags.Errors()))
		return nil, ErrSilent
	}
	io.PrintDiags(diags)
	return res, nil
}

// Summary is "共 2 个错误、3 个提示".
func Summary(l diag.List) string {
	return fmt.Sprintf("共 %d 个错误、%d 个提示", len(l.Errors()), len(l.Warnings()))
}
