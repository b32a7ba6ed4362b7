// Package pack loads a template pack: a folder (or a .zip of one, or the
// pack embedded in the binary) holding pack.yaml, the rubric, the Word and
// Excel templates and an example facts file. Everything jixiao renders for
// a unit comes from one pack, which a finance bureau can hand to its units.
// pack.yaml may declare the pack's own facts (事实) and metrics (指标); the
// pack hands them to its rubric, which carries them to every command.
package pack
