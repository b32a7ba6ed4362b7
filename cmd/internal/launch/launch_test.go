package launch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/cmd/internal/cmdutil"
	"jixiao/data"
)

func TestPlan(t *testing.T) {
	for _, tc := range []struct {
		name  string
		args  []string
		alone bool
		cmd   string
		cargs string
		pause bool
	}{
		{"double-click in Explorer starts the page", nil, true, "serve", "--open", true},
		{"no arguments in a terminal prints the help", nil, false, "", "", false},
		{"file dropped on the program", []string{`C:\文件 夹\某局-2023.yaml`}, true, "build", `C:\文件 夹\某局-2023.yaml`, true},
		{"facts file in a terminal", []string{"某局.YML"}, false, "build", "某局.YML", false},
		{"a command stays a command", []string{"build"}, true, "", "", false},
		{"two files are not a drop", []string{"a.yaml", "b.yaml"}, true, "", "", false},
		{"other files are not facts", []string{"a.docx"}, true, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd, args, pause := Plan(tc.args, tc.alone)
			name := ""
			if cmd != nil {
				name = cmd.Name
			}
			if name != tc.cmd || strings.Join(args, " ") != tc.cargs || pause != tc.pause {
				t.Fatalf("got %q %q %v", name, args, pause)
			}
		})
	}
}

// TestDroppedFileBuildsBeside: a facts file in a folder with Chinese and
// spaces in its name gives the package in “单位-年度” beside it, the
// summary and the facts still missing.
func TestDroppedFileBuildsBeside(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "我的 材料")
	os.Mkdir(dir, 0o755)
	file := filepath.Join(dir, "事实 文件.yaml")
	os.WriteFile(file, data.Example, 0o644)
	io, out, errb := cmdutil.TestIO()
	cmd, args, _ := Plan([]string{file}, true)
	if err := cmd.Run(io, args); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	built := filepath.Join(dir, "长沙县机关事务中心-2022")
	entries, err := os.ReadDir(built)
	if err != nil || len(entries) != 8 {
		t.Fatalf("%v: %v", err, entries)
	}
	for _, want := range []string{"已生成 " + filepath.Join(built, "附件1-3 2022年度长沙县机关事务中心整体支出绩效自评报告.docx"),
		"另有 80 分待评", "草稿：", "把文件再拖到 jixiao 上", "附件1-1 人员控制率② 聘用人员 实际使用数——在“人员:”下写 聘用人员: 实际:\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDroppedBrokenFileWritesNothing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "坏.yaml")
	os.WriteFile(file, []byte("单位: 甲\n年度: [\n"), 0o644)
	io, _, errb := cmdutil.TestIO()
	cmd, args, _ := Plan([]string{file}, true)
	if err := cmd.Run(io, args); err == nil {
		t.Fatal("no error")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("wrote %v", entries)
	}
	if !strings.Contains(errb.String(), "YAML 语法错误") {
		t.Errorf("stderr: %s", errb)
	}
}

func TestWaitForEnter(t *testing.T) {
	io, out, _ := cmdutil.TestIO()
	io.In = strings.NewReader("\n")
	WaitForEnter(io)
	if !strings.Contains(out.String(), "按 Enter 键关闭本窗口") {
		t.Fatal(out)
	}
}

// TestFolderNameIsBatchs: a dropped file's folder is named as `jixiao
// batch` names the unit's folder; a file whose facts do not say takes the
// file's own name.
func TestFolderNameIsBatchs(t *testing.T) {
	file := filepath.Join(t.TempDir(), "某某 局.yaml")
	os.WriteFile(file, []byte("单位: 某某局/办公室\n年度: 2023\n"), 0o644)
	if got := folderName(file, quietEvaluate(file)); got != "某某局_办公室-2023" {
		t.Errorf("folder %q", got)
	}
	if got := folderName(file, nil); got != "某某 局" {
		t.Errorf("folder of unknown facts %q", got)
	}
}
