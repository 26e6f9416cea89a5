//! Diesel's view of the tables (written by hand: ids are BIGINT on both backends, which
//! SQLite's `INTEGER PRIMARY KEY` is at heart). Keep in step with `migrations/`.

diesel::table! {
    species (id) {
        id -> BigInt,
        name -> Text,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    owners (id) {
        id -> BigInt,
        name -> Text,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pets (id) {
        id -> BigInt,
        owner_id -> BigInt,
        species_id -> BigInt,
        name -> Text,
        birth_date -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    procedures (id) {
        id -> BigInt,
        pet_id -> BigInt,
        kind -> Text,
        performed_at -> Date,
        cost_cents -> Integer,
        notes -> Nullable<Text>,
    }
}

diesel::table! {
    table_versions (table_name) {
        table_name -> Text,
        version -> BigInt,
    }
}

diesel::joinable!(pets -> owners (owner_id));
diesel::joinable!(pets -> species (species_id));
diesel::joinable!(procedures -> pets (pet_id));

diesel::allow_tables_to_appear_in_same_query!(species, owners, pets, procedures, table_versions);

/// The data tables, in dependency order; each has a row in `table_versions`.
pub const DATA_TABLES: [&str; 4] = ["species", "owners", "pets", "procedures"];
