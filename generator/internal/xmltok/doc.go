// Package xmltok is a fast tokenizer for the XML of Word and Excel parts.
// It walks a document held in a []byte and yields the tokens
// encoding/xml's Decoder.RawToken yields with Strict set, with the same
// byte spans (Decoder.InputOffset before and after each token), reusing
// its buffers instead of allocating per token.
//
// It handles only the plain XML office applications write: elements with
// ASCII names, quoted attributes, character data with the five predefined
// entities and numeric character references, comments and processing
// instructions. Whenever it meets anything else, or anything it does not
// treat exactly as encoding/xml does (CDATA sections, directives such as
// DOCTYPE, other entities, non-ASCII names, invalid UTF-8 or characters
// XML forbids, unmatched or unclosed elements, truncated input), Next
// returns ErrDecline: the caller then reads the whole document again with
// encoding/xml, which also reports the errors of malformed XML. A
// document the tokenizer accepts is one encoding/xml accepts with
// identical tokens, both through RawToken and Token.
package xmltok
