// Package data embeds the example units. 长沙县机关事务中心 2022 is the
// official material as it states it, gaps and contradictions included: the
// default pack's example facts file. 示例县农业农村局 2023 is fictitious and
// complete: every fact is filled in and the figures agree, so it shows a
// package ready to hand in.
package data

import _ "embed"

// ExampleName is the file name of the example.
const ExampleName = "长沙县机关事务中心-2022.yaml"

// Example is the content of the example facts file.
//
//go:embed 长沙县机关事务中心-2022.yaml
var Example []byte

// CompleteName is the file name of the complete, fictitious example.
const CompleteName = "示例县农业农村局-2023.yaml"

// Complete is the content of the complete example facts file.
//
//go:embed 示例县农业农村局-2023.yaml
var Complete []byte
