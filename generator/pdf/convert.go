package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Time limits of one LibreOffice run: Startup for starting it (longer the
// first time, while it creates its profile) and PerDocument for each
// document it converts.
const (
	Startup     = 2 * time.Minute
	PerDocument = time.Minute
)

// Converter converts documents with LibreOffice, at most Workers runs at
// a time, each with its own user profile. It is safe for concurrent use.
type Converter struct {
	office      string
	profiles    chan string // the profile folders not in use
	root        string      // the folder holding the profiles
	startup     time.Duration
	perDocument time.Duration
}

// New returns a Converter running office (from Find) in up to workers
// runs at a time. Close removes its profiles.
func New(office string, workers int) (*Converter, error) {
	root, err := os.MkdirTemp("", "jixiao-libreoffice-")
	if err != nil {
		return nil, err
	}
	c := &Converter{office: office, profiles: make(chan string, max(1, workers)), root: root,
		startup: Startup, perDocument: PerDocument}
	for i := range cap(c.profiles) {
		c.profiles <- filepath.Join(root, "profile"+strconv.Itoa(i))
	}
	return c, nil
}

// SetLimits changes the time limits of each run (tests shorten them).
func (c *Converter) SetLimits(startup, perDocument time.Duration) {
	c.startup, c.perDocument = startup, perDocument
}

// Close removes the LibreOffice profiles.
func (c *Converter) Close() error { return os.RemoveAll(c.root) }

// Convert converts docs, all in one folder, to PDF files in that folder
// named by Names, and returns their paths in the order of docs. The
// documents are shared among the free workers. PDFs that were made are
// kept and returned even when others failed; the error names the rest.
func (c *Converter) Convert(ctx context.Context, docs []string) ([]string, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	names := Names(docs)
	chunks := split(len(docs), cap(c.profiles))
	made := make([]bool, len(docs))
	errs := make([]error, len(chunks))
	var wg sync.WaitGroup
	for k, idx := range chunks {
		wg.Go(func() { errs[k] = c.convertChunk(ctx, docs, names, idx, made) })
	}
	wg.Wait()
	var pdfs []string
	for i, ok := range made {
		if ok {
			pdfs = append(pdfs, filepath.Join(filepath.Dir(docs[i]), names[i]))
		}
	}
	return pdfs, errors.Join(errs...)
}

// split deals n documents out to at most w runs, in order.
func split(n, w int) [][]int {
	runs := min(n, w)
	chunks := make([][]int, runs)
	for i := range n {
		chunks[i*runs/n] = append(chunks[i*runs/n], i)
	}
	return chunks
}

// convertChunk converts the documents idx in one LibreOffice run with a
// free profile. The documents are linked into a temporary folder under
// numbered names, so that a .docx and an .xlsx of one name do not
// overwrite each other's PDF, and each PDF is renamed to its final name.
func (c *Converter) convertChunk(ctx context.Context, docs, names []string, idx []int, made []bool) error {
	var profile string
	select {
	case profile = <-c.profiles:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { c.profiles <- profile }()
	tmp, err := os.MkdirTemp(filepath.Dir(docs[idx[0]]), ".jixiao-pdf-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var inputs []string
	for n, i := range idx {
		in := filepath.Join(tmp, strconv.Itoa(n)+filepath.Ext(docs[i]))
		if err := linkOrCopy(docs[i], in); err != nil {
			return err
		}
		inputs = append(inputs, in)
	}
	out := filepath.Join(tmp, "pdf")
	runErr := c.run(ctx, profile, out, inputs)
	var missing []string
	for n, i := range idx {
		dst := filepath.Join(filepath.Dir(docs[i]), names[i])
		if err := os.Rename(filepath.Join(out, strconv.Itoa(n)+".pdf"), dst); err != nil {
			missing = append(missing, filepath.Base(docs[i]))
			continue
		}
		made[i] = true
	}
	if len(missing) == 0 {
		return nil
	}
	if runErr == nil {
		runErr = errors.New("LibreOffice 没有报错，但没有写出 PDF")
	}
	return fmt.Errorf("%s：%w", strings.Join(missing, "、"), runErr)
}

// run runs LibreOffice once on inputs, writing the PDFs into out, within
// the time limit; on timeout LibreOffice and its children are killed.
func (c *Converter) run(ctx context.Context, profile, out string, inputs []string) error {
	limit := c.startup + time.Duration(len(inputs))*c.perDocument
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	args := append([]string{"-env:UserInstallation=" + fileURL(profile), "--headless", "--invisible",
		"--norestore", "--nologo", "--nodefault", "--nolockcheck",
		"--convert-to", "pdf", "--outdir", out}, inputs...)
	cmd := exec.CommandContext(ctx, c.office, args...)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	killTree(cmd)
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("LibreOffice 超过 %s 没有完成，已停止", limit.Round(time.Second))
	case ctx.Err() != nil:
		return fmt.Errorf("已中断")
	case err != nil:
		return fmt.Errorf("LibreOffice 出错：%v %s", err, strings.TrimSpace(output.String()))
	}
	return nil
}

// fileURL is the file: URL of a local folder, as -env:UserInstallation
// wants it (file:///tmp/x, file:///C:/Users/x).
func fileURL(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// linkOrCopy makes dst a hard link to src, or a copy where links fail.
func linkOrCopy(src, dst string) error {
	if os.Link(src, dst) == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
