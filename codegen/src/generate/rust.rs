//! Generator: rust (being written).
