package packlint

import (
	"go.yaml.in/yaml/v3"

	"jixiao/generator/facts"
)

// Sample returns a facts file in which every field of schema is filled
// (lists with one item, narratives with one titled section), so that
// rendering it touches every name a template may use.
func Sample(schema *facts.Field) []byte {
	data, err := yaml.Marshal(node(schema))
	if err != nil {
		panic(err) // nodes built here always marshal
	}
	return data
}

func node(f *facts.Field) *yaml.Node {
	switch f.Kind {
	case facts.Object:
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, c := range f.Fields {
			m.Content = append(m.Content, scalar(c.Key), node(c))
		}
		return m
	case facts.List:
		return &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{node(f.Elem)}}
	case facts.Narrative:
		sec := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("标题"), scalar("示例"), scalar("正文"), scalar("示例")}}
		return &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{sec}}
	}
	return scalar(sampleValue(f))
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

func sampleValue(f *facts.Field) string {
	if len(f.Enum) > 0 {
		return f.Enum[0]
	}
	switch f.Kind {
	case facts.Money, facts.Count:
		return "1"
	case facts.Decimal:
		return "0"
	case facts.Year:
		return "2023"
	case facts.Date:
		return "2023-04-13"
	case facts.Bool:
		return "是"
	}
	return "示例"
}
