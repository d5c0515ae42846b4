//! Talks to the page that shows the widget in an `<iframe>`: `ready`, then the content height
//! whenever it changes (so the host can size the frame without scrollbars), and `completed`
//! when the host opted in. Hosts that already run iframe-resizer get its text protocol too.
//! What may be sent, and to whom, is decided in `assessment_core::embed`.

use assessment_core::embed::{
    quantised_height, resizer_frame_id, resizer_message, CompletedProblem, FrameHost,
    MESSAGE_PREFIX, MESSAGE_VERSION, RESIZER_CHILD_READY,
};
use gloo_events::EventListener;
use js_sys::Object;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, Window};

/// A host that spoke iframe-resizer to us: where to send its replies.
struct ResizerHost {
    frame_id: String,
    origin: String,
}

struct Shared {
    parent: Window,
    /// `postMessage` target for `ready` and `resize`: the host origin when given, else any
    /// (they only carry a rounded height).
    target: String,
    last_height: u32,
    resizer: Option<ResizerHost>,
}

impl Shared {
    fn post(&self, message: &JsValue, target: &str) {
        // Refused only for a malformed target origin, which normalise_origin rules out.
        let _ = self.parent.post_message(message, target);
    }

    fn send_size(&mut self, kind: &str, force: bool) {
        let (height, width) = content_size();
        if height == self.last_height && !force {
            return;
        }
        self.last_height = height;
        self.post(
            &message(&Resize {
                kind: kind_of("resize"),
                v: MESSAGE_VERSION,
                height,
            }),
            &self.target,
        );
        if let Some(host) = &self.resizer {
            let text = resizer_message(&host.frame_id, height, width, kind);
            self.post(&JsValue::from_str(&text), &host.origin);
        }
    }
}

/// The content's rounded height and width. The root element's box is as tall as the content,
/// whereas `scrollHeight` never goes below the frame's own height, so it could never shrink.
fn content_size() -> (u32, u32) {
    let Some(root) = gloo_utils::document().document_element() else {
        return (0, 0);
    };
    let rect = root.get_bounding_client_rect();
    (
        quantised_height(rect.height()),
        quantised_height(rect.width()),
    )
}

/// `ready`: `{type: "problemes-imaginaires:ready", v: 1}`. The messages are plain structs
/// turned into JSON, so that their fields are written down once, here (and in
/// docs/embedding.md).
#[derive(Serialize)]
struct Ready {
    #[serde(rename = "type")]
    kind: String,
    v: u32,
}

/// `resize`: the content's height, rounded up (`{type, v, height}`).
#[derive(Serialize)]
struct Resize {
    #[serde(rename = "type")]
    kind: String,
    v: u32,
    height: u32,
}

/// `completed`: the per-problem scores and bands (`{type, v, problems: [{id, score, band}]}`).
#[derive(Serialize)]
struct Completed<'a> {
    #[serde(rename = "type")]
    kind: String,
    v: u32,
    problems: Vec<ProblemOut<'a>>,
}

/// One problem in `completed`; a problem without a score has `"score": null`.
#[derive(Serialize)]
struct ProblemOut<'a> {
    id: &'a str,
    score: Option<&'a str>,
    band: &'a str,
}

/// `problemes-imaginaires:<kind>`.
fn kind_of(kind: &str) -> String {
    format!("{MESSAGE_PREFIX}{kind}")
}

/// The message as the structured-clone object `postMessage` sends. Serializing these structs
/// cannot fail, nor can parsing what serde_json wrote; `null` would only lose one message.
fn message(body: &impl Serialize) -> JsValue {
    serde_json::to_string(body)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// The running bridge; it stops listening when dropped.
pub struct FrameBridge {
    shared: Rc<RefCell<Shared>>,
    observer: ResizeObserver,
    /// Called by the observer for as long as it observes; it stops in `drop`, before this goes.
    _on_resize: Closure<dyn FnMut()>,
    _on_message: EventListener,
    completed_target: Option<String>,
}

impl FrameBridge {
    /// Starts talking to the parent page and says `ready`. `None` when the page is not in a
    /// frame (a share link opened on its own) or the browser lacks what is needed.
    pub fn start(host: &FrameHost) -> Option<FrameBridge> {
        let window = gloo_utils::window();
        let parent = window.parent().ok().flatten()?;
        if Object::is(&parent, &window) {
            return None;
        }
        let root = gloo_utils::document().document_element()?;
        let shared = Rc::new(RefCell::new(Shared {
            parent: parent.clone(),
            target: host.message_target().to_string(),
            last_height: 0,
            resizer: None,
        }));

        let on_resize = Closure::<dyn FnMut()>::new({
            let shared = shared.clone();
            move || shared.borrow_mut().send_size("resize", false)
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);

        let on_message = EventListener::new(&window, "message", {
            let shared = shared.clone();
            move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                let from_parent = event
                    .source()
                    .is_some_and(|source| Object::is(&source, &parent));
                let text = event.data().as_string();
                let frame_id = text.as_deref().and_then(resizer_frame_id);
                if let (true, Some(frame_id)) = (from_parent, frame_id) {
                    let mut shared = shared.borrow_mut();
                    shared.resizer = Some(ResizerHost {
                        frame_id: frame_id.to_string(),
                        origin: event.origin(),
                    });
                    shared.send_size("init", true);
                }
            }
        });

        {
            let shared = shared.borrow();
            let ready = Ready {
                kind: kind_of("ready"),
                v: MESSAGE_VERSION,
            };
            shared.post(&message(&ready), &shared.target);
            // For iframe-resizer hosts whose init came before the wasm was listening.
            shared.post(&JsValue::from_str(RESIZER_CHILD_READY), &shared.target);
        }
        Some(FrameBridge {
            shared,
            observer,
            _on_resize: on_resize,
            _on_message: on_message,
            completed_target: host.completed_to.clone(),
        })
    }

    /// Tells the host the per-problem scores and bands, only if it opted in, and only to its
    /// exact origin: never to `*`, since a score says something about the team.
    pub fn completed(&self, problems: &[CompletedProblem]) {
        let Some(target) = &self.completed_target else {
            return;
        };
        let completed = Completed {
            kind: kind_of("completed"),
            v: MESSAGE_VERSION,
            problems: problems
                .iter()
                .map(|problem| ProblemOut {
                    id: &problem.id,
                    score: problem.score.as_deref(),
                    band: problem.band,
                })
                .collect(),
        };
        self.shared.borrow().post(&message(&completed), target);
    }
}

impl Drop for FrameBridge {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
