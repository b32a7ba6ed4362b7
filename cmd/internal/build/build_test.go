package build

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/data"
)

// TestGradeComesWithTheDraftCount: the complete example without 负责人 and
// 报告日期 scores complete (a grade), but its report shows 【待补】: the
// summary gives the grade only beside the draft count, --final refuses it
// and lists the two facts.
func TestGradeComesWithTheDraftCount(t *testing.T) {
	dir := t.TempDir()
	src := strings.Replace(string(data.Complete), "负责人: 李明\n报告日期: 2024-03-20\n", "", 1)
	facts := filepath.Join(dir, "无负责人.yaml")
	if err := os.WriteFile(facts, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	io, out, _ := cmdutil.TestIO()
	if err := buildRun(io, &Options{Out: filepath.Join(dir, "out"), Facts: []string{facts}}); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`总分 98\.00 分，等级：优（草稿：\d+ 处待补，不能上报）。`).MatchString(out.String()) {
		t.Errorf("summary:\n%s", out)
	}
	if !regexp.MustCompile(`草稿：\d+ 处待补，不能上报。\n$`).MatchString(out.String()) {
		t.Errorf("the draft line is not last:\n%s", out)
	}
	io, _, errb := cmdutil.TestIO()
	err := buildRun(io, &Options{Out: filepath.Join(dir, "final"), Final: true, Facts: []string{facts}})
	if cmdutil.ExitCode(err) != cmdutil.ExitInput {
		t.Errorf("--final exit code %d", cmdutil.ExitCode(err))
	}
	for _, want := range []string{"附件1-3 成文日期——在文件中添加 报告日期:", "附件1-3 封面 单位负责人——在文件中添加 负责人:"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("--final does not list %q:\n%s", want, errb)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "final")); !os.IsNotExist(err) {
		t.Error("--final wrote the package")
	}
}
