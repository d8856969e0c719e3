#!/usr/bin/env python3
"""Reference outputs of xoshiro256** seeded through SplitMix64 (Blackman & Vigna's published algorithm),
for org.ionmat.simulate.md.Xoshiro256's test. Usage: /usr/bin/python3 scripts/golden/xoshiro256.py SEED N"""
import sys

M = (1 << 64) - 1


def splitmix(z):
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 & M
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB & M
    return z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


seed, n = int(sys.argv[1]) & M, int(sys.argv[2])
s, z = [], seed
for _ in range(4):
    z = (z + 0x9E3779B97F4A7C15) & M
    s.append(splitmix(z))
for _ in range(n):
    result = rotl(s[1] * 5 & M, 7) * 9 & M
    t = s[1] << 17 & M
    s[2] ^= s[0]
    s[3] ^= s[1]
    s[1] ^= s[2]
    s[0] ^= s[3]
    s[2] ^= t
    s[3] = rotl(s[3], 45)
    print(result - (1 << 64) if result >= 1 << 63 else result)
