package batch

import "testing"

// TestFolderName: 单位-年度, with the characters a file name may not hold
// replaced as in the documents' names, and "" when unit or year is unknown
// or the name cannot be a folder.
func TestFolderName(t *testing.T) {
	for _, tc := range []struct{ unit, year, want string }{
		{"长沙县机关事务中心", "2022", "长沙县机关事务中心-2022"},
		{"某某局/办公室", "2023", "某某局_办公室-2023"},
		{`甲:乙*丙?"丁"<戊>|己\`, "2023", "甲_乙_丙__丁__戊__己_-2023"},
		{"某某局", "", ""},
		{"", "2023", ""},
	} {
		if got := FolderName(tc.unit, tc.year); got != tc.want {
			t.Errorf("FolderName(%q, %q) = %q, want %q", tc.unit, tc.year, got, tc.want)
		}
	}
}
