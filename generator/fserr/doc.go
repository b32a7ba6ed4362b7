// Package fserr words in Chinese why a file could not be read or
// written: the operating system's own message (“open x: no such file or
// directory”) is English, and a clerk reads the message beside the file's
// name anyway.
package fserr
