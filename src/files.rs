//! Files Haven writes for people (the office's invitations, the AUP report): created readable
//! and writable by their owner only, because they hold live link codes or personal data.
//!
//! This module must never widen the permissions of a file, and never follows a request to write
//! a file elsewhere than the path it is given.

use anyhow::Context;
use std::fs::File;
use std::path::Path;

/// Creates (or empties) `path` for writing, readable by its owner only (0600 on unix). A file
/// that already existed with wider permissions is narrowed before anything is written to it.
pub fn create_private(path: &Path) -> anyhow::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("restricting {}", path.display()))?;
    }
    Ok(file)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_and_existing_files_are_the_owners_only() {
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("invite.csv");
        writeln!(create_private(&fresh).unwrap(), "codes").unwrap();
        assert_eq!(mode(&fresh), 0o600);

        let old = dir.path().join("old.csv");
        std::fs::write(&old, "a much longer earlier content").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        writeln!(create_private(&old).unwrap(), "new").unwrap();
        assert_eq!(mode(&old), 0o600);
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "new\n");
    }
}
