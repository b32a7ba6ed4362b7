package atomicfile

import "os"

// WriteUnsynced writes data to path as Write does, through a temporary
// file renamed into place, so that readers see the old content or the
// complete new one, but without syncing it first: a crash of the machine
// right after may lose the new content. A batch that writes hundreds of
// files uses it, since a sync costs milliseconds per file.
func WriteUnsynced(path string, data []byte, perm os.FileMode) error {
	return writeVia(path, perm, writeData(data), false)
}
