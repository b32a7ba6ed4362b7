package facts

import "encoding/json"

// jsonNumber writes a bound exactly as it is written in the schema.
func jsonNumber(s string) json.Number { return json.Number(s) }
