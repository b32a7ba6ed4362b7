package webui

import (
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"jixiao/generator/build"
)

// batchInput is a batch as the page asked for it.
type batchInput struct {
	files    []string          // the facts files, in the order built
	names    map[string]string // how each file is named on the page and in the 汇总
	uploaded bool              // the files were uploaded, not read in the working folder
	prepared *build.Prepared
	packFile string // the uploaded pack, kept in the batch's folder
	packName string // its name as uploaded
	final    bool
}

func (in *batchInput) name(file string) string {
	if n, ok := in.names[file]; ok {
		return n
	}
	return filepath.Base(file)
}

// batchForm is the page's request: multipart/form-data with
//
//	facts    a facts file (.yaml), any number of times
//	folder   or a folder of the working folder ("." for itself)
//	pack     an uploaded pack (.zip), optional
//	packdir  or a pack folder or .zip of the working folder, optional
//	final    "1" for --final
type batchForm struct {
	uploads  []string
	names    map[string]string
	folder   string
	packFile string
	packName string
	packDir  string
	final    bool
}

// Run receives a batch from the page and starts it.
func (b *Bureau) Run(w http.ResponseWriter, r *http.Request) (*BatchView, error) {
	dir, id, err := b.reserve()
	if err != nil {
		return nil, err
	}
	in, err := b.receive(w, r, dir)
	if err != nil {
		b.release(dir)
		return nil, err
	}
	return b.start(id, dir, in)
}

// receive reads the request into dir and decides what to build with which
// pack.
func (b *Bureau) receive(w http.ResponseWriter, r *http.Request, dir string) (*batchInput, error) {
	f, err := b.readForm(w, r, dir)
	if err != nil {
		return nil, err
	}
	in := &batchInput{final: f.final, names: f.names, packFile: f.packFile, packName: f.packName}
	switch {
	case len(f.uploads) > 0 && f.folder != "":
		return nil, pageErr(http.StatusBadRequest, "请只选一种：上传的事实文件，或工作文件夹中的一个文件夹")
	case len(f.uploads) > 0:
		in.files, in.uploaded = f.uploads, true
		sortedNames(in.files, in.names)
	case f.folder != "":
		if in.files, in.names, err = b.folderFiles(f.folder); err != nil {
			return nil, err
		}
	default:
		return nil, pageErr(http.StatusBadRequest, "请选择各单位的事实文件（.yaml），或工作文件夹中的一个文件夹")
	}
	in.prepared, err = b.packOf(f)
	return in, err
}

// readForm reads the multipart request, saving the files into dir and
// enforcing the limits as it reads.
func (b *Bureau) readForm(w http.ResponseWriter, r *http.Request, dir string) (*batchForm, error) {
	r.Body = http.MaxBytesReader(w, r.Body, b.limits.Total)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, pageErr(http.StatusUnsupportedMediaType, "请求应为上传的文件（multipart/form-data）")
	}
	f := &batchForm{names: map[string]string{}}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err == nil {
			err = b.readPart(f, part, dir)
			part.Close()
		}
		if err != nil {
			return nil, b.uploadErr(err)
		}
	}
}

// uploadErr words an error of reading the request.
func (b *Bureau) uploadErr(err error) error {
	var tooBig *http.MaxBytesError
	var pe *PageError
	switch {
	case errors.As(err, &tooBig):
		return pageErr(http.StatusRequestEntityTooLarge, "上传的内容共超过 %s 的上限，请分批汇总", sizeText(b.limits.Total))
	case errors.As(err, &pe):
		return err
	}
	return pageErr(http.StatusBadRequest, "上传没有完成：%v", err)
}

func (b *Bureau) readPart(f *batchForm, part *multipart.Part, dir string) error {
	switch part.FormName() {
	case "facts":
		return b.saveFacts(f, part, filepath.Join(dir, "事实文件"))
	case "pack":
		return b.savePack(f, part, dir)
	case "folder", "packdir", "final":
		v, err := io.ReadAll(io.LimitReader(part, MaxNameBytes+1))
		if err != nil || len(v) > MaxNameBytes {
			return pageErr(http.StatusBadRequest, "“%s”太长", part.FormName())
		}
		f.set(part.FormName(), strings.TrimSpace(string(v)))
		return nil
	}
	return pageErr(http.StatusBadRequest, "不认识的内容“%s”", part.FormName())
}

func (f *batchForm) set(field, v string) {
	switch field {
	case "folder":
		f.folder = v
	case "packdir":
		f.packDir = v
	case "final":
		f.final = v == "1" || v == "on" || v == "true"
	}
}

// saveFacts saves an uploaded facts file into dir under a number, and
// names it by its upload's plain name, or a variant of it when two uploads
// share a name: no name from the page becomes a path.
func (b *Bureau) saveFacts(f *batchForm, part *multipart.Part, dir string) error {
	upload := plainName(part.FileName())
	if !isFactsName(upload) {
		return pageErr(http.StatusBadRequest, "“%s”不是 .yaml 事实文件", upload)
	}
	if len(f.uploads) >= b.limits.Files {
		return pageErr(http.StatusRequestEntityTooLarge, "一次最多汇总 %d 个事实文件，请分批汇总", b.limits.Files)
	}
	clean, err := cleanName(upload)
	if err != nil {
		return pageErr(http.StatusBadRequest, "%v", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	path := filepath.Join(dir, fmt.Sprintf("%04d.yaml", len(f.uploads)+1))
	if err := saveUpload(part, path, b.limits.FileBytes, upload); err != nil {
		return err
	}
	f.uploads = append(f.uploads, path)
	f.names[path] = f.unique(clean)
	return nil
}

// unique is name, or 名称（2）.yaml and so on when an upload has it.
func (f *batchForm) unique(name string) string {
	taken := map[string]bool{}
	for _, n := range f.names {
		taken[n] = true
	}
	ext := filepath.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	out := name
	for i := 2; taken[out]; i++ {
		out = fmt.Sprintf("%s（%d）%s", stem, i, ext)
	}
	return out
}

// savePack saves an uploaded pack (.zip) into dir.
func (b *Bureau) savePack(f *batchForm, part *multipart.Part, dir string) error {
	upload := plainName(part.FileName())
	if upload == "" {
		return nil
	}
	if f.packFile != "" || strings.ToLower(filepath.Ext(upload)) != ".zip" {
		return pageErr(http.StatusBadRequest, "模板包只能上传一个 .zip 文件")
	}
	path := filepath.Join(dir, "模板包.zip")
	if err := saveUpload(part, path, b.limits.PackBytes, upload); err != nil {
		return err
	}
	f.packFile, f.packName = path, upload
	return nil
}

// plainName is the file name of an upload, without the folders a browser
// may send (of either slash).
func plainName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}

// saveUpload copies part into a new file at path, up to limit bytes.
func saveUpload(part io.Reader, path string, limit int64, upload string) error {
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	n, err := io.Copy(out, io.LimitReader(part, limit+1))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		return err
	case n > limit:
		return pageErr(http.StatusRequestEntityTooLarge, "“%s”太大（上限 %s）", upload, sizeText(limit))
	}
	return nil
}

// sizeText is a limit in MB, or KB below one MB.
func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", max(1, n>>10))
}

// sortedNames sorts the uploads by their names, so that the first of two
// files of one unit is the same whatever order the browser sent them in.
func sortedNames(files []string, names map[string]string) {
	sort.SliceStable(files, func(i, j int) bool { return names[files[i]] < names[files[j]] })
}
