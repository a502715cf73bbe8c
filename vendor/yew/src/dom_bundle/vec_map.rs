//! KPO-PATCH (see KPO-PATCH.md): the small maps and sets of the event
//! registry, the element cache, a keyed list's reordering and an element's
//! attribute diff as vectors searched in order, in place of
//! `std::collections::HashMap` and `HashSet`. They hold a few dozen entries
//! at most in a page's widget (a keyed list of thousands would reorder in
//! quadratic time), and each hash table type linked a copy of
//! hashbrown's growth and probing code and of SipHash into the wasm.
//! Iteration order was unspecified before and is insertion order now:
//! removing an entry shifts the later ones down (`Vec::remove`), where
//! `swap_remove` would have moved the last entry into its place.

use std::borrow::Borrow;

/// A map from `K` to `V`, one entry per key.
#[derive(Debug)]
pub(crate) struct VecMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for VecMap<K, V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<K: PartialEq, V> VecMap<K, V> {
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self(Vec::with_capacity(capacity))
    }

    fn position<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.0.iter().position(|(k, _)| k.borrow() == key)
    }

    pub(crate) fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|i| &self.0[i].1)
    }

    pub(crate) fn contains_key<Q: PartialEq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.position(key).is_some()
    }

    pub(crate) fn get_mut<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(move |i| &mut self.0[i].1)
    }

    /// Sets `key`'s value, returning the one it replaces.
    pub(crate) fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    pub(crate) fn remove<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.position(key).map(|i| self.0.remove(i).1)
    }

    /// `key`'s value, made with `Default` if it has none: `entry(key).or_default()`.
    pub(crate) fn or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.position(&key) {
            Some(i) => i,
            None => {
                self.0.push((key, V::default()));
                self.0.len() - 1
            }
        };
        &mut self.0[i].1
    }

    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K: PartialEq, V> FromIterator<(K, V)> for VecMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut map = Self::default();
        for (k, v) in entries {
            map.insert(k, v);
        }
        map
    }
}

/// A set of `T`, one of each.
#[derive(Debug)]
pub(crate) struct VecSet<T>(Vec<T>);

impl<T> Default for VecSet<T> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<T: PartialEq> VecSet<T> {
    /// Adds `value`; `false` if it was there already (and it is not replaced).
    pub(crate) fn insert(&mut self, value: T) -> bool {
        if self.0.contains(&value) {
            false
        } else {
            self.0.push(value);
            true
        }
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub(crate) fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep)
    }

    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self(Vec::with_capacity(capacity))
    }

    /// Adds `value`, returning the equal one it replaces.
    pub(crate) fn replace(&mut self, value: T) -> Option<T> {
        match self.0.iter().position(|v| *v == value) {
            Some(i) => Some(std::mem::replace(&mut self.0[i], value)),
            None => {
                self.0.push(value);
                None
            }
        }
    }

    /// Removes and returns the value equal to `key`.
    pub(crate) fn take<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        let i = self.0.iter().position(|v| v.borrow() == key)?;
        Some(self.0.remove(i))
    }

    pub(crate) fn drain(&mut self) -> std::vec::Drain<'_, T> {
        self.0.drain(..)
    }
}

#[cfg(test)]
mod tests {
    use super::{VecMap, VecSet};

    fn keys(map: &VecMap<&'static str, u32>) -> Vec<&'static str> {
        map.iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn a_map_keeps_one_entry_per_key_in_insertion_order() {
        let mut map: VecMap<&str, u32> = ["a", "b", "c", "d"].into_iter().zip(1..).collect();
        assert_eq!(map.insert("b", 20), Some(2));
        assert_eq!(map.insert("e", 5), None);
        assert_eq!(keys(&map), ["a", "b", "c", "d", "e"]);
        assert_eq!(map.remove("b"), Some(20));
        assert_eq!(map.remove("b"), None);
        // The later entries keep their order: "e" does not take "b"'s place.
        assert_eq!(keys(&map), ["a", "c", "d", "e"]);
        assert_eq!(map.get("c"), Some(&3));
        assert!(map.contains_key("a") && !map.contains_key("b"));
        *map.get_mut("a").unwrap() += 10;
        *map.or_default("f") += 6;
        *map.or_default("a") += 100;
        for v in map.values_mut() {
            *v += 1;
        }
        let entries: Vec<(&str, u32)> = map.iter().map(|(k, v)| (*k, *v)).collect();
        assert_eq!(
            entries,
            [("a", 112), ("c", 4), ("d", 5), ("e", 6), ("f", 7)]
        );
        let doubled: VecMap<&str, u32> = [("x", 1), ("y", 2), ("x", 3)].into_iter().collect();
        assert_eq!(doubled.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), [("x", 3), ("y", 2)]);
    }

    /// Equal by `key` alone, so `replace` can be seen to swap the value.
    #[derive(Debug)]
    struct Keyed(&'static str, u32);

    impl PartialEq for Keyed {
        fn eq(&self, other: &Self) -> bool {
            self.0 == other.0
        }
    }

    impl std::borrow::Borrow<str> for Keyed {
        fn borrow(&self) -> &str {
            self.0
        }
    }

    #[test]
    fn a_set_keeps_one_of_each_in_insertion_order() {
        let mut set = VecSet::with_capacity(4);
        for (k, v) in [("a", 1), ("b", 2), ("c", 3), ("d", 4)] {
            assert!(set.insert(Keyed(k, v)));
        }
        assert!(!set.insert(Keyed("a", 10)), "a second equal value is not added");
        assert_eq!(set.replace(Keyed("c", 30)), Some(Keyed("c", 3)));
        assert_eq!(set.replace(Keyed("e", 5)), None);
        assert_eq!(set.take("b"), Some(Keyed("b", 2)));
        assert_eq!(set.take("b"), None);
        set.retain(|k| k.0 != "d");
        let values: Vec<(&str, u32)> = set.iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(values, [("a", 1), ("c", 30), ("e", 5)]);
        let drained: Vec<&str> = set.drain().map(|k| k.0).collect();
        assert_eq!(drained, ["a", "c", "e"]);
        assert_eq!(set.iter().count(), 0);
    }
}
