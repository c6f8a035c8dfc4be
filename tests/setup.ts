// Shared test setup. Keep it small: per-suite fakes live beside their tests.
export {};
