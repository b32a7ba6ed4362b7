// Package diag is the one vocabulary for problems found in user input: a
// position (file:line:col for YAML, or template file, archive part and
// paragraph/cell for templates), a severity and a message in Chinese.
//
// Every stage of jixiao collects diagnostics into a List instead of stopping
// at the first problem, so users see every problem at once.
package diag
