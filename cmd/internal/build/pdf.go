package build

import (
	"context"
	"fmt"
	"runtime"

	"jixiao/cmd/internal/cmdutil"
)

// convertPDF converts the written documents to PDF next to them (--pdf).
func convertPDF(io *cmdutil.IO, paths []string) error {
	conv, err := cmdutil.StartPDF(io, runtime.NumCPU())
	if err != nil || conv == nil {
		return err
	}
	defer conv.Close()
	pdfs, err := conv.Convert(context.Background(), paths)
	for _, p := range pdfs {
		fmt.Fprintf(io.Out, "已生成 %s\n", p)
	}
	if err != nil {
		return &cmdutil.OutputError{Err: fmt.Errorf("PDF 没有全部生成：%w", err)}
	}
	return nil
}
