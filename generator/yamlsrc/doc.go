// Package yamlsrc reads YAML (and JSON, its subset) into yaml.Node trees and
// turns syntax errors into located diagnostics in Chinese. Every loader of
// jixiao (facts, rubrics, packs, render data) starts here so that each later
// problem can point at file:line:col.
package yamlsrc
