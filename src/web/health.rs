//! `/healthz`, for load balancers and monitoring.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::AppState;

/// Answers once a site is loaded: `serve` only starts listening after the first load succeeded.
pub async fn healthz(State(state): State<AppState>) -> Response {
    let site = state.site();
    (
        StatusCode::OK,
        format!(
            "ok: {} guides, {} languages\n",
            site.content.guides.len(),
            site.config.languages.len()
        ),
    )
        .into_response()
}
