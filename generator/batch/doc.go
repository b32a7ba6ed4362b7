// Package batch builds the packages of many units in one run (`jixiao
// batch`): the pack's templates are parsed once (build.Prepared) and
// every unit is evaluated, rendered and written into its own folder
// (单位-年度) by a pool of workers, one per core unless told otherwise.
// A unit that fails — facts with errors, a template error, a package not
// final under --final, a folder another file already claims — is recorded
// with its problems and does not stop the others. Each unit is written and
// released as soon as it is done; only a compact record of it
// (summary.Unit) is kept, from which the 汇总 workbook is written at the
// end.
package batch
