//! A tiny seeded random number generator, so a shuffle can be replayed in a
//! test and restored after a reload from its seed alone.

/// SplitMix64: small, fast and well spread; plenty for shuffling a quiz.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0), with negligible bias for small n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `0..n` in an order the seed decides (Fisher–Yates).
pub fn shuffled(n: usize, rng: &mut Rng) -> Vec<u8> {
    let mut v: Vec<u8> = (0..n as u8).collect();
    for i in (1..n).rev() {
        v.swap(i, rng.below(i + 1));
    }
    v
}

/// `0..n` in order.
pub fn identity(n: usize) -> Vec<u8> {
    (0..n as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order() {
        assert_eq!(
            shuffled(12, &mut Rng::new(7)),
            shuffled(12, &mut Rng::new(7))
        );
    }

    #[test]
    fn a_shuffle_is_a_permutation() {
        let mut v = shuffled(13, &mut Rng::new(42));
        v.sort();
        assert_eq!(v, identity(13));
    }

    #[test]
    fn different_seeds_usually_differ() {
        let orders: std::collections::HashSet<_> =
            (0..20).map(|s| shuffled(10, &mut Rng::new(s))).collect();
        assert!(orders.len() > 15, "only {} distinct orders", orders.len());
    }
}
