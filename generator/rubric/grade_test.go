package rubric

import "testing"

// TestGradeBoundaries: lower bounds are inclusive (90（含）优, 80（含）良,
// 60（含）中, below 60 差).
func TestGradeBoundaries(t *testing.T) {
	r := &Rubric{Grades: defaultGrades()}
	for total, want := range map[string]string{
		"100": "优", "90": "优", "89.99": "良", "80": "良", "79.99": "中", "60": "中", "59.99": "差", "0": "差",
	} {
		if got := r.GradeOf(mustDec(total)); got != want {
			t.Errorf("GradeOf(%s) = %s; want %s", total, got, want)
		}
	}
}
