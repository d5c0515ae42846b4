//! Texts of the "keep" features: exports, import, print, history, rendez-vous and pact.
//! (Filled in with those features.)
