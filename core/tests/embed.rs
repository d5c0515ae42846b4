//! The embedding contract: host options, heading levels, heights and messages.

use assessment_core::embed::{
    completed_problems, normalise_origin, percent_decode, quantised_height, resizer_frame_id,
    resizer_message, shifted_heading_level, EmbedOptions, Theme, HEIGHT_STEP,
};
use assessment_core::{assess, built_in_bank, Answer, Answers, Lang};
use proptest::prelude::*;

#[test]
fn a_page_without_embed_is_a_full_page() {
    assert_eq!(EmbedOptions::from_query(""), None);
    assert_eq!(EmbedOptions::from_query("?lang=en"), None);
    assert_eq!(EmbedOptions::from_query("?embed=0&lang=en"), None);
}

#[test]
fn iframe_parameters_are_read() {
    let options = EmbedOptions::from_query(
        "?embed=1&lang=en&theme=dark&heading=3&origin=https%3A%2F%2Fintranet.example.gouv.fr&events=completed",
    )
    .unwrap();
    assert_eq!(options.lang, Some(Lang::EN));
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.heading_level, 3);
    assert_eq!(
        options.host_origin.as_deref(),
        Some("https://intranet.example.gouv.fr")
    );
    assert!(options.send_completed);
}

#[test]
fn bad_values_fall_back_to_defaults() {
    let options =
        EmbedOptions::from_query("?embed=1&lang=xx&theme=pink&heading=9&origin=*").unwrap();
    assert_eq!(options, EmbedOptions::default());
    let options = EmbedOptions::from_query("?embed=1&heading=0").unwrap();
    assert_eq!(options.heading_level, 2);
}

#[test]
fn completed_needs_both_the_opt_in_and_an_origin() {
    let no_origin = EmbedOptions::from_query("?embed=1&events=completed").unwrap();
    assert!(!no_origin.send_completed);
    let no_opt_in = EmbedOptions::from_query("?embed=1&origin=https://a.fr").unwrap();
    assert!(!no_opt_in.send_completed);
    let both =
        EmbedOptions::from_query("?embed=1&origin=https://a.fr&events=resize,completed").unwrap();
    assert!(both.send_completed);
}

#[test]
fn origins_are_exact_or_refused() {
    assert_eq!(
        normalise_origin("HTTPS://Intranet.Example.fr/").as_deref(),
        Some("https://intranet.example.fr")
    );
    assert_eq!(
        normalise_origin("http://127.0.0.1:4174").as_deref(),
        Some("http://127.0.0.1:4174")
    );
    for refused in [
        "*",
        "null",
        "",
        "intranet.example.fr",
        "https://a.fr/page",
        "https://a.fr?x=1",
        "javascript://a.fr",
        "https://a.fr:",
        "https://a.fr:123456",
        "https://",
        "https://a b.fr",
    ] {
        assert_eq!(normalise_origin(refused), None, "{refused:?}");
    }
}

#[test]
fn element_attributes_use_the_same_rules() {
    let options = EmbedOptions::from_attributes(Some("fr-FR"), Some("light"), Some("4"), None);
    assert_eq!(options.lang, Some(Lang::FR));
    assert_eq!(options.theme, Theme::Light);
    assert_eq!(options.heading_level, 4);
    assert!(!options.send_completed);
}

#[test]
fn headings_shift_with_the_host_level_and_stop_at_h6() {
    // A full page: screens are h2, their sections h3.
    assert_eq!(shifted_heading_level(2, 2), 2);
    assert_eq!(shifted_heading_level(3, 2), 3);
    // A host asking for h4: screens are h4, sections h5, sub-sections h6 and no deeper.
    assert_eq!(shifted_heading_level(2, 4), 4);
    assert_eq!(shifted_heading_level(3, 4), 5);
    assert_eq!(shifted_heading_level(4, 6), 6);
    // A host asking for h1: screens are h1.
    assert_eq!(shifted_heading_level(2, 1), 1);
    assert_eq!(shifted_heading_level(1, 1), 1);
}

#[test]
fn iframe_resizer_init_gives_the_frame_id() {
    let init = "[iFrameSizer]myFrame:8:false:true:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll:true";
    assert_eq!(resizer_frame_id(init), Some("myFrame"));
    assert_eq!(resizer_frame_id("[iFrameSizer]:8"), None);
    assert_eq!(resizer_frame_id("[iFrameSizer]a<b>:8"), None);
    assert_eq!(resizer_frame_id("hello"), None);
    assert_eq!(
        resizer_message("myFrame", 640, 320, "init"),
        "[iFrameSizer]myFrame:640:320:init"
    );
}

#[test]
fn percent_decoding() {
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    assert_eq!(percent_decode("%C3%A9"), "é");
    assert_eq!(percent_decode("100%"), "100%");
}

#[test]
fn completed_carries_only_scores_and_bands() {
    let bank = built_in_bank().unwrap();
    let mut answers = Answers::for_bank(&bank);
    for index in 0..bank.question_count() {
        answers.set(index, Answer::Always);
    }
    // The last problem gets only "don't know": no score.
    let last = &bank.problems[3];
    let first_of_last = bank.question_count() - last.questions.len();
    for index in first_of_last..bank.question_count() {
        answers.set(index, Answer::DontKnow);
    }
    let problems = completed_problems(&bank, &assess(&bank, &answers));
    assert_eq!(problems.len(), 4);
    assert_eq!(problems[0].id, "validation-loop");
    assert_eq!(problems[0].score.as_deref(), Some("5.0"));
    assert_eq!(problems[0].band, "watch");
    assert_eq!(problems[3].score, None);
    assert_eq!(problems[3].band, "none");
}

proptest! {
    #[test]
    fn heights_are_rounded_up_to_the_step(pixels in 0.0f64..100_000.0) {
        let height = quantised_height(pixels);
        prop_assert_eq!(height % HEIGHT_STEP, 0);
        prop_assert!(f64::from(height) >= pixels);
        prop_assert!(f64::from(height) < pixels + f64::from(HEIGHT_STEP));
    }

    #[test]
    fn any_query_is_read_without_panic(query in ".{0,200}") {
        let _ = EmbedOptions::from_query(&query);
    }
}

mod frame_host {
    use assessment_core::embed::{EmbedOptions, FrameHost};

    const PAGE_KEY: &str = "problemes-imaginaires:v1";

    fn options(query: &str) -> EmbedOptions {
        EmbedOptions::from_query(query).expect("iframe options")
    }

    #[test]
    fn the_browsers_record_of_the_host_wins_over_the_parameter() {
        let host = FrameHost::new(
            &options("embed=1&origin=https%3A%2F%2Flegit.example&events=completed"),
            Some("https://hostile.example"),
        );
        assert_eq!(host.origin.as_deref(), Some("https://hostile.example"));
        assert_eq!(
            host.completed_to, None,
            "a page cannot opt in for another origin"
        );
        assert_eq!(
            host.storage_key(PAGE_KEY),
            "problemes-imaginaires:v1@https://hostile.example"
        );
        assert_eq!(
            host.message_target(),
            "https://legit.example",
            "a page framing under another site’s name hears nothing"
        );
        let undeclared = FrameHost::new(&options("embed=1"), Some("https://host.example"));
        assert_eq!(undeclared.message_target(), "https://host.example");
    }

    #[test]
    fn a_matching_host_that_opted_in_gets_completed() {
        let host = FrameHost::new(
            &options("embed=1&origin=https%3A%2F%2Fintranet.example&events=completed"),
            Some("https://intranet.example"),
        );
        assert_eq!(
            host.completed_to.as_deref(),
            Some("https://intranet.example")
        );
        // Firefox has no ancestorOrigins: the parameter is all there is.
        let firefox = FrameHost::new(
            &options("embed=1&origin=https%3A%2F%2Fintranet.example&events=completed"),
            None,
        );
        assert_eq!(
            firefox.completed_to.as_deref(),
            Some("https://intranet.example")
        );
        assert_eq!(
            firefox.storage_key(PAGE_KEY),
            "problemes-imaginaires:v1@https://intranet.example"
        );
    }

    #[test]
    fn a_frame_never_uses_the_pages_own_key() {
        for (query, ancestor) in [
            ("embed=1", None),
            ("embed=1&origin=*", None),
            ("embed=1", Some("null")),
            ("embed=1", Some("https://a.example")),
        ] {
            let host = FrameHost::new(&options(query), ancestor);
            assert_ne!(host.storage_key(PAGE_KEY), PAGE_KEY, "{query} {ancestor:?}");
            assert!(host.completed_to.is_none());
        }
        let unknown = FrameHost::new(&options("embed=1"), None);
        assert_eq!(
            unknown.storage_key(PAGE_KEY),
            "problemes-imaginaires:v1@frame"
        );
        assert_eq!(unknown.message_target(), "*");
    }
}
