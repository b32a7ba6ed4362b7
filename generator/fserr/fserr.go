package fserr

import (
	"errors"
	"io/fs"
	"syscall"
)

// Explain returns why err happened, in Chinese, without the path (the
// caller shows the file): a file that is not there, not allowed, a folder
// where a file was expected, or else the system's own text.
func Explain(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "找不到这个文件或文件夹（请检查名称和所在的文件夹）"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限读取（文件可能被其他程序占用，或需要管理员权限）"
	case errors.Is(err, syscall.EISDIR):
		return "这是一个文件夹，不是文件"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一部分不是文件夹"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
