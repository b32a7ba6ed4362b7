package atomicfile

import (
	"os"
	"path/filepath"
)

// WriteUnsynced writes data to path as Write does, through a temporary
// file renamed into place, so that readers see the old content or the
// complete new one, but without syncing it first: a crash of the machine
// right after may lose the new content. A batch that writes hundreds of
// files uses it, since a sync costs milliseconds per file.
func WriteUnsynced(path string, data []byte, perm os.FileMode) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), TempPrefix+"*"+TempSuffix)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return rename(tmp.Name(), path)
}
