package tmpl

import (
	"fmt"
	"reflect"
)

// walkDepth bounds how deep sizes and nesting are measured: deeper data
// (which YAML and JSON decoders already refuse) is an error.
const walkDepth = 10_000

// sizeOf returns an upper bound of the bytes fmt prints for v, charging
// the walk over v to the budget (one step per value).
func (b *Budget) sizeOf(v reflect.Value) int64 {
	s := sizer{b: b}
	s.walk(v, 0)
	return s.n
}

// sizer measures a value: printed bytes, values and deepest nesting.
type sizer struct {
	b       *Budget
	n       int64
	nodes   int64
	deepest int
}

var stringerType = reflect.TypeFor[fmt.Stringer]()

func (s *sizer) walk(v reflect.Value, depth int) {
	if depth > walkDepth {
		must(s.b.fail(fmt.Sprintf("列表或字典嵌套超过 %d 层", walkDepth)))
	}
	must(s.b.Steps(1))
	s.nodes++
	s.deepest = max(s.deepest, depth)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			s.n += 5
			return
		}
		if v.Type().Implements(stringerType) && v.CanInterface() {
			s.n = sum(s.n, int64(len(v.Interface().(fmt.Stringer).String())))
			return
		}
		v = v.Elem()
	}
	s.value(v, depth)
}

func (s *sizer) value(v reflect.Value, depth int) {
	if v.IsValid() && v.Type().Implements(stringerType) && v.CanInterface() {
		s.n = sum(s.n, int64(len(v.Interface().(fmt.Stringer).String())))
		return
	}
	switch v.Kind() {
	case reflect.String:
		s.n = sum(s.n, int64(v.Len()))
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			s.n = sum(s.n, 4*int64(v.Len()))
			return
		}
		s.n += 2
		for i := range v.Len() {
			s.walk(v.Index(i), depth+1)
			s.n++
		}
	case reflect.Map:
		s.n += 5
		for it := v.MapRange(); it.Next(); {
			s.walk(it.Key(), depth+1)
			s.walk(it.Value(), depth+1)
			s.n += 2
		}
	case reflect.Struct:
		s.n += 2
		for i := range v.NumField() {
			s.walk(v.Field(i), depth+1)
			s.n++
		}
	default:
		s.n += 32
	}
}
