package packsrc

// Templates maps each template file of the default pack to its builder.
func Templates() map[string]func() ([]byte, error) {
	return map[string]func() ([]byte, error){
		Table11File:     table11,
		Table12File:     table12,
		ReportFile:      report,
		Table24File:     table24,
		Word11File:      word11,
		Word11NotesFile: word11Notes,
		Word12File:      word12,
		Word24File:      word24,
	}
}
