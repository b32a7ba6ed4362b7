package view

import (
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/facts"
	"jixiao/generator/pack"
	"jixiao/generator/tmpl"
)

// frameworkData evaluates the framework pack's example with extra YAML
// appended.
func frameworkData(t *testing.T, extra string) map[string]any {
	t.Helper()
	p, diags := pack.Open("../../templates/framework-2013")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	name, src, _ := p.Example()
	res, diags := evaluate.Run(p, name, append(append([]byte{}, src...), extra...))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return Data(res)
}

// TestBasicTableRows: the facts the pack declares for 附件1-2 become its
// rows, in order: amounts by column (the undeclared ones “——”), the others
// with their value and unit; an absent one is a 【待补】 naming it.
func TestBasicTableRows(t *testing.T) {
	rows := frameworkData(t, "")["基础数据表"].(map[string]any)
	money := rows["经费行"].([]any)
	if len(money) != 1 {
		t.Fatalf("经费行 = %v", money)
	}
	r := money[0].(map[string]any)
	if r["名称"] != "重点项目支出" || r["上年决算"] != noColumn || r["本年预算"].(interface{ String() string }).String() != "2460" {
		t.Errorf("row = %v", r)
	}
	other := rows["其他行"].([]any)
	var names []string
	for _, o := range other {
		names = append(names, o.(map[string]any)["名称"].(string))
	}
	if len(names) != 3 || names[0] != "2022年末结转结余总额" || names[2] != "实际在用固定资产总额" {
		t.Errorf("其他行 = %v", names)
	}
	if u := other[1].(map[string]any)["单位"]; u != "万元" {
		t.Errorf("unit %v", u)
	}
}

// TestBasicTableRowPending: a declared row not filled in shows 【待补】 with
// the form's name of its column.
func TestBasicTableRowPending(t *testing.T) {
	p, _ := pack.Open("../../templates/framework-2013")
	res, diags := evaluate.Run(p, "f.yaml", []byte("单位: 某局\n年度: 2023\n"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	row := Data(res)["基础数据表"].(map[string]any)["经费行"].([]any)[0].(map[string]any)
	if p, ok := row["本年预算"].(tmpl.Pending); !ok || p.String() != "【待补：重点项目支出2023年预算数】" {
		t.Errorf("本年预算 = %#v", row["本年预算"])
	}
}

// TestReservedNamesAreRefused: every name view adds beside the facts is one
// a pack may not declare.
func TestReservedNamesAreRefused(t *testing.T) {
	for _, r := range Reserved {
		found := false
		for _, k := range facts.ReservedKeys {
			found = found || k == r
		}
		if !found {
			t.Errorf("%s is not in facts.ReservedKeys", r)
		}
	}
}
