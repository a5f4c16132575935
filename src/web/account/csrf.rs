//! CSRF tokens. Signed in, a form carries the session's synchronizer token (random, stored with
//! the session, the same for the session's life). Before there is a session (the login and
//! invitation forms), it carries an HMAC of a random cookie under the server's secret (the signed
//! double-submit pattern): a forger can neither read the cookie nor compute the HMAC. Both cookies
//! are `HttpOnly` and `SameSite=Lax`, and `__Host-` over https.

use crate::accounts::token::{keyed_hash, same_secret};

/// The token of forms shown to the holder of the pre-session cookie `cookie`.
pub(super) fn pre_session_token(key: &[u8], cookie: &str) -> String {
    keyed_hash(key, &format!("pre-session csrf {cookie}"))
}

/// Whether a form's token is the expected one (an empty one never is).
pub(super) fn matches(expected: &str, sent: &str) -> bool {
    !sent.is_empty() && same_secret(expected, sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_bound_to_its_cookie_and_key() {
        let t = pre_session_token(b"key", "cookie");
        assert!(matches(&t, &pre_session_token(b"key", "cookie")));
        assert!(!matches(&t, &pre_session_token(b"key", "other")));
        assert!(!matches(&t, &pre_session_token(b"yek", "cookie")));
        assert!(!matches("", ""));
    }
}
