//! Passwords: the rules a new one must meet, and argon2id hashes.
//!
//! Parameters are OWASP's Password Storage Cheat Sheet minimum for argon2id (19 MiB of memory,
//! 2 iterations, 1 lane): about 20 ms per hash on a server core, affordable at login, costly for
//! anyone who has stolen the hashes. Hashes are stored in PHC form, which carries its parameters,
//! so stronger ones later still verify the old hashes.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use super::token::random_bytes;

/// The shortest password taken, in characters (NIST SP 800-63B asks for at least 8 and to allow
/// long passphrases; a public body's editors get 12).
pub const MIN_CHARS: usize = 12;
/// The longest, so hashing stays bounded.
pub const MAX_CHARS: usize = 256;

/// The list and its source: `data/common-passwords.md`.
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
});

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("the password is shorter than {MIN_CHARS} characters")]
    TooShort,
    #[error("the password is longer than {MAX_CHARS} characters")]
    TooLong,
    #[error("the password is one of the most common passwords")]
    Common,
    #[error("the password is the e-mail address")]
    IsTheEmail,
    #[error("the password could not be hashed: {0}")]
    Hash(String),
}

/// Whether `password` may be set for the account `email`.
pub fn check_new(password: &str, email: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < MIN_CHARS {
        return Err(PasswordError::TooShort);
    }
    if n > MAX_CHARS {
        return Err(PasswordError::TooLong);
    }
    let lower = password.trim().to_lowercase();
    if lower == email.trim().to_lowercase() {
        return Err(PasswordError::IsTheEmail);
    }
    // A common word with digits or signs stuck on its end (`qwertyuiop123!`) is as guessable.
    let stem = lower.trim_end_matches(|c: char| !c.is_alphabetic());
    let repeated = lower.chars().all(|c| lower.starts_with(c));
    if repeated || COMMON.contains(lower.as_str()) || (stem.len() >= 4 && COMMON.contains(stem)) {
        return Err(PasswordError::Common);
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string to store for `password`. Slow on purpose: call it off the async runtime.
pub fn hash(password: &str) -> Result<String, PasswordError> {
    let salt = random_bytes().map_err(|e| PasswordError::Hash(e.to_string()))?;
    let salt =
        SaltString::encode_b64(&salt[..16]).map_err(|e| PasswordError::Hash(e.to_string()))?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Whether `password` matches the stored hash. A hash that cannot be read matches nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// Spends the time a verification takes, for an address without an account: the answer's timing
/// must not tell whether an address has one.
pub fn verify_nothing(password: &str) {
    static DUMMY: LazyLock<String> =
        LazyLock::new(|| hash("a password nobody has ever had").unwrap_or_default());
    let _ = verify(password, &DUMMY);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_common_and_repeated_passwords_are_refused() {
        let e = "ania@example.org";
        assert_eq!(check_new("short", e), Err(PasswordError::TooShort));
        assert_eq!(check_new("qwertyuiop123", e), Err(PasswordError::Common));
        assert_eq!(check_new("aaaaaaaaaaaaaaa", e), Err(PasswordError::Common));
        assert_eq!(check_new("Password1234!", e), Err(PasswordError::Common));
        assert_eq!(
            check_new("ANIA@example.org", e),
            Err(PasswordError::IsTheEmail)
        );
        assert_eq!(check_new(&"x".repeat(300), e), Err(PasswordError::TooLong));
        assert_eq!(check_new("koń jedzie po łące", e), Ok(()));
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let h = hash("koń jedzie po łące").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_ne!(h, hash("koń jedzie po łące").unwrap());
        assert!(verify("koń jedzie po łące", &h));
        assert!(!verify("koń jedzie po łące!", &h));
        assert!(!verify("x", "not a hash"));
    }
}
