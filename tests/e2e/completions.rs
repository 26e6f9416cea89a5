//! `petdb completions SHELL` and the committed scripts under `completions/`.

use crate::common::TestEnv;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "petdb.bash"),
    ("zsh", "_petdb"),
    ("fish", "petdb.fish"),
    ("powershell", "_petdb.ps1"),
    ("elvish", "petdb.elv"),
];

/// Fails when a CLI change was not followed by `scripts/update-completions`.
#[test]
fn committed_completions_are_up_to_date() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let generated = env.ok(&["completions", shell]);
        assert!(generated.contains("petdb"), "{shell}");
        let committed = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is out of date: run scripts/update-completions"
        );
    }
}

#[test]
fn completions_need_no_database() {
    let env = TestEnv::new();
    env.cmd()
        .env("DATABASE_URL", "mysql://unsupported")
        .args(["completions", "bash"])
        .assert()
        .success();
}
