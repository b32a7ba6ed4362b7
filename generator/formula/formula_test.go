package formula

import (
	"strings"
	"testing"

	"jixiao/generator/facts"
)

// values is a leaf printer for tests: names print as given here, calls by
// their first argument's value, 未填为0 omitted when its name is absent.
func values(v map[string]string) Leaf {
	var leaf Leaf
	leaf = func(n Node) (string, bool) {
		switch n := n.(type) {
		case *Name:
			s, ok := v[n.Path]
			return s, !ok
		case *Call:
			if n.Func == ZeroIfBlank {
				_, omit := leaf(n.Args[0])
				return "", omit
			}
			return leaf(n.Args[0])
		}
		return "", false
	}
	return leaf
}

func TestParseAndPrint(t *testing.T) {
	tests := []struct {
		src  string
		vals map[string]string
		want string
		rate bool
	}{
		{"人员.在职人数 ÷ 人员.编制数 × 100%", map[string]string{"人员.在职人数": "47", "人员.编制数": "51"}, "47÷51×100%", true},
		{"（合计.甲.本年 - 合计.甲.上年）/ 合计.甲.上年 * 100%", map[string]string{"合计.甲.本年": "1802", "合计.甲.上年": "722"},
			"（1802−722）÷722×100%", true},
		{"(a − 未填为0(合计(b.c))) ÷ d × 100 %", map[string]string{"a": "3537.37", "d": "16640.91"}, "3537.37÷16640.91×100%", true},
		{"(a − 未填为0(合计(b.c))) ÷ d × 100%", map[string]string{"a": "150", "b.c": "60", "d": "1000"}, "（150−60）÷1000×100%", true},
		{"个数(绩效目标.目标)", map[string]string{"绩效目标.目标": "5"}, "5", false},
		{"未填为0(a) ÷ b × 100%", map[string]string{"b": "200"}, "0÷200×100%", true},
		{"(未填为0(a) + 未填为0(c)) ÷ b × 100%", map[string]string{"c": "12", "b": "2000"}, "12÷2000×100%", true},
		{"最大(a, b) － 1", map[string]string{"a": "3", "b": "4"}, "最大（3，4）−1", false},
		{"−a + b", map[string]string{"a": "1", "b": "2"}, "−1+2", false},
		{"a ＋ b ＊ c", map[string]string{"a": "1", "b": "2", "c": "3"}, "1+2×3", false},
	}
	for _, tt := range tests {
		e, err := Parse(tt.src)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		if got := Print(e.Root, values(tt.vals)); got != tt.want || e.IsRate() != tt.rate {
			t.Errorf("Print(%q) = %q, rate %v; want %q, %v", tt.src, got, e.IsRate(), tt.want, tt.rate)
		}
	}
}

func TestParsePrecedence(t *testing.T) {
	e, err := Parse("a + b × c − d ÷ e")
	if err != nil {
		t.Fatal(err)
	}
	// ((a + (b×c)) − (d÷e))
	sub, ok := e.Root.(*Binary)
	if !ok || sub.Op != Sub {
		t.Fatalf("root = %#v", e.Root)
	}
	if add, ok := sub.L.(*Binary); !ok || add.Op != Add || add.R.(*Binary).Op != Mul {
		t.Errorf("left = %#v", sub.L)
	}
	if div, ok := sub.R.(*Binary); !ok || div.Op != Div {
		t.Errorf("right = %#v", sub.R)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", "第1个字符：公式是空的"},
		{"a ÷ ", "第5个字符：这里应是一个数、名称或“（”，实际是公式的结尾（公式没写完）"},
		{"（a − b ÷ c", "第1个字符：“（”没有对应的“）”"},
		{"a − b）", "第6个字符：多出的“）”：“）”没有对应的“（”"},
		{"a b", "第3个字符：多出的“b”：两个值之间缺少运算符（+ − × ÷）"},
		{"a ÷ １２", "第5个字符：不认识的符号“１”：这是全角数字，请改用半角数字 0–9"},
		{"a × 50% ÷ b", "第5个字符：“%”只能用在公式末尾的“× 100%”，表示结果是百分比"},
		{"合计(a, b)", "第1个字符：函数“合计”只有一个参数"},
		{"最小(a)", "第1个字符：函数“最小”至少要有两个参数"},
		{"平均(a, b)", "第1个字符：不认识的函数“平均”（可用：合计、个数、最小、最大、未填为0）"},
		{"a <= b", "第3个字符：多出的“<=”：指标的公式不能有比较，比较写在规则的“条件”中"},
		{"“三公经费”变动率", "第1个字符：不认识的符号““”：名称不要加引号，写事实的路径，如 三公经费.合计.本年预算"},
		{"1.2.3 + a", "第1个字符：“1.2.3”不是数字"},
		{strings.Repeat("（", 1001), "第1001个字符：公式有1001个字，超过1000个字；请把它分成几个指标"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.src)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) = %v; want %s", tt.src, err, tt.want)
		}
	}
}

func TestParseComparison(t *testing.T) {
	tests := []struct{ src, op, l, r string }{
		{"人员.聘用人员.实际 <= 人员.聘用人员.批复", "<=", "人员.聘用人员.实际", "人员.聘用人员.批复"},
		{"结转结余.县本级资金结转 = 0", "=", "结转结余.县本级资金结转", "0"},
		{"预算执行率 ≥ 95%", ">=", "预算执行率", "95%"},
		{"a ＜＝ b", "<=", "a", "b"},
		{"a≦b", "<=", "a", "b"},
		{"a ≠ 0", "!=", "a", "0"},
	}
	for _, tt := range tests {
		c, err := ParseComparison(tt.src)
		if err != nil {
			t.Errorf("ParseComparison(%q): %v", tt.src, err)
			continue
		}
		if c.Op != tt.op || Source(c.L) != tt.l || Source(c.R) != tt.r {
			t.Errorf("ParseComparison(%q) = %s %s %s", tt.src, Source(c.L), c.Op, Source(c.R))
		}
	}
	for src, want := range map[string]string{
		"a + b <= c": "第1个字符：条件的两边只能是指标、事实或数字；要比较算式，请先在 pack.yaml 的“指标”中定义它，再在条件中写它的名称",
		"a":          "第1个字符：条件要比较两个值，如“人员.聘用人员.实际 <= 人员.聘用人员.批复”，缺少 <、<=、>、>=、= 或 ≠",
	} {
		if _, err := ParseComparison(src); err == nil || err.Error() != want {
			t.Errorf("ParseComparison(%q) = %v; want %s", src, err, want)
		}
	}
}

// env is a schema for Check: a few facts of each kind and a list.
type env map[string]Value

func (e env) Lookup(p string) (Value, bool) { v, ok := e[p]; return v, ok }
func (e env) Hint(p string) string {
	if strings.HasPrefix(p, "人员.编制") {
		return "，是不是“人员.编制数”？"
	}
	return ""
}

var testEnv = env{
	"人员.编制数":       {Kind: facts.Count, Unit: "人"},
	"人员.在职人数":      {Kind: facts.Count, Unit: "人"},
	"人员":           {Kind: facts.Object, Desc: "财政供养人员情况"},
	"重点支出.本年预算":    {Kind: facts.Money, Unit: "万元"},
	"合计.项目支出.本年预算": {Kind: facts.Money, Unit: "万元"},
	"单位":           {Kind: facts.Text},
	"报告日期":         {Kind: facts.Date},
	"楼堂馆所":         {Kind: facts.List},
	"楼堂馆所.实际规模":    {Kind: facts.Decimal, Unit: "㎡", List: "楼堂馆所"},
	"楼堂馆所.名称":      {Kind: facts.Text, List: "楼堂馆所"},
}

func TestCheck(t *testing.T) {
	tests := []struct{ src, want string }{
		{"重点支出.本年预算 ÷ 合计.项目支出.本年预算 × 100%", ""},
		{"合计(楼堂馆所.实际规模) ÷ 个数(楼堂馆所)", ""},
		{"人员.编制 ÷ 1", "第1个字符：不认识的名称“人员.编制”：它既不是事实，也不是合计，是不是“人员.编制数”？"},
		{"单位 + 1", "第1个字符：“单位”是文字，不能参加计算"},
		{"报告日期 − 1", "第1个字符：“报告日期”是日期，不能参加计算"},
		{"人员 ÷ 2", "第1个字符：“人员”是一组事实（财政供养人员情况），请写到其中具体的一项"},
		{"楼堂馆所.实际规模 × 2", "第1个字符：“楼堂馆所.实际规模”是列表“楼堂馆所”中每一项的数，请写 合计(楼堂馆所.实际规模)"},
		{"楼堂馆所 + 1", "第1个字符：“楼堂馆所”是列表：写 个数(楼堂馆所) 取项数，或 合计(楼堂馆所.字段) 把某一栏加起来"},
		{"合计(人员.编制数)", "第4个字符：“人员.编制数”不在列表中，不用 合计(…)；合计(…) 把列表各项的某一栏加起来"},
		{"合计(楼堂馆所.名称)", "第4个字符：“楼堂馆所.名称”是文字，不能相加"},
		{"人员.编制数 ÷ 0", "第8个字符：不能除以 0"},
		{"个数(人员.编制数)", "第4个字符：“人员.编制数”不是列表，不能数项数"},
		{"重点支出.本年预算 + 人员.编制数", "第11个字符：“+”两边的单位不同（金额，万元、整数，人），不能相加减"},
		{"最大(重点支出.本年预算, 人员.编制数)", "第15个字符：“最大”两边的单位不同（金额，万元、整数，人），不能放在一起比较"},
	}
	for _, tt := range tests {
		e, err := Parse(tt.src)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.src, err)
		}
		var got []string
		for _, p := range Check(e.Root, testEnv) {
			got = append(got, p.Error())
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("Check(%q) = %q; want %q", tt.src, got, tt.want)
		}
	}
}
