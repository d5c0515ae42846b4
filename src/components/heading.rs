//! A heading whose level follows the host's outline: a full page's `<h2>` becomes the level the
//! host asked for (`heading=` parameter or attribute) when the widget is embedded.

use crate::embedding::SharedEmbedding;
use yew::prelude::*;

const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
/// The stylesheet styles headings by their page level, whatever tag the host's outline needs.
const LEVEL_CLASSES: [&str; 6] = ["pi-h1", "pi-h2", "pi-h3", "pi-h4", "pi-h5", "pi-h6"];

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// The level on the full page: 2 for a screen's title, 3 for its sections, and so on.
    pub level: u8,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Given to screen titles, which receive focus when the screen changes.
    #[prop_or_default]
    pub focus: Option<NodeRef>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let embedding = use_context::<SharedEmbedding>();
    let level = embedding.map_or(props.level, |embedding| {
        embedding.heading_level(props.level)
    });
    let tag = TAGS[usize::from(level.clamp(1, 6) - 1)];
    let level_class = LEVEL_CLASSES[usize::from(props.level.clamp(1, 6) - 1)];
    html! {
        <@{tag}
            class={classes!(level_class, props.class.clone())}
            id={props.id.clone()}
            tabindex={props.focus.is_some().then_some("-1")}
            ref={props.focus.clone().unwrap_or_default()}
        >
            { props.children.clone() }
        </@>
    }
}
