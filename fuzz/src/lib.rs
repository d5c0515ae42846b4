//! The fuzz targets' checks (see `checks.rs`, also included by the core's regression tests).

pub mod checks;
