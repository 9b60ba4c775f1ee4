//! Generator: dispatch (being written).
