//! `petdb queries`: the named queries of the config file.

use anyhow::Result;

use crate::rows::{Rows, Value};
use crate::settings::Settings;

pub fn run(settings: &Settings) -> Result<()> {
    let mut rows = Rows {
        columns: ["name", "params", "description"].map(String::from).to_vec(),
        rows: Vec::new(),
    };
    if let Some(file) = &settings.config.file {
        for q in file.queries.values() {
            let params: Vec<String> = q.params.iter().map(|p| p.describe()).collect();
            rows.rows.push(vec![
                Value::Text(q.name.clone()),
                Value::Text(params.join(", ")),
                q.description.clone().map_or(Value::Null, Value::Text),
            ]);
        }
    }
    super::print_plain(settings, &rows)
}
