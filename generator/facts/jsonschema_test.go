package facts_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"jixiao/generator/facts"
	"jixiao/generator/pack"
)

// compile compiles the facts schema of the default pack with a real JSON
// Schema validator.
func compile(t *testing.T) (*jsonschema.Schema, *pack.Pack) {
	t.Helper()
	p, diags := pack.Default()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	raw, err := json.Marshal(facts.JSONSchema(p.Rubric.FactsSchema()))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("facts.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("facts.json")
	if err != nil {
		t.Fatal(err)
	}
	return s, p
}

// instance reads YAML as a JSON value (numbers as json.Number).
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

func TestSchemaValidatesTheExample(t *testing.T) {
	s, p := compile(t)
	_, src, _ := p.Example()
	if err := s.Validate(instance(t, src)); err != nil {
		t.Errorf("the example does not validate: %v", err)
	}
}

func TestSchemaRejectsWrongTypes(t *testing.T) {
	s, _ := compile(t)
	for _, src := range []string{
		"单位: 某局\n年度: 2022\n人员:\n  编制数: 12k\n",
		"单位: 某局\n年度: 2022\n人员:\n  编制数: -1\n",
		"单位: 某局\n年度: 2022\n人员:\n  在职人员: 5\n",
		"年度: 2022\n",
		"单位: 某局\n年度: 2022\n政府采购:\n  本年预算: 240万元\n",
	} {
		err := s.Validate(instance(t, []byte(src)))
		if err == nil {
			t.Errorf("schema accepts %q", src)
		}
	}
	if err := s.Validate(instance(t, []byte("单位: 某局\n年度: 2022\n政府采购:\n  本年预算: \"1,240.5\"\n人员:\n  编制数:\n"))); err != nil {
		t.Errorf("schema rejects a grouped amount or a blank: %v", err)
	}
}

func TestSchemaTitlesAreChinese(t *testing.T) {
	p, _ := pack.Default()
	raw, _ := json.Marshal(facts.JSONSchema(p.Rubric.FactsSchema()))
	for _, want := range []string{`"title":"编制数"`, `单位：万元`, `来源：附件1-2`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("schema lacks %s", want)
		}
	}
}

// TestSchemaKnowsEnumsAndNone: the editor refuses a 口径 outside its values
// and “无” where the form does not allow it, and accepts “无” where it does.
func TestSchemaKnowsEnumsAndNone(t *testing.T) {
	s, _ := compile(t)
	for src, ok := range map[string]bool{
		"单位: 某局\n年度: 2022\n预算执行:\n  口径: 整体\n":                    false,
		"单位: 某局\n年度: 2022\n预算执行:\n  口径: 部门整体\n":                  true,
		"单位: 某局\n年度: 2022\n政府采购: 无\n三公经费:\n  因公出国: 无\n楼堂馆所: 无\n": true,
		"单位: 某局\n年度: 2022\n人员: 无\n":                              false,
	} {
		if err := s.Validate(instance(t, []byte(src))); (err == nil) != ok {
			t.Errorf("%q: valid = %v; want %v (%v)", src, err == nil, ok, err)
		}
	}
}
