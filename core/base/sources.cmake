# What every part of the core shares: the way functions report failure.
target_sources(obe_core PRIVATE
    base/result.h
)
