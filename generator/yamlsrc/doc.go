// Package yamlsrc reads YAML (and JSON, its subset) into yaml.Node trees and
// turns syntax errors into located diagnostics in Chinese. Every loader of
// jixiao (facts, rubrics, packs, render data) starts here so that each later
// problem can point at file:line:col.
//
// A syntax error is reported at the line at fault, not where the yaml
// library happened to notice it: the library's line is corrected (its
// parser counts from 0 and names the start of the enclosing collection),
// the fault is searched by parsing growing prefixes of the source, and the
// source lines around it are read for the slips clerks make — a full-width
// colon, a colon without its space, a tab, a wrong indentation, an unclosed
// bracket or quote, a value starting with “*”. Control characters, which no
// document can hold, are errors at their value. FoldedText and ValueHint
// give the hints the loaders add: text that YAML folds into one line, and
// values that show a slip.
package yamlsrc
