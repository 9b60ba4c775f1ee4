pub mod ast;
pub mod attr;
pub mod check;
pub mod ctxt;
pub mod lower;
pub mod symbol;
