package webui

import (
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"jixiao/generator/diag"
	"jixiao/generator/facts"
	"jixiao/generator/scaffold"
)

// FromFile starts the facts file of a new year from last year's file name
// in the working folder, as `jixiao init --from` does.
func (s *Session) FromFile(name, year string) (*State, error) {
	path, err := existingFacts(s.cfg.Dir, name)
	if err != nil {
		return nil, pageErr(http.StatusBadRequest, "%v", err)
	}
	src, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return s.From(name, src, year)
}

// From starts the facts file of a new year from last year's file (its
// name and text; an upload is not kept): the stable facts carried over,
// last year's 本年 figures in the 上年 columns, the rest blank, written as
// “单位-年度.yaml” into the working folder on the first save. year ""
// means the year after last year's. A file with errors is refused:
// carrying wrong figures into a new year would hide them.
func (s *Session) From(name string, src []byte, year string) (*State, error) {
	name, err := cleanName(name) // it goes into the new file's header
	if err != nil {
		return nil, pageErr(http.StatusBadRequest, "%v", err)
	}
	last, diags := facts.Load(name, src, s.form.schema)
	if errs := diags.Errors(); len(errs) > 0 {
		return nil, pageErr(http.StatusUnprocessableEntity, "上年的文件“%s”有 %d 个错误，请先打开它改正：%s",
			name, len(errs), firstErrors(errs, &labeler{schema: s.form.schema, namer: facts.NamerFor("")}))
	}
	year, err = nextYear(last.Year(), strings.TrimSpace(year))
	if err != nil {
		return nil, err
	}
	o := scaffold.Options{Unit: last.Unit(), Year: year, From: last, FromName: name, Pack: s.carriedPack(name, src)}
	return s.create(o)
}

// nextYear is the year of the new file: the one given, which must follow
// last year's, or the year after it.
func nextYear(last, year string) (string, error) {
	ly, _ := strconv.Atoi(last)
	if year == "" && ly > 0 {
		year = strconv.Itoa(ly + 1)
	}
	y, err := strconv.Atoi(year)
	switch {
	case err != nil || len(year) != 4:
		return "", pageErr(http.StatusBadRequest, "请填写四位数的年度（如 2023）")
	case y <= ly:
		return "", pageErr(http.StatusBadRequest, "新的年度 %s 应晚于上年文件的年度 %d", year, ly)
	}
	return year, nil
}

// carriedPack is the 模板包 last year's file names, kept when it names a
// pack that is there from the working folder (where the new file goes).
func (s *Session) carriedPack(name string, src []byte) string {
	ref, _ := facts.StampedPack(name, src)
	if ref == "" {
		return ""
	}
	p := ref
	if !filepath.IsAbs(p) {
		p = filepath.Join(s.cfg.Dir, ref)
	}
	if !exists(p) {
		return ""
	}
	return ref
}

// firstErrors lists the first three errors with their lines.
func firstErrors(errs diag.List, names *labeler) string {
	var parts []string
	for i, d := range errs {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("等 %d 个", len(errs)))
			break
		}
		parts = append(parts, strings.TrimSpace(where(d.Pos)+" "+names.message(d.Msg)))
	}
	return strings.Join(parts, "；")
}
