// The sample is a checkout of its own, as a user's project is: SARIF paths are relative to the repository's root.
// (Cloned into this build's target/it, it would otherwise be inside this repository's checkout.)
new File(basedir, '.git').mkdirs()
return true
