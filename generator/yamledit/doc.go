// Package yamledit changes values in YAML source text in place. It finds
// the node through yaml.Node and patches the source bytes at the node's line
// and column, so that every line an edit does not touch stays byte-identical:
// comments, key order, quoting, blank lines and line endings (LF or CRLF).
//
// Set writes one scalar (adding the keys, mappings or list items that lead
// to it when they are missing), Replace puts a one-line scalar in place of a
// whole mapping or list (“政府采购: 无”), Delete removes one list item.
// Every edit is verified before it is returned: the new text is parsed
// again and must hold exactly the old data with that one change, or the
// edit is refused with an error and the text is left as it was.
package yamledit
