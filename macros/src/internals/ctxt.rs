//! Error collection: every problem of a struct is reported in one build, so a
//! user fixes them all at once instead of one per `cargo build`.

use quote::ToTokens;
use std::cell::RefCell;
use std::fmt::Display;

/// Collects errors while the input is parsed and checked; `check` hands them
/// back as one combined `syn::Error`.
#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt::default()
    }

    /// Records an error pointing at `tokens`.
    pub fn error_spanned_by<A: ToTokens, T: Display>(&self, tokens: A, message: T) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records an error pointing at `span`.
    pub fn error_at<T: Display>(&self, span: proc_macro2::Span, message: T) {
        self.errors.borrow_mut().push(syn::Error::new(span, message));
    }

    pub fn syn_error(&self, err: syn::Error) {
        self.errors.borrow_mut().push(err);
    }

    /// All recorded errors combined into one, or `Ok` when there were none.
    pub fn check(self) -> syn::Result<()> {
        let mut errors = self.errors.into_inner().into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for err in errors {
            combined.combine(err);
        }
        Err(combined)
    }
}
