package facts

import "strings"

// JSONSchema returns the JSON Schema (draft 2020-12) of a facts file with
// this schema, titles and descriptions in Chinese, so that editors such as
// VS Code's YAML extension complete and check the file as it is typed.
// Every value may be left empty (null): a blank fact is absent, not wrong.
func JSONSchema(root *Field) map[string]any {
	s := objectSchema(root)
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["title"] = "jixiao 事实文件"
	s["description"] = "部门整体支出绩效自评的事实文件：一个单位一年一份，金额单位为万元。" + BlankVsZero
	return s
}

func fieldSchema(f *Field) map[string]any {
	var s map[string]any
	switch f.Kind {
	case Object:
		s = objectSchema(f)
		s["type"] = []any{"object", "null"}
	case List:
		s = map[string]any{"type": []any{"array", "null"}, "items": fieldSchema(f.Elem)}
	case Narrative:
		s = narrativeSchema()
	default:
		s = scalarSchema(f)
	}
	if f.NoneOK {
		s = map[string]any{"anyOf": []any{s, map[string]any{"const": NoneWord}}}
	}
	if f.Key != "" {
		s["title"] = f.Key
	}
	if d := describeField(f); d != "" {
		s["description"] = d
	}
	return s
}

func objectSchema(f *Field) map[string]any {
	props := map[string]any{}
	var required []any
	for _, c := range f.Fields {
		props[c.Key] = fieldSchema(c)
		if c.Required {
			required = append(required, c.Key)
		}
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

// numberPattern accepts what num.Parse accepts when a number is quoted:
// digits with optional three-digit grouping and a fraction.
const numberPattern = `^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$`

func scalarSchema(f *Field) map[string]any {
	switch f.Kind {
	case Money, Decimal:
		s := map[string]any{"anyOf": []any{bounded(map[string]any{"type": "number"}, f),
			map[string]any{"type": "string", "pattern": numberPattern}, map[string]any{"type": "null"}}}
		return s
	case Count, Year:
		return bounded(map[string]any{"type": []any{"integer", "null"}}, f)
	case Bool:
		return map[string]any{"anyOf": []any{map[string]any{"type": []any{"boolean", "null"}},
			map[string]any{"enum": []any{"是", "否", "符合", "不符合", "有", "无"}}}}
	case Date:
		return map[string]any{"type": []any{"string", "null"}, "pattern": datePatternJSON}
	}
	if len(f.Enum) > 0 {
		enum := []any{nil}
		for _, e := range f.Enum {
			enum = append(enum, e)
		}
		return map[string]any{"enum": enum}
	}
	return map[string]any{"type": []any{"string", "number", "null"}}
}

// bounded adds the field's bounds to a number schema.
func bounded(s map[string]any, f *Field) map[string]any {
	if f.Min != "" {
		s["minimum"] = jsonNumber(f.Min)
	}
	if f.Max != "" {
		s["maximum"] = jsonNumber(f.Max)
	}
	if f.Places > 0 {
		s["multipleOf"] = jsonNumber("0." + strings.Repeat("0", int(f.Places)-1) + "1")
	}
	return s
}

func narrativeSchema() map[string]any {
	section := map[string]any{"type": "object", "additionalProperties": false,
		"properties": map[string]any{"标题": map[string]any{"type": "string"}, "正文": map[string]any{"type": "string"}}}
	return map[string]any{"anyOf": []any{map[string]any{"type": []any{"string", "null"}},
		map[string]any{"type": "array", "items": map[string]any{"anyOf": []any{map[string]any{"type": "string"}, section}}}}}
}

// describeField joins what a field means, its unit and where it comes from.
func describeField(f *Field) string {
	parts := []string{f.Desc}
	if f.Unit != "" {
		parts = append(parts, "单位："+f.Unit)
	}
	if f.Source != "" {
		parts = append(parts, "来源："+f.Source)
	}
	if len(f.Enum) > 0 {
		parts = append(parts, "可填："+strings.Join(f.Enum, "、"))
	}
	if f.NoneOK && !strings.Contains(f.Desc, "“无”") {
		parts = append(parts, "没有时可写“无”")
	}
	if f.FinalRequired {
		parts = append(parts, "上报的材料必须填写")
	}
	return strings.TrimPrefix(strings.Join(parts, "。"), "。")
}

// datePatternJSON is the JSON Schema form of the dates ParseDate accepts
// (ASCII digits; the loader also takes full-width ones).
const datePatternJSON = `^\s*\d{4}(-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)\s*$`
