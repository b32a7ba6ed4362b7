// Package batchtest makes the facts files of a whole county for tests and
// benchmarks: unit i is the built-in complete example
// (data/示例县农业农村局-2023.yaml) under its own name, with its figures
// varied so that the units score differently (中, 良 and 优) while every
// figure still agrees with the others.
package batchtest
