//! Generator: python (being written).
