// Package data embeds the example unit, 长沙县机关事务中心 2022, as the
// official material states it. It is the default pack's example facts file.
package data

import _ "embed"

// ExampleName is the file name of the example.
const ExampleName = "长沙县机关事务中心-2022.yaml"

// Example is the content of the example facts file.
//
//go:embed 长沙县机关事务中心-2022.yaml
var Example []byte
