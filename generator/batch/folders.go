package batch

import (
	"fmt"
	"sync"

	"jixiao/generator/build"
)

// folderPattern names a unit's folder, as the pack names its documents.
const folderPattern = "{{.单位}}-{{.年度}}"

// FolderName is the name of a unit's folder, “单位-年度”, made safe as a
// file name as the documents' names are (build.OutputName); "" when the
// facts do not tell the unit or the year. `jixiao batch`, a facts file
// dropped on jixiao and the page's downloads all name a unit so.
func FolderName(unit, year string) string {
	if unit == "" || year == "" {
		return ""
	}
	name, err := build.OutputName(folderPattern, map[string]any{"单位": unit, "年度": year})
	if err != nil {
		return ""
	}
	return name
}

// folders hands out the unit folders so that the first file in the order
// given wins a folder two files want (the same unit and year), whatever
// order the workers finish in: a file gets its answer only once every
// earlier file has said which folder it wants. Workers take the files in
// order and say so right after evaluating, and ask just before writing, so
// the wait is short if any.
type folders struct {
	mu    sync.Mutex
	cond  *sync.Cond
	files []string
	wants []string
	said  []bool
	next  int            // every file before next has said
	owner map[string]int // folder → the first file that wants it
}

func newFolders(files []string) *folders {
	f := &folders{files: files, wants: make([]string, len(files)), said: make([]bool, len(files)), owner: map[string]int{}}
	f.cond = sync.NewCond(&f.mu)
	return f
}

// say records that file i wants folder ("" for none: it failed before
// its unit and year were known).
func (f *folders) say(i int, folder string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.wants[i], f.said[i] = folder, true
	for f.next < len(f.said) && f.said[f.next] {
		if w := f.wants[f.next]; w != "" {
			if _, taken := f.owner[w]; !taken {
				f.owner[w] = f.next
			}
		}
		f.next++
	}
	f.cond.Broadcast()
}

// answer waits until every file before i has said which folder it wants
// and returns "" when folder, which file i said it wants, is its own, or
// why it may not have it.
func (f *folders) answer(i int, folder string) string {
	if folder == "" {
		return "事实文件没有写明单位或年度，无法确定材料的文件夹"
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.next <= i {
		f.cond.Wait()
	}
	if first := f.owner[folder]; first != i {
		return fmt.Sprintf("与 %s 是同一单位、同一年度，材料会写进同一个文件夹“%s”；请确认哪一份是要汇总的，把另一份移出", f.files[first], folder)
	}
	return ""
}
