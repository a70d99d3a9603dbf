//! The observatory's deterministic pseudo-random generators, so that permutation tests,
//! clusterings and generated benchmark data are the same for the same seed on every
//! machine, without a dependency: SplitMix64 (Steele, Lea & Flood 2014) and xoshiro256**
//! (Blackman & Vigna 2018), seeded through SplitMix64. The one definition in the tree.

/// SplitMix64: tiny state, good enough to seed others and for k-means++ starts.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        to_unit(self.next_u64())
    }
}

/// xoshiro256**: long period and fast, for permutation tests and synthetic microdata.
#[derive(Debug, Clone)]
pub struct Xoshiro256 {
    s: [u64; 4],
}

impl Xoshiro256 {
    pub fn seed(seed: u64) -> Self {
        let mut init = SplitMix64(seed);
        Self {
            s: [
                init.next_u64(),
                init.next_u64(),
                init.next_u64(),
                init.next_u64(),
            ],
        }
    }

    /// Uniform in [0, 1), from the top 53 bits.
    #[inline]
    pub fn uniform(&mut self) -> f64 {
        to_unit(self.next_u64())
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        let result = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        result
    }
}

#[inline]
fn to_unit(x: u64) -> f64 {
    (x >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_balanced() {
        let mut a = Xoshiro256::seed(42);
        let mut b = Xoshiro256::seed(42);
        let mut ones = 0u32;
        for _ in 0..1000 {
            let v = a.next_u64();
            assert_eq!(v, b.next_u64());
            ones += v.count_ones();
        }
        // 64 000 bits, expect about half set.
        assert!((31_000..33_000).contains(&ones));
    }

    #[test]
    fn splitmix64_reference_values() {
        // The first outputs for seed 0 of the reference implementation (Vigna, splitmix64.c).
        let mut r = SplitMix64(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        let u = SplitMix64(7).next_f64();
        assert!((0.0..1.0).contains(&u));
    }
}
