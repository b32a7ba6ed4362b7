package tmpl

import (
	"fmt"
	"reflect"
)

// Lists and dictionaries nest when a template builds one from another
// ({{$l = list $l}} in a loop). Printing a value nested a million deep
// overflows the stack, which is a fatal error no recover catches, so the
// budget knows the depth of every container a function built and refuses
// to build one deeper than MaxDepth. Depths are remembered by identity
// (a map's pointer, a slice's array and length), so a loop that nests one
// level per iteration measures one level per iteration, not the whole.

// depthKey identifies a container: the map or the slice's first element,
// and the slice's length (-1 for a map).
type depthKey struct {
	ptr uintptr
	n   int
}

// depthEntry remembers a depth and keeps its container alive, so that
// its address cannot be reused by another one.
type depthEntry struct {
	depth int
	keep  any
}

// container charges a list or dictionary a function built: one step per
// element, and an error when it nests deeper than MaxDepth.
func (b *Budget) container(v reflect.Value) error {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Map {
		return nil
	}
	if err := b.Steps(int64(v.Len())); err != nil {
		return err
	}
	a := b.acc()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.depths == nil {
		a.depths = map[depthKey]depthEntry{}
	}
	if d := a.depth(v, 0); d > MaxDepth {
		return a.fail(fmt.Sprintf("列表或字典嵌套超过 %d 层（本次运行的上限）", MaxDepth))
	}
	return nil
}

// depth returns the nesting of v (0 for a scalar), from memory when v was
// measured before; level is how deep the walk already is.
func (b *account) depth(v reflect.Value, level int) int {
	for (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.IsNil() {
		v = v.Elem()
	}
	key, ok := keyOf(v)
	if !ok {
		return 0
	}
	if e, ok := b.depths[key]; ok {
		return e.depth
	}
	if level > MaxDepth {
		return level
	}
	if !v.CanInterface() {
		return 1
	}
	deepest := 0
	switch x := v.Interface().(type) {
	case []any:
		for _, e := range x {
			if !scalar(e) {
				deepest = max(deepest, b.depth(reflect.ValueOf(e), level+1))
			}
		}
	case []int, []string:
	case map[string]any:
		for _, e := range x {
			if !scalar(e) {
				deepest = max(deepest, b.depth(reflect.ValueOf(e), level+1))
			}
		}
	default:
		deepest = b.deepestElem(v, level)
	}
	d := deepest + 1
	if key.ptr != 0 {
		b.depths[key] = depthEntry{depth: d, keep: v.Interface()}
	}
	return d
}

// scalar reports the common values that are surely not containers.
func scalar(v any) bool {
	switch v.(type) {
	case nil, string, int, int64, float64, bool:
		return true
	}
	return false
}

// deepestElem returns the deepest nesting of the elements of container v.
func (b *account) deepestElem(v reflect.Value, level int) int {
	deepest := 0
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			deepest = max(deepest, b.depth(v.Index(i), level+1))
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			deepest = max(deepest, b.depth(it.Value(), level+1))
		}
	}
	return deepest
}

// keyOf identifies a container; ok is false for anything else. Empty
// slices and arrays get a zero pointer: they are measured, not remembered.
func keyOf(v reflect.Value) (depthKey, bool) {
	switch v.Kind() {
	case reflect.Map:
		return depthKey{ptr: v.Pointer(), n: -1}, true
	case reflect.Slice:
		if v.Len() == 0 {
			return depthKey{}, true
		}
		return depthKey{ptr: v.Pointer(), n: v.Len()}, true
	case reflect.Array:
		return depthKey{}, true
	}
	return depthKey{}, false
}
