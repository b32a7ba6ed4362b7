// Package gate says whether a unit's package is ready to hand in, and if
// not, everything still missing: the data errors, each missing fact (named
// by the form row it comes from, with where to write it in the facts file),
// each 待评 indicator, and each 【待补】 the documents would contain, counted
// in the rendered Word and Excel files themselves (Inspect), or in the
// texts of those files the engines give without making them
// (InspectTexts, for `jixiao check`). `jixiao check` lists the
// gaps; `build --final` and `check --final` refuse a package that has any;
// `build` without --final ends with the draft line.
package gate
