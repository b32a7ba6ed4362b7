// Package tmpl is what the Word and Excel engines share: the allow-listed
// template functions (sprig's hermetic, repeatable functions plus jixiao's
// own, each registered with runnable examples), the value types templates
// see (exact decimals, Pending for facts not yet provided, Paragraphs for
// multi-paragraph narrative, MergeDown for table cells merged with their
// equal neighbours), Chinese explanations of text/template errors,
// and the limits that keep a shared template from running away.
package tmpl
