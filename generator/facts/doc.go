// Package facts loads a unit's facts file: one YAML file per unit and year
// holding every figure and text the four attachments state.
//
// The shape of the file is data, not Go structs: Schema describes every key
// (Chinese, as on the official forms), its kind (金额, 人数, 文字 …), what it
// means and which form row it comes from. The same description drives
// loading and validation (every problem at once, each with file:line:col and
// a did-you-mean for unknown keys), the template data (absent facts become
// tmpl.Pending markers, never guesses), `jixiao init`, `jixiao schema` and the
// template author's guide. A template pack may add facts of its own
// (pack.yaml, 事实: LoadDecls and Declare), which every one of these then
// treats as it treats the core facts.
//
// A fact the unit has not provided is absent: Value.Present is false, and
// everything computed from it is 待评.
package facts
