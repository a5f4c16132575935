//! Random tokens, their stored hashes, and keyed hashes for CSRF tokens.
//!
//! Invitation and session tokens are 256 random bits from the operating system. Only their
//! SHA-256 is stored: the token is a password-equivalent, but unlike a password it is random and
//! long, so a fast hash is enough and no copy of the database can be replayed as a cookie.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
#[error("the operating system gave no random bytes: {0}")]
pub struct RandomError(String);

/// 32 random bytes.
pub fn random_bytes() -> Result<[u8; 32], RandomError> {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).map_err(|e| RandomError(e.to_string()))?;
    Ok(buf)
}

/// A new token: 256 random bits as 64 hexadecimal digits (safe in a URL and a cookie).
pub fn random_token() -> Result<String, RandomError> {
    Ok(hex(&random_bytes()?))
}

/// What is stored for a token.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// HMAC-SHA-256 of `message` under `key`, in hexadecimal.
pub fn keyed_hash(key: &[u8], message: &str) -> String {
    // HMAC accepts keys of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(message.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// Equality that takes as long for a near miss as for a far one, for comparing secrets.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let (a, b) = (random_token().unwrap(), random_token().unwrap());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_ne!(hash_token(&a), a);
        assert_eq!(hash_token(&a), hash_token(&a));
    }

    #[test]
    fn comparison() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
        assert_ne!(keyed_hash(b"k", "m"), keyed_hash(b"l", "m"));
    }
}
