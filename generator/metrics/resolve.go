package metrics

import (
	"strings"

	"jixiao/generator/facts"
	"jixiao/generator/num"
)

// Amount is a resolved operand: its value, or what is missing.
type Amount struct {
	Ref     string
	Name    string // the clerk's name for it: "编制数", "“三公经费”2021年预算数"
	Value   num.Dec
	OK      bool
	Missing []string
	Kind    facts.Kind // how to print it (Money with two decimals, Count plain)
	Unit    string     // its unit in prose (人, 个, ㎡); "" for 万元 and for none
	Empty   bool       // it sums or counts a list given empty
}

// resolve looks ref up: "合计.…" is a total, "a.b[].c" sums c over the items
// of list a.b, anything else a fact path.
func (s *Set) resolve(ref string) Amount {
	switch {
	case strings.HasPrefix(ref, Prefix):
		t, ok := s.Totals[strings.TrimPrefix(ref, Prefix)]
		name := s.name(StatedOf(ref))
		if !ok || !t.OK {
			return Amount{Ref: ref, Name: name, Missing: missingOf(t, ref), Kind: facts.Money}
		}
		return Amount{Ref: ref, Name: name, Value: t.Value, OK: true, Kind: facts.Money}
	case strings.Contains(ref, "[]."):
		return s.listSum(strings.Replace(ref, "[].", ".", 1))
	}
	return s.fact(ref)
}

func missingOf(t *Total, ref string) []string {
	if t == nil {
		return []string{ref}
	}
	return t.Missing
}

func (s *Set) fact(path string) Amount {
	v := s.Facts.Get(path)
	if v == nil || !v.Present {
		return Amount{Ref: path, Name: s.name(path), Missing: []string{path}, Kind: kindOf(s.Facts, path)}
	}
	return Amount{Ref: path, Name: s.name(path), Value: v.Num, OK: true, Kind: v.Field.Kind, Unit: proseUnit(v.Field.Unit)}
}

// proseUnit is a fact's unit as prose writes it after a number; 万元 is
// written by the amount itself (num.ProseWan).
func proseUnit(unit string) string {
	if unit == "万元" {
		return ""
	}
	return unit
}

func (s *Set) name(path string) string { return s.Names.Name(s.Facts.Schema, path) }

// StatedOf is the fact a ref stands for in the user's terms: a total's
// stated row ("合计.三公经费.上年预算" → "三公经费.合计.上年预算"), a list sum's
// list field ("楼堂馆所[].实际规模" → "楼堂馆所.实际规模"), a fact itself.
func StatedOf(ref string) string {
	if name, ok := strings.CutPrefix(ref, Prefix); ok {
		for _, d := range TotalDefs() {
			if d.Name == name {
				return d.Stated
			}
		}
	}
	return strings.ReplaceAll(ref, "[].", ".")
}

func kindOf(f *facts.Facts, path string) facts.Kind {
	if fd := f.Schema.Find(path); fd != nil {
		return fd.Kind
	}
	return facts.Decimal
}

// listSum adds a field over the items of the list holding it (path is
// the field's schema path, "楼堂馆所.实际规模"): an absent list is missing,
// an empty one sums to 0 (Empty), an item without the field is missing.
func (s *Set) listSum(path string) Amount {
	listPath, field := splitList(s.Facts.Schema, path)
	a := Amount{Ref: listPath + "[]." + field, Name: s.name(path) + "合计", Value: num.Zero, Kind: kindOf(s.Facts, path)}
	lv := s.Facts.Get(listPath)
	if lv == nil || !lv.Present {
		a.Missing = []string{listPath}
		return a
	}
	for _, it := range lv.Items {
		fv := it.Get(field)
		if fv == nil || !fv.Present {
			a.Missing = append(a.Missing, path)
			continue
		}
		a.Value = a.Value.Add(fv.Num)
	}
	a.OK, a.Empty = len(a.Missing) == 0, len(lv.Items) == 0
	return a
}

// listCount is the number of items of a list: missing when the list is
// absent.
func (s *Set) listCount(path string) Amount {
	a := Amount{Ref: path, Name: s.name(path), Kind: facts.Count}
	v := s.Facts.Get(path)
	if v == nil || !v.Present {
		a.Missing = []string{path}
		return a
	}
	a.Value, a.OK, a.Empty = num.Int(int64(len(v.Items))), true, len(v.Items) == 0
	return a
}

// splitList splits the path of a field inside a list at the list: the
// list's path and the field's path within an item.
func splitList(schema *facts.Field, path string) (list, field string) {
	keys := strings.Split(path, ".")
	for i := len(keys) - 1; i > 0; i-- {
		if f := schema.Find(strings.Join(keys[:i], ".")); f != nil && f.Kind == facts.List {
			return strings.Join(keys[:i], "."), strings.Join(keys[i:], ".")
		}
	}
	return path, ""
}

// computeTotals fills s.Totals in definition order.
func (s *Set) computeTotals() {
	for _, d := range TotalDefs() {
		s.Totals[d.Name] = s.total(d)
	}
}

// total is the figure the unit stated for the row, as every document
// prints it; only where the unit left the row blank is it the sum of the
// parts, when every part is known; otherwise it is missing, naming what
// is. A stated total that its parts contradict is not corrected here:
// consistency reports it as an error, and the scores use what the
// documents print, so a draft never contradicts itself.
func (s *Set) total(d TotalDef) *Total {
	t := &Total{Name: d.Name, Parts: d.Parts}
	if stated := s.fact(d.Stated); stated.OK {
		t.Value, t.OK = stated.Value, true
		return t
	}
	sum := num.Zero
	for _, p := range d.Parts {
		a := s.resolve(p)
		t.Missing = append(t.Missing, a.Missing...)
		sum = sum.Add(a.Value)
	}
	if len(t.Missing) == 0 {
		t.Value, t.OK, t.FromSum = sum, true, true
		return t
	}
	t.Missing = append(t.Missing, d.Stated)
	return t
}
