package rubric

import (
	"strings"
	"testing"
)

func TestFactUsage(t *testing.T) {
	r, _, diags := LoadFile("../../templates/changsha-2022/rubric.yaml")
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	u := r.FactUsage()
	tests := map[string]string{
		"人员.编制数":             "人员控制率",
		"三公经费.公务接待.本年预算":     "“三公经费”变动率、“三公经费”控制率",
		"预算执行.预算数":           "预算执行率、预算调整率",
		"评定.资金使用合规性.无截留挤占挪用": "资金使用合规性",
		"满意度.有效样本数":          "社会公众或服务对象满意度",
	}
	for path, want := range tests {
		if got := strings.Join(u[path], "、"); got != want {
			t.Errorf("usage of %s = %q; want %q", path, got, want)
		}
	}
}
