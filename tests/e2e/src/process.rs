//! Servers and browsers the tests start, stopped with everything they
//! started in turn when the test ends, whether it passed or panicked.
//!
//! Killing a process leaves its children running: PHP's built-in server
//! forks its workers (PHP_CLI_SERVER_WORKERS), chromedriver starts Chromium,
//! and Chromium its zygotes and renderers (geckodriver and WebKitWebDriver
//! likewise start Firefox and WebKit's MiniBrowser, with their own helpers). So each is started in a process
//! group of its own, which its children join, and the whole group is
//! killed on drop (Drop runs while a panicking test unwinds).
//!
//! A group of its own is also outside the terminal's: Ctrl+C stops the test
//! binary, whose drops then don't run, but not these. `cargo xtask test`
//! names (and stops) any such process the suite left behind.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A child process leading a process group of its own; the group is killed
/// on drop.
pub struct Group {
    child: Child,
    what: String,
    stopped: bool,
}

impl Group {
    /// Starts `command` as the leader of a new process group; `what` names
    /// it in a panic when it cannot start.
    pub fn spawn(command: &mut Command, what: &str) -> Group {
        let child = command.process_group(0).spawn().unwrap_or_else(|e| {
            panic!("cannot start {what}: {e}; `cargo xtask setup` installs it")
        });
        Group {
            child,
            what: what.to_owned(),
            stopped: false,
        }
    }

    /// The leader's standard output, if it was piped and not taken yet.
    pub fn take_stdout(&mut self) -> Option<std::process::ChildStdout> {
        self.child.stdout.take()
    }

    /// Whether the leader has exited (and so no longer serves).
    pub fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Kills every process in the group and reaps the leader, then waits (at
    /// most 5 s) until none of the group is alive, so that the next test, and
    /// the check after the suite, find them gone. Only the first call acts:
    /// the group's number could be a new group's later.
    pub fn stop(&mut self) {
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        let group = self.child.id() as libc::pid_t;
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            // SAFETY: kill(2) with a negative pid signals that process
            // group; it touches no memory of ours. Again on each round, for
            // a member that forked as the first signal went out.
            unsafe { libc::kill(-group, libc::SIGKILL) };
            let _ = self.child.try_wait();
            if members(group).is_empty() || Instant::now() >= deadline {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.wait();
    }
}

/// The live (not zombie) processes in process group `group`, from /proc.
pub fn members(group: libc::pid_t) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            // "pid (comm) state ppid pgrp ...": comm may hold spaces and
            // parentheses, so the fields are counted from the last ')'.
            std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                let mut fields = stat
                    .rsplit_once(')')
                    .map_or("", |(_, rest)| rest)
                    .split_whitespace();
                let state = fields.next();
                let pgrp = fields.nth(1).and_then(|g| g.parse::<libc::pid_t>().ok());
                state != Some("Z") && pgrp == Some(group)
            })
        })
        .collect()
}

impl Drop for Group {
    fn drop(&mut self) {
        self.stop();
    }
}

impl std::fmt::Debug for Group {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (process group {})", self.what, self.child.id())
    }
}
