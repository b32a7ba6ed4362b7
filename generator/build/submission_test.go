package build

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"jixiao/data"
	"jixiao/generator/docx/docxtest"
	"jixiao/generator/evaluate"
	"jixiao/generator/internal/ooxml"
	"jixiao/generator/num"
	"jixiao/generator/pack"
	"jixiao/templates"
)

// programTraces are what a reader of an official document must never see:
// a fact path (a “.” between Chinese labels), the program's or the pack's
// name, the pack's notes, a placeholder, ASCII comparison signs, digits
// grouped with commas inside the text.
var programTraces = []struct {
	what string
	re   *regexp.Regexp
}{
	{"事实路径", regexp.MustCompile(`\p{Han}+(?:\.\p{Han}+)+`)},
	{"程序名", regexp.MustCompile(`(?i)jixiao`)},
	{"模板包", regexp.MustCompile(`模板包`)},
	{"【本表调整】", regexp.MustCompile(`本表调整`)},
	{"待补", regexp.MustCompile(`待补`)},
	{"ASCII 比较符", regexp.MustCompile(`<=|>=`)},
	{"千位分隔", regexp.MustCompile(`\d,\d{3}`)},
}

// deduction is a deduction stated in a reason: 应扣74.79分.
var deduction = regexp.MustCompile(`应扣\s*(\d+(?:\.\d+)?)\s*分`)

// TestCompleteUnitDocumentsAreClean: every pack in templates/, built from
// its complete example (the default pack from data.Complete, any other from
// the example it ships), writes documents that show nothing of the program,
// no placeholder and no grouped number — in the body, the headers and
// footers, and the document properties — and no deduction larger than the
// item's points.
func TestCompleteUnitDocumentsAreClean(t *testing.T) {
	for _, dir := range packDirs(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			p, diags := pack.Open(dir)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			facts := completeExample(t, p, dir)
			res, diags := evaluate.Run(p, "unit.yaml", facts)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			outs := renderExample(t, p, facts)
			for _, o := range outs {
				for _, part := range officialParts(t, o.Name, o.Data, p.Meta.Name) {
					checkTraces(t, o.Name+" "+part.where, part.text)
				}
				checkArchive(t, o.Name, o.Data)
			}
			checkDeductions(t, res)
		})
	}
}

// packDirs returns the folders of the packs in templates/.
func packDirs(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(templatesDir)
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(templatesDir, e.Name(), "pack.yaml")); e.IsDir() && err == nil {
			dirs = append(dirs, filepath.Join(templatesDir, e.Name()))
		}
	}
	if len(dirs) < 2 {
		t.Fatalf("templates/ holds %d packs; want at least 2", len(dirs))
	}
	return dirs
}

// templatesDir is the folder of the packs in the repository.
const templatesDir = "../../templates"

// completeExample is the complete example a pack is built from: the
// default pack's is data.Complete (its own example keeps the seed's gaps),
// any other pack's is the example it ships.
func completeExample(t *testing.T, p *pack.Pack, dir string) []byte {
	t.Helper()
	if filepath.Base(dir) == templates.Default {
		return data.Complete
	}
	_, src, ok := p.Example()
	if !ok {
		t.Fatalf("%s has no example", dir)
	}
	return src
}

// checkTraces reports every program trace in text, line by line.
func checkTraces(t *testing.T, where, text string) {
	t.Helper()
	for _, line := range strings.Split(text, "\n") {
		for _, p := range programTraces {
			if loc := p.re.FindStringIndex(line); loc != nil {
				t.Errorf("%s has %s %q in: %s", where, p.what, line[loc[0]:loc[1]], line)
			}
		}
	}
}

// checkArchive: the archive names no program (docProps/app.xml's
// Application is blank: not “jixiao”, “Go Excelize” or any other) and
// every entry carries a valid MS-DOS date (excelize writes 0, which unzip
// shows as 1980-00-00 and Go reads as 1979-11-30).
func checkArchive(t *testing.T, name string, doc []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, f := range zr.File {
		if !ooxml.ValidDOSDate(f.ModifiedDate) || f.Modified.Year() < 1980 {
			t.Errorf("%s %s: invalid date %#04x (%s)", name, f.Name, f.ModifiedDate, f.Modified)
		}
		if f.Name == ooxml.AppPart {
			app, all := xmlText(t, name, f, map[string]bool{"Application": true}), xmlText(t, name, f, nil)
			if strings.TrimSpace(app) != "" || programName.MatchString(all) {
				t.Errorf("%s %s names a program: %q", name, f.Name, all)
			}
		}
	}
}

// programName is the name of a program that may write a document.
var programName = regexp.MustCompile(`(?i)jixiao|excelize|\bgo\b`)

// checkDeductions: no reason deducts more than its indicator's points
// (“扣完为止，得0分”, never “应扣74.79分” on a 3-point item).
func checkDeductions(t *testing.T, res *evaluate.Result) {
	t.Helper()
	for _, r := range res.Report.Results {
		texts := []string{r.Reason}
		for _, p := range r.Parts {
			texts = append(texts, p.Reason)
		}
		for _, m := range deduction.FindAllStringSubmatch(strings.Join(texts, "\n"), -1) {
			if d := num.MustParse(m[1]); d.GreaterThan(r.Points) {
				t.Errorf("%s（%s分）: the reason says %s", r.Indicator.Name, r.Points, m[0])
			}
		}
	}
}

// exampleReport is the report of the built-in example.
const exampleReport = "附件1-3 2022年度长沙县机关事务中心整体支出绩效自评报告.docx"

// TestExampleReportWritesNumbersAsProse: the report of the built-in
// example writes amounts as the seed does, without digit grouping or
// trailing zeros.
func TestExampleReportWritesNumbersAsProse(t *testing.T) {
	docs := renderUnit(t, data.Example)
	report := documentText(t, exampleReport, docs[exampleReport])
	for _, want := range []string{"2415.52万元", "12819.6万元", "1802万元", "预算0元", "占全年预算的61%",
		"在职人员控制率为92.16%", "“三公经费”变动率为149.58%"} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if m := regexp.MustCompile(`\d,\d{3}|\d+\.\d*0万元|\d\.00%`).FindAllString(report, -1); m != nil {
		t.Errorf("the report writes numbers the table way: %q", m)
	}
}

// TestStatedFiguresArePrinted: 附件1-2 prints the 2022 公务用车 决算 the
// unit stated (613.76), not the sum of its parts (612.54): the difference
// is check's error to report, not the document's to settle. The report
// prints the table's 预算调整数 (3537.37), never the report sentence's
// 3821.31, which only check compares.
func TestStatedFiguresArePrinted(t *testing.T) {
	docs := renderUnit(t, data.Example)
	xlsx := documentText(t, table12, docs[table12])
	if !strings.Contains(xlsx, "1、公务用车购置和维护经费\n719.55\n1800\n613.76\n") {
		t.Errorf("附件1-2.xlsx does not print the stated 613.76 on the 公务用车 row:\n%s", xlsx)
	}
	word, err := docxtest.Text(docs[word12], "word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`1、公务用车购置和维护经费\n719\.55\n1800\n613\.76\n`).MatchString(word) {
		t.Errorf("附件1-2.docx does not print the stated 613.76 on the 公务用车 row:\n%s", word)
	}
	report := documentText(t, exampleReport, docs[exampleReport])
	if !strings.Contains(report, "预算调整数为3537.37万元") || strings.Contains(report, "3821.31") {
		t.Errorf("the report does not print the table's 预算调整数 alone:\n%s", report)
	}
}
