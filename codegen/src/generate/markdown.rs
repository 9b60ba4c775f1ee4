//! Generator: markdown (being written).
