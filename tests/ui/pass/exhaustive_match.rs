// A trimmed enum of a small category, matched exhaustively: every variant plus `Other`, no `_`.
use sec_codes::{OSStatus, sec_codes};

/// Module manager failures.
#[sec_codes(categories = "module_manager")]
pub enum ModuleError {}

fn describe(error: ModuleError) -> &'static str {
    match error {
        ModuleError::EmmLoadFailed => "load",
        ModuleError::EmmUnloadFailed => "unload",
        ModuleError::ModuleManagerInitializeFailed => "init",
        ModuleError::ModuleManagerNotFound => "not found",
        ModuleError::ModuleManifestVerifyFailed => "manifest",
        ModuleError::ModuleNotLoaded => "not loaded",
        ModuleError::Other(_) => "other",
    }
}

fn main() {
    assert_eq!(ModuleError::check(0), Ok(()));
    let status: OSStatus = -67718; // errSecModuleNotLoaded
    let error = ModuleError::from(status);
    assert_eq!(describe(error), "not loaded");
    assert_eq!(describe(ModuleError::from(-1)), "other");
}
