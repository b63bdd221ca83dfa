//! The one shape of every section of a [`crate::Stack`]: named items in the order made, each
//! with the Rust call that made it, and the template values each kind of item holds.

use rfs_types::core::Value;

/// The Rust call that made an item, for findings.
pub(crate) type Caller = &'static std::panic::Location<'static>;

/// One named item of a section.
#[derive(Clone, Debug)]
pub(crate) struct Item<T> {
    pub name: String,
    pub def: T,
    pub caller: Caller,
}

/// The items of one section of the template (`inputs`, `node_templates`, ...), in the order
/// made.
#[derive(Clone, Debug)]
pub(crate) struct Section<T> {
    /// The section's key in the template.
    pub key: &'static str,
    pub items: Vec<Item<T>>,
}

impl<T> Section<T> {
    pub(crate) const fn new(key: &'static str) -> Self {
        Section {
            key,
            items: Vec::new(),
        }
    }

    /// Adds an item; returns its index.
    pub(crate) fn push(&mut self, name: &str, def: T, caller: Caller) -> usize {
        self.items.push(Item {
            name: name.to_owned(),
            def,
            caller,
        });
        self.items.len() - 1
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Item<T>> {
        self.items.iter()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The template values an item holds, each with its path inside the item (`properties.cidr`,
/// `default`, `value`; empty for the item itself).
pub(crate) trait Values {
    fn values<'a>(&'a self, each: &mut dyn FnMut(Where<'_>, &'a Value));
}

/// Where a value sits inside its item: `properties` + `cidr`, or `default`.
#[derive(Clone, Copy)]
pub(crate) struct Where<'a> {
    pub field: &'static str,
    pub key: Option<&'a str>,
}

impl<'a> Where<'a> {
    pub(crate) const fn field(field: &'static str) -> Self {
        Where { field, key: None }
    }

    /// Entry `key` of map `field` (`properties`, `constraints`).
    pub(crate) const fn entry(field: &'static str, key: &'a str) -> Self {
        Where {
            field,
            key: Some(key),
        }
    }

    /// The template path of a value of item `name` in section `section`.
    pub(crate) fn path(&self, section: &str, name: &str) -> String {
        match (self.field, self.key) {
            ("", _) => format!("{section}.{name}"),
            (f, None) => format!("{section}.{name}.{f}"),
            (f, Some(k)) => format!("{section}.{name}.{f}.{k}"),
        }
    }
}

/// A visitor of template values: (section key, item name, where in the item, value).
pub(crate) type EachValue<'a, 'f> = dyn FnMut(&'static str, &'a str, Where<'_>, &'a Value) + 'f;

/// Calls `each` with every value of every item of `section`.
pub(crate) fn each_value<'a, T: Values>(section: &'a Section<T>, each: &mut EachValue<'a, '_>) {
    for item in section.iter() {
        item.def
            .values(&mut |at, v| each(section.key, &item.name, at, v));
    }
}
