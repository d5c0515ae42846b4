//! The iframe bridge for as long as the widget is shown, when it is shown in an iframe.

use crate::embedding::{Mode, SharedEmbedding};
use crate::frame_bridge::FrameBridge;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Starts the bridge after the first render (so `ready` means "rendered") and stops it when
/// the widget goes away. Holds `None` outside iframe mode.
#[hook]
pub fn use_frame_bridge(embedding: &SharedEmbedding) -> Rc<RefCell<Option<FrameBridge>>> {
    let bridge = use_mut_ref(|| None);
    use_effect_with(embedding.clone(), {
        let bridge = bridge.clone();
        move |embedding| {
            if let (Mode::Frame, Some(host)) = (embedding.mode, &embedding.frame_host) {
                *bridge.borrow_mut() = FrameBridge::start(host);
            }
            move || drop(bridge.borrow_mut().take())
        }
    });
    bridge
}
