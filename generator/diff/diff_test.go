package diff

import (
	"strings"
	"testing"

	"jixiao/generator/evaluate"
	"jixiao/generator/pack"
)

func eval(t *testing.T, p *pack.Pack, name string, src []byte) *evaluate.Result {
	t.Helper()
	res, diags := evaluate.Run(p, name, src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return res
}

// TestStaffCorrection is the acceptance case: 在职人数 47 → 52.
func TestStaffCorrection(t *testing.T) {
	p, _ := pack.Default()
	_, src, _ := p.Example()
	newSrc := strings.Replace(string(src), "在职人数: 47", "在职人数: 52", 1)
	d := Diff(eval(t, p, "old.yaml", src), eval(t, p, "new.yaml", []byte(newSrc)))
	if len(d.Facts) != 1 || d.Facts[0].Name != "人员.在职人数" || d.Facts[0].Old != "47" || d.Facts[0].New != "52" {
		t.Errorf("facts = %+v", d.Facts)
	}
	if len(d.Metrics) != 1 || d.Metrics[0].Name != "在职人员控制率" || d.Metrics[0].Old != "92.16%" || d.Metrics[0].New != "101.96%" {
		t.Errorf("metrics = %+v", d.Metrics)
	}
	if len(d.Scores) != 1 || d.Scores[0].Indicator != "人员控制率" {
		t.Fatalf("scores = %+v", d.Scores)
	}
	s := d.Scores[0]
	if !strings.Contains(s.OldReason, "在职人员控制率=47÷51×100%=92.16%，不超过100%，计2分") ||
		!strings.Contains(s.NewReason, "在职人员控制率=52÷51×100%=101.96%，比100%高1.96个百分点，每超出1个百分点扣0.2分，共扣0.39分，计1.61分") {
		t.Errorf("reasons:\n%s\n%s", s.OldReason, s.NewReason)
	}
	if d.Total.New == "" || d.Grade.New == "" {
		t.Errorf("total %+v grade %+v", d.Total, d.Grade)
	}
}

func TestListItemsAndRemovals(t *testing.T) {
	p, _ := pack.Default()
	_, src, _ := p.Example()
	newSrc := strings.Replace(string(src), "    自评分数: 96.5\n", "    自评分数: 90\n", 1)
	newSrc = strings.Replace(newSrc, "负责人: 周向阳\n", "", 1)
	d := Diff(eval(t, p, "old.yaml", src), eval(t, p, "new.yaml", []byte(newSrc)))
	var names []string
	for _, c := range d.Facts {
		names = append(names, c.Name+":"+c.Old+"→"+c.New)
	}
	got := strings.Join(names, "\n")
	for _, want := range []string{"负责人:周向阳→（无）", "公共项目[8 垃圾分类专项工作经费].自评分数:96.5→90"} {
		if !strings.Contains(got, want) {
			t.Errorf("changes lack %q:\n%s", want, got)
		}
	}
}
