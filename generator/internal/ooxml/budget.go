package ooxml

import (
	"archive/zip"
	"fmt"
)

// The archive budget of one template. Real templates are far smaller;
// the limits keep a crafted file from taking the machine's memory, since
// every byte counted here may be held in memory at once. The sizes are
// those the zip headers declare: archive/zip refuses to inflate an entry
// beyond its declared size, so they cannot lie upwards.
const (
	// MaxTotal bounds the uncompressed size of all parts together.
	MaxTotal = 128 << 20
	// MaxXML bounds the uncompressed size of all XML parts together,
	// which the engines parse (parsed XML takes several times its size).
	MaxXML = 48 << 20
	// MaxRatio bounds the compression ratio of the XML parts once they
	// exceed RatioFrom: ordinary XML compresses 5 to 30 times.
	MaxRatio  = 200
	RatioFrom = 4 << 20
)

// CheckBudget refuses an archive whose parts together are too large or
// compressed suspiciously well.
func CheckBudget(zr *zip.Reader) error {
	var total, xml, packed uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if isXML(f.Name) {
			xml += f.UncompressedSize64
			packed += f.CompressedSize64
		}
		if total > MaxTotal {
			return fmt.Errorf("解压后共超过 %d MiB（可能是“压缩炸弹”），不像是模板文件", MaxTotal>>20)
		}
	}
	if xml > MaxXML {
		return fmt.Errorf("其中的 XML 解压后共 %d MiB，超过 %d MiB 的上限（可能是“压缩炸弹”）", xml>>20, MaxXML>>20)
	}
	if xml > RatioFrom && xml > MaxRatio*max(packed, 1) {
		return fmt.Errorf("其中的 XML 压缩比超过 %d 倍（%d MiB 压缩为 %d KiB），像是“压缩炸弹”", MaxRatio, xml>>20, packed>>10)
	}
	return nil
}

// isXML reports whether a part is XML the engines may parse.
func isXML(name string) bool {
	n := len(name)
	return n >= 4 && (name[n-4:] == ".xml" || name[n-4:] == ".rels" || name[n-4:] == ".vml")
}
