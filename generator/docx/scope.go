package docx

import "strings"

// checkScopes reports every variable used where text/template would not
// know it: before its declaration, or after the end of the block that
// declared it. (checkTags declares every variable, so it cannot.)
func checkScopes(tags []*tag) []problem {
	scopes := []map[string]bool{{"$": true}}
	var probs []problem
	for _, t := range tags {
		decl, uses := splitDecl(t)
		for _, u := range uses {
			if !defined(scopes, u) {
				probs = append(probs, problem{t: t, msg: "未定义的变量 " + u + "：变量只能在声明它之后、声明它的 range/if/with 块之内使用", syntax: true})
				break
			}
		}
		switch t.kind {
		case tagOpen:
			scopes = append(scopes, map[string]bool{})
		case tagEnd:
			if len(scopes) > 1 {
				scopes = scopes[:len(scopes)-1]
			}
		}
		for _, d := range decl {
			scopes[len(scopes)-1][d] = true
		}
	}
	return probs
}

// defined reports whether a scope declares name.
func defined(scopes []map[string]bool, name string) bool {
	for _, s := range scopes {
		if s[name] {
			return true
		}
	}
	return false
}

// splitDecl returns the variables t declares (with :=) and those it uses
// (everything else, assignments with = included).
func splitDecl(t *tag) (decl, uses []string) {
	s := trimMarkers(t.action)
	if t.kind == tagOpen || t.kind == tagElse {
		s = strings.TrimSpace(strings.TrimPrefix(s, t.word))
	}
	m := declRE.FindString(s)
	eq := strings.Index(m, "=")
	if m == "" || eq < 1 || m[eq-1] != ':' {
		return nil, variables(s)
	}
	return variables(s[:eq]), variables(s[eq+1:])
}
