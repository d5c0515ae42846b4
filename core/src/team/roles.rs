//! Role gaps: whether management, sponsors or partners see a problem differently from the
//! team (e.g. management sees less of a validation loop than the people who live it).
//!
//! **Rule.** People who gave a role form one group per role; people without role are in no
//! group. A group is shown only with at least *k* people, and a group that is too small is not
//! mentioned by name or count: the result only says that some groups are too small. Gaps are
//! shown when at least two groups are shown. For each problem, a group's median counts only when
//! at least *k* of its members have a score for that problem; the gap is the highest displayed
//! median minus the lowest displayed median among those groups (ties go to the first role in
//! [`Role::ALL`] order), so it can be checked from the numbers shown.

use crate::code::Role;
use crate::i18n::fill;
use crate::lang::Lang;
use crate::score::Score;
use crate::team::stats::{displayed_difference, HalfTenths};
use crate::team::words::team_words;

/// A role group large enough to be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RoleGroup {
    /// The role.
    pub role: Role,
    /// People who gave it (at least *k*).
    pub people: usize,
}

/// The difference between the groups with the highest and the lowest median on one problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Gap {
    /// The group whose median is highest (sees the problem least).
    pub highest: Role,
    /// The group whose median is lowest (sees the problem most).
    pub lowest: Role,
    /// Displayed highest median minus displayed lowest median.
    pub value: Score,
}

/// The groups' medians on one problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProblemGap {
    /// Position of the problem in the bank.
    pub problem: usize,
    /// One entry per shown group, in [`RoleComparison::groups`] order: the group's median, or
    /// `None` when fewer than *k* of its members have a score for this problem.
    pub medians: Vec<(Role, Option<HalfTenths>)>,
    /// The gap, when at least two groups have a median.
    pub gap: Option<Gap>,
}

/// Role groups compared problem by problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RoleComparison {
    /// The groups with at least *k* people, in [`Role::ALL`] order.
    pub groups: Vec<RoleGroup>,
    /// True when some people gave a role whose group has fewer than *k* people.
    pub some_groups_too_small: bool,
    /// One entry per problem, in bank order.
    pub problems: Vec<ProblemGap>,
}

/// The role-gap part of a team result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RoleGaps {
    /// Nobody gave a role.
    NoRoles,
    /// Roles were given, but fewer than two groups have at least *k* people.
    GroupsTooSmall,
    /// At least two groups can be compared.
    Shown(RoleComparison),
}

impl RoleGaps {
    /// Why gaps are not shown, or what "some groups are too small" means, in one sentence;
    /// `None` when every group that was given is shown.
    pub fn note(&self, lang: Lang, k: usize) -> Option<String> {
        let too_small = match self {
            RoleGaps::NoRoles => return Some(team_words(lang).roles_nobody.to_string()),
            RoleGaps::GroupsTooSmall => true,
            RoleGaps::Shown(comparison) => comparison.some_groups_too_small,
        };
        let shown = matches!(self, RoleGaps::Shown(_));
        too_small.then(|| {
            let words = team_words(lang);
            let template = if shown {
                words.roles_small_groups
            } else {
                words.roles_hidden
            };
            fill(template, &[("k", &k)])
        })
    }

    /// The comparison when shown.
    pub fn shown(&self) -> Option<&RoleComparison> {
        match self {
            RoleGaps::Shown(comparison) => Some(comparison),
            _ => None,
        }
    }
}

/// The gap between the groups that have a median.
pub(crate) fn gap_of(medians: &[(Role, Option<HalfTenths>)]) -> Option<Gap> {
    let mut present = medians
        .iter()
        .filter_map(|(role, median)| median.map(|median| (*role, median.rounded())));
    let first = present.next()?;
    let (mut highest, mut lowest, mut others) = (first, first, 0);
    for candidate in present {
        others += 1;
        if candidate.1 > highest.1 {
            highest = candidate;
        }
        // With equal medians the lowest stays a different group than the highest.
        if candidate.1 < lowest.1 || (others == 1 && candidate.1 == lowest.1) {
            lowest = candidate;
        }
    }
    (others > 0).then(|| Gap {
        highest: highest.0,
        lowest: lowest.0,
        value: displayed_difference(
            HalfTenths::from_score(highest.1),
            HalfTenths::from_score(lowest.1),
        ),
    })
}

/// The role-gap rule in one sentence, for the page and the exports.
pub fn role_gap_rule(lang: Lang, k: usize) -> String {
    fill(team_words(lang).roles_rule, &[("k", &k)])
}
