//! Haven's integration tests: one binary, one module per area, shared helpers in `support`.

mod support;
mod telegram;
