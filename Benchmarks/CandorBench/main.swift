// Placeholder until the benchmark lands.
print("candor-bench")
