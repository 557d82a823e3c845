//! Scenario input: the simulation's settings, how many trials and from which seed. They belong to
//! the scenario so that a saved scenario, a share link, an export and the CLI all give the same
//! P10 / P50 / P90; a scenario that leaves them out gets the defaults ([`DEFAULT_TRIALS`],
//! [`DEFAULT_SEED`]) and reads exactly as before.

use serde::Serialize;

use crate::error::{ErrorCode, FieldError, ScenarioError};

/// Trials when none are asked for.
pub const DEFAULT_TRIALS: u32 = 10_000;
/// Most trials a simulation runs.
pub const MAX_TRIALS: u32 = 100_000;
/// The seed when none is given.
pub const DEFAULT_SEED: u64 = 1;

/// How many trials, from which seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SimulationSettings {
    /// Number of trials, 1 to [`MAX_TRIALS`].
    pub trials: u32,
    /// The seed: the same seed (and scenario) always gives the same figures, on every platform.
    pub seed: u64,
}

impl Default for SimulationSettings {
    fn default() -> Self {
        SimulationSettings {
            trials: DEFAULT_TRIALS,
            seed: DEFAULT_SEED,
        }
    }
}

impl SimulationSettings {
    /// Whether these are the defaults (then a scenario's JSON leaves them out).
    pub fn is_default(&self) -> bool {
        *self == SimulationSettings::default()
    }

    /// Checks the trial count (error path `trials`, as the CLI's `--trials` names it).
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut errors = Vec::new();
        self.check("trials", &mut |e| errors.push(e));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { errors })
        }
    }

    /// Reports a trial count outside 1 to [`MAX_TRIALS`] at `path`.
    pub(crate) fn check(&self, path: &str, fail: &mut impl FnMut(FieldError)) {
        if !(1..=MAX_TRIALS).contains(&self.trials) {
            fail(
                FieldError::coded(
                    path,
                    ErrorCode::TrialsOutOfRange,
                    format!("must be between 1 and 100,000 (got {})", self.trials),
                )
                .with("min", 1)
                .with("max", MAX_TRIALS),
            );
        }
    }
}
