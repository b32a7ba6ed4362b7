// Package schema implements `jixiao schema`: the JSON Schema of the facts
// file of a pack, for editors that check YAML as it is typed.
package schema

import (
	"encoding/json"
	"flag"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
)

// NewCmd returns the schema command.
func NewCmd() *cmdutil.Command {
	return &cmdutil.Command{
		Name:    "schema",
		Summary: "输出事实文件的 JSON Schema（标题和说明为中文），供 VS Code 等编辑器边写边检查",
		Usage:   "jixiao schema [--pack 模板包] > 事实文件.schema.json",
		Long:    `在事实文件第一行写 # yaml-language-server: $schema=事实文件.schema.json，VS Code 的 YAML 插件就会提示可写的项并检查类型。jixiao init 会自动写好这两样。`,
		Run: func(io *cmdutil.IO, args []string) error {
			var packPath string
			fs := flag.NewFlagSet("schema", flag.ContinueOnError)
			fs.StringVar(&packPath, "pack", "", "模板包（文件夹或 .zip）")
			pos, err := cmdutil.Parse(fs, args)
			if err != nil {
				return err
			}
			if err := cmdutil.MaxArgs(pos, 0); err != nil {
				return err
			}
			p, err := cmdutil.LoadPack(io, packPath)
			if err != nil {
				return err
			}
			data, err := JSON(p)
			if err != nil {
				return err
			}
			_, err = io.Out.Write(data)
			return err
		},
	}
}

// JSON returns the pack's facts schema as indented JSON.
func JSON(p *pack.Pack) ([]byte, error) {
	data, err := json.MarshalIndent(facts.JSONSchema(p.Rubric.FactsSchema()), "", "  ")
	return append(data, '\n'), err
}
