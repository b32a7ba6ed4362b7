// Package docx renders Word (.docx) templates written with Go's
// text/template syntax ({{.单位}}, {{range .项目}}…{{end}}) and jixiao's
// function allow-list (package tmpl).
//
// # How it works
//
// Parse reads the archive and checks that every XML part of the package
// (by name or content type; wellformed.go, xmlparts.go) is well-formed
// XML as Word reads it, since a part without tags is copied into the
// output as it is; then, for the main document part and each header,
// footer, footnotes and endnotes part:
//
//  1. reads the archive (zip.go) and parses the XML of the part into a
//     light tree of elements located by byte offsets (xmltree.go; entities
//     in text are decoded with a map back to raw offsets, text.go).
//     Nothing is re-encoded: every byte the engine does not change is
//     copied from the template as it was, so namespaces, unknown elements
//     and Word's extensions survive;
//  2. lists the paragraphs and the pieces of their text, one per w:t, in
//     order, with barriers (tabs, breaks, drawings, field characters…)
//     between them, and numbers paragraphs and table cells the way a
//     reader counts them, for messages (scan.go);
//  3. finds the tags in each paragraph's joined text, so that a tag split
//     over runs by spelling marks, bookmarks, revision ids or formatting
//     changes is found whole (tags.go), and classifies them (kinds.go).
//     Quotes inside actions may hold “}}”; smart quotes typed by
//     autocorrect count as quotes and become plain ones
//     (tmpl.NormalizeAction); XML entities are decoded first;
//  4. checks every tag alone for syntax and unknown functions (check.go),
//     the scope of variables (scope.go) and the balance of blocks
//     (blocks.go), collecting every problem rather than the first;
//  5. maps control flow onto the document (placement.go): a paragraph
//     holding only control tags disappears; a block opening in one cell
//     and closing in another cell of the same table repeats or removes the
//     rows between; a block spanning paragraphs repeats or removes them;
//     one inside a paragraph stays inline. A placement that cannot give
//     well-formed XML is an error naming both tags (validate.go);
//  6. records the edits on the tree (apply.go), makes sure every table
//     cell keeps a paragraph (guard.go), and generates the text/template
//     source: raw XML with the actions where they belong, delimited by
//     control characters that XML can never contain (source.go). A table
//     of source offsets maps any later error back to its tag;
//  7. parses the source and makes every printing action escape its value
//     for its place, the way html/template does (inject.go, escape.go): an
//     escaping command is appended to the pipeline, or, when the pipeline
//     ends with a formatting function (万元, 数, 段落, upper…), that call is
//     replaced by the function fused with the escaper, which saves a
//     reflective call per action. Values are never escaped before they
//     reach functions.
//
// Execute first looks up every field of every part in the data
// (tmpl.CheckFields), so that all missing fields are reported at once;
// for a template with errors, it looks up the fields of its sound tags
// (fieldcheck.go) and returns them with the template's errors. Then it
// runs each part within the run's tmpl.Budget (the template's functions,
// bound once at Parse, draw on it; an escaper whose output would exceed it
// reports the limit at its tag), streaming the output to a goroutine
// that deflates it (stream.go) so that both overlap; a part
// whose cells may merge down, or whose blocks repeat drawings or
// bookmarks, is rendered into memory first, its cells merged and its ids
// made unique again (ids.go). The archive keeps the
// template's entry order; untouched parts are copied raw, rendered parts
// are deflated with a fixed time, so the same input gives the same bytes,
// and nothing reaches the caller's writer unless everything succeeded.
//
// # Values
//
// Strings are escaped for XML; "\n" becomes a line break (w:br) and "\t" a
// tab (w:tab); a tmpl.Paragraphs value (the 段落 function) becomes real
// paragraphs with the paragraph and run properties of the tag's place;
// decimals print exactly; tmpl.Pending prints its 【待补：…】 marker; nil
// prints nothing. Characters XML 1.0 forbids are an error naming the tag.
//
// # Merging equal values down a row loop
//
// In a row a range block repeats, a cell holding nothing but one printing
// tag (control tags, bookmarks and white space aside) whose value is a
// tmpl.MergeDown — {{纵向合并 .一级指标}} — merges with the cells above and
// below holding the same value, as the official forms merge 一级指标 down
// their rows. Parse flags such cells (mergecells.go); their escaper puts a
// mark with the value before the text (mergemark.go); once the part is
// rendered, a pass over each table (mergepass.go) gives the first cell of
// every run of two or more consecutive rows <w:vMerge w:val="restart"/>,
// keeping its text, and the others <w:vMerge/> and one empty paragraph
// with the template paragraph's properties, the vMerge placed in w:tcPr in
// schema order (mergexml.go). A run needs adjacent rows printed by the same
// template cell over the same grid columns, and values that continue one
// another (tmpl.MergeDown.Continues): the same text and the same group
// values ({{纵向合并 .二级指标 .一级指标}} breaks where 一级指标 changes);
// blanks never merge. Anywhere else 纵向合并 prints its value.
//
// # Limits
//
// {{define}}, {{template}} and {{block}} are rejected: a Word template
// writes its content out. Tags must lie within one paragraph and are read
// only from visible text (w:t), not from field codes or attributes.
// Columns cannot be repeated. Repeated paragraphs and rows drop their
// w14:paraId/w14:textId and content-control ids, which Word regenerates.
package docx
