package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Font is a font of the official layout and the names under which a
// system may have it or the substitute the templates name (宋体 stands in
// for 方正小标宋简体).
type Font struct {
	Name  string   // as the templates name it
	Hint  string   // the substitute most systems have
	Names []string // family names that will do
	Files []string // its font files in Windows' Fonts folder
}

// Fonts are the fonts a faithful PDF of the default pack needs.
var Fonts = []Font{
	{"仿宋_GB2312", "仿宋", []string{"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋"},
		[]string{"simfang.ttf", "SIMFANG.TTF", "STFANGSO.TTF"}},
	{"楷体_GB2312", "楷体", []string{"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "华文楷体"},
		[]string{"simkai.ttf", "SIMKAI.TTF", "STKAITI.TTF"}},
	{"黑体", "SimHei", []string{"黑体", "SimHei", "STHeiti", "华文黑体"}, []string{"simhei.ttf", "SIMHEI.TTF"}},
	{"方正小标宋简体", "宋体", []string{"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "宋体", "SimSun"},
		[]string{"FZXBSJW.TTF", "方正小标宋简体.ttf", "simsun.ttc", "SIMSUN.TTC"}},
	{"宋体", "SimSun", []string{"宋体", "SimSun", "NSimSun", "新宋体", "STSong", "华文宋体"}, []string{"simsun.ttc", "SIMSUN.TTC"}},
}

// MissingFonts returns the fonts of Fonts the system lacks, as fontconfig
// (fc-list) or, on Windows, the Fonts folder tells. ok is false when it
// cannot tell.
func MissingFonts() (missing []Font, ok bool) {
	have, ok := installedFonts()
	if !ok {
		return nil, false
	}
	for _, f := range Fonts {
		if !f.availableIn(have) {
			missing = append(missing, f)
		}
	}
	return missing, true
}

func (f Font) availableIn(have map[string]bool) bool {
	for _, n := range append(f.Names, f.Files...) {
		if have[strings.ToLower(n)] {
			return true
		}
	}
	return false
}

// installedFonts returns the installed family names (or, on Windows, font
// file names), lower-cased.
func installedFonts() (map[string]bool, bool) {
	if runtime.GOOS == "windows" {
		return windowsFonts()
	}
	out, err := exec.Command("fc-list", ":", "family").Output()
	if err != nil {
		return nil, false
	}
	return familySet(string(out)), true
}

// familySet reads fc-list's output: one font per line, its family names
// separated by commas (“仿宋,FangSong”).
func familySet(out string) map[string]bool {
	have := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		for _, name := range strings.Split(line, ",") {
			if name = strings.TrimSpace(name); name != "" {
				have[strings.ToLower(name)] = true
			}
		}
	}
	return have
}

// windowsFonts lists the font files of the system and the user.
func windowsFonts() (map[string]bool, bool) {
	have := map[string]bool{}
	dirs := []string{filepath.Join(os.Getenv("WINDIR"), "Fonts")}
	if local := os.Getenv("LOCALAPPDATA"); local != "" {
		dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
	}
	found := false
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		found = true
		for _, e := range entries {
			have[strings.ToLower(e.Name())] = true
		}
	}
	return have, found
}

// Describe names the missing fonts for a message: “仿宋_GB2312（或仿宋）、
// 黑体（或SimHei）”.
func Describe(fonts []Font) string {
	var parts []string
	for _, f := range fonts {
		parts = append(parts, f.Name+"（或"+f.Hint+"）")
	}
	return strings.Join(parts, "、")
}
