// repay-minimal: the baseline of `repay-bench ctl`, the smallest Swift program that does what a
// command line does at all: start, print a line, exit. It imports nothing beyond the standard
// library, so its whole-process time is what any Swift executable of this toolchain and build
// configuration costs; repayctl's time above it is our start-up and the round trip to repayd.
// Not installed; built only for the benchmark.
print("repay-minimal")
