package batchtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"jixiao/data"
)

// Name is the name of unit i: 示例县单位001, 示例县单位002, ….
func Name(i int) string { return fmt.Sprintf("示例县单位%03d", i+1) }

// Facts returns the facts file of unit i.
func Facts(i int) []byte {
	var doc yaml.Node
	if err := yaml.Unmarshal(data.Complete, &doc); err != nil {
		panic(err) // the embedded example is part of the build
	}
	for _, c := range changes(i) {
		set(doc.Content[0], c.path, c.value)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// change sets the fact at path (keys joined by dots) to value.
type change struct{ path, value string }

// changes are the varied facts of unit i. The figures come from a small
// deterministic generator seeded by i, each within the range where it stays
// consistent with the others (完成数 ≤ 计划数, 序时执行数 rising, 评定 ≤ 分值).
func changes(i int) []change {
	r := rng(uint32(i)*2654435761 + 1)
	actual := 30 + r.n(11)    // of 40 planned
	timely := actual - r.n(4) // ≤ actual
	quality := actual - r.n(3)
	satisfied := 330 + r.n(140)
	basic := r.n(500 - satisfied + 1)
	return []change{
		{"单位", Name(i)},
		{"人员.在职人数", fmt.Sprint(52 + r.n(12))}, // 编制数 60
		{"职责履行.实际完成数", fmt.Sprint(actual)},
		{"职责履行.及时完成数", fmt.Sprint(timely)},
		{"职责履行.质量达标数", fmt.Sprint(quality)},
		{"职责履行.重点工作完成数", fmt.Sprint(9 + r.n(4))}, // of 12
		{"满意度.满意数", fmt.Sprint(satisfied)},
		{"满意度.基本满意数", fmt.Sprint(basic)},
		{"预算执行.序时进度.三季度.序时执行数", fmt.Sprint(2900 + r.n(500))},
		{"评定.资金使用合规性.符合财经法规.不符合例数", fmt.Sprint(r.n(3))},
		{"评定.资金使用合规性.审批程序完整.不符合例数", fmt.Sprint(r.n(3))},
		{"评定.资金使用合规性.集体研究决策.不符合例数", fmt.Sprint(r.n(2))},
		{"评定.信息公开性.预决算和绩效信息公开.得分", fmt.Sprint(r.n(2))},
		{"评定.经济效益.得分", half(r.n(11))}, // 0–5 of 5
		{"评定.社会效益.得分", half(r.n(15))}, // 0–7 of 7
		{"评定.生态效益.得分", half(r.n(11))}, // 0–5 of 5
	}
}

// half is n halves as a decimal: 7 → "3.5".
func half(n int) string {
	if n%2 == 0 {
		return fmt.Sprint(n / 2)
	}
	return fmt.Sprintf("%d.5", n/2)
}

// rng is a linear congruential generator: the same unit, the same figures.
type rng uint32

func (r *rng) n(max int) int {
	*r = *r*1664525 + 1013904223
	return int(uint32(*r)>>8) % max
}

// set replaces the scalar at path below mapping m.
func set(m *yaml.Node, path, value string) {
	keys := strings.Split(path, ".")
	for _, k := range keys {
		m = child(m, k, path)
	}
	if m.Kind != yaml.ScalarNode {
		panic("batchtest: " + path + " is not a scalar")
	}
	m.Value, m.Tag, m.Style = value, "", 0
}

func child(m *yaml.Node, key, path string) *yaml.Node {
	for j := 0; j+1 < len(m.Content); j += 2 {
		if m.Content[j].Value == key {
			return m.Content[j+1]
		}
	}
	panic("batchtest: the complete example has no " + path)
}

// Write writes the facts files of units 0 … n−1 into dir, named
// <单位>-2023.yaml, and returns their paths.
func Write(dir string, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for i := range n {
		p := filepath.Join(dir, Name(i)+"-2023.yaml")
		if err := os.WriteFile(p, Facts(i), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
