package cmdutil

import (
	"flag"
	"fmt"
	"path/filepath"

	"jixiao/data"
	"jixiao/generator/diag"
	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/fserr"
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

// Input says which facts file a command reads and with which pack.
type Input struct {
	Pack    string   // --pack: overrides the facts file's 模板包
	Example string   // --example: a built-in example by name
	Facts   []string // the facts file, at most one
}

// Examples are the built-in example units by name: the seed unit (the
// default when no file is given) and the complete, fictitious one.
var Examples = map[string]struct{ Name string }{
	"长沙县": {data.ExampleName},
	"完整":  {data.CompleteName},
}

// ExampleFlag registers --example.
func ExampleFlag(fs *flag.FlagSet, v *string) {
	fs.StringVar(v, "example", "", "使用内置示例：长沙县（照录原件，含缺漏和矛盾；不指定文件时的默认）或 完整（填写完整、可上报）")
}

// source is a facts file read, with the name messages use.
type source struct {
	name string
	src  []byte
	file bool // read from disk (its 模板包 applies)
}

// readInput reads the facts named by in before the pack is known: a file,
// or the complete example; the seed example comes from the pack.
func readInput(in Input) (*source, error) {
	if err := MaxArgs(in.Facts, 1); err != nil {
		return nil, err
	}
	switch {
	case len(in.Facts) == 1 && in.Example != "":
		return nil, Usagef("--example 和事实文件只能用一个")
	case len(in.Facts) == 1:
		src, err := facts.ReadFile(in.Facts[0])
		if err != nil {
			return nil, Usagef("无法读取事实文件“%s”：%s", in.Facts[0], fserr.Explain(err))
		}
		return &source{name: in.Facts[0], src: src, file: true}, nil
	case in.Example == "完整":
		return &source{name: "内置示例/" + data.CompleteName, src: data.Complete}, nil
	case in.Example != "" && in.Example != "长沙县":
		return nil, Usagef("没有名为“%s”的内置示例（可用：长沙县、完整）", in.Example)
	}
	return nil, nil
}

// packFor decides the pack: --pack, else the facts file's 模板包 (relative
// to the file), else the built-in one. It warns when --pack overrides a
// different 模板包.
func packFor(io *IO, in Input, s *source) (string, diag.Pos) {
	if s == nil || !s.file {
		return in.Pack, diag.Pos{}
	}
	ref, stamped, pos := StampedPackPath(s.name, s.src)
	if ref == "" {
		return in.Pack, diag.Pos{}
	}
	if in.Pack == "" {
		return stamped, pos
	}
	if !samePath(in.Pack, stamped) {
		fmt.Fprintf(io.Err, "%s: 提示: 事实文件写明模板包“%s”，本次按 --pack 指定的“%s”计分\n", pos, ref, in.Pack)
	}
	return in.Pack, diag.Pos{}
}

// StampedPackPath returns the pack the facts file name (content src)
// names in its 模板包 line: as written, as a path (relative to the facts
// file's folder unless absolute) and where it is written; "" when there is
// none.
func StampedPackPath(name string, src []byte) (ref, path string, pos diag.Pos) {
	ref, pos = facts.StampedPack(name, src)
	if ref == "" {
		return "", "", diag.Pos{}
	}
	path = ref
	if !filepath.IsAbs(ref) {
		path = filepath.Join(filepath.Dir(name), ref)
	}
	return ref, path, pos
}

func samePath(a, b string) bool {
	aa, errA := filepath.Abs(a)
	bb, errB := filepath.Abs(b)
	return errA == nil && errB == nil && filepath.Clean(aa) == filepath.Clean(bb)
}

// Evaluate loads the pack at packPath (or the one the facts file names) and
// the facts named by args and runs the scoring core; see EvaluateInput.
func Evaluate(io *IO, packPath string, args []string) (*evaluate.Result, error) {
	return EvaluateInput(io, Input{Pack: packPath, Facts: args})
}

// ReadFacts returns the facts file named by args (at most one), or the
// pack's example when there is none, with the name to use in messages.
func ReadFacts(io *IO, p *pack.Pack, args []string) (string, []byte, error) {
	s, err := readInput(Input{Facts: args})
	if err != nil {
		return "", nil, err
	}
	if s != nil {
		return s.name, s.src, nil
	}
	name, src, ok := p.Example()
	if !ok {
		return "", nil, Usagef("模板包没有示例，请指定事实文件")
	}
	fmt.Fprintf(io.Err, "未指定事实文件，使用%s\n", name)
	return name, src, nil
}

// EvaluateInput reads the facts and the pack they call for and runs the
// scoring core, printing load errors. The consistency findings are left to
// the caller.
func EvaluateInput(io *IO, in Input) (*evaluate.Result, error) {
	s, err := readInput(in)
	if err != nil {
		return nil, err
	}
	packPath, stampPos := packFor(io, in, s)
	p, err := LoadPack(io, packPath)
	if err != nil {
		if !stampPos.IsZero() {
			fmt.Fprintf(io.Err, "%s: 事实文件的“模板包”指向“%s”；可以改正它，或用 --pack 指定模板包\n", stampPos, packPath)
		}
		return nil, err
	}
	if s == nil {
		name, src, err := ReadFacts(io, p, nil)
		if err != nil {
			return nil, err
		}
		s = &source{name: name, src: src}
	}
	io.Remember(s.name, s.src)
	res, diags := evaluate.Run(p, s.name, s.src)
	if diags.HasErrors() {
		io.PrintDiags(diags)
		fmt.Fprintf(io.Err, "事实文件有 %d 个错误，请改正后再试。\n", len(diags.Errors()))
		return nil, ErrSilent
	}
	io.PrintDiags(diags)
	return res, nil
}

// PackLine names the pack that scored the unit: “长沙县部门整体支出绩效自评
// 2023.1（内置）”.
func PackLine(p *pack.Pack) string {
	s := PackName(p)
	if p.Source == pack.BuiltIn {
		return s + "（内置）"
	}
	return s + "（" + p.Source + "）"
}

// PackName is the pack's 名称 and 版本: "某县部门整体支出绩效自评 2023.2".
func PackName(p *pack.Pack) string {
	if p.Meta.Version == "" {
		return p.Meta.Name
	}
	return p.Meta.Name + " " + p.Meta.Version
}

// Summary is "共 2 个错误、3 个提示".
func Summary(l diag.List) string {
	return fmt.Sprintf("共 %d 个错误、%d 个提示", len(l.Errors()), len(l.Warnings()))
}
